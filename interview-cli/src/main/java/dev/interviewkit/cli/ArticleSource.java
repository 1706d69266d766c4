package dev.interviewkit.cli;

import dev.interviewkit.batch.Failure;
import dev.interviewkit.parser.InterviewParser;
import dev.interviewkit.parser.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where an article is read from: a file, standard input, or the bundled reference article. */
sealed interface ArticleSource {

    /** The argument that stands for standard input. */
    String STANDARD_INPUT_ARGUMENT = "-";

    /** How messages name the source. */
    String name();

    /**
     * Reads the article with {@code parser}.
     *
     * @throws IOException if it cannot be read; the message names the source and says why
     */
    ParseResult parseWith(InterviewParser parser) throws IOException;

    /** The file at {@code path}, or {@code stdin} when the path is {@code -}. */
    static ArticleSource of(Path path, InputStream stdin) {
        return path.toString().equals(STANDARD_INPUT_ARGUMENT) ? new StandardInput(stdin) : new File(path);
    }

    /** A Markdown file in UTF-8. */
    record File(Path path) implements ArticleSource {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public ParseResult parseWith(InterviewParser parser) throws IOException {
            try {
                return parser.parse(path);
            } catch (IOException e) {
                throw new IOException("cannot read " + path + ": " + Failure.reason(e), e);
            }
        }
    }

    /** Standard input, read to its end. */
    record StandardInput(InputStream stdin) implements ArticleSource {
        @Override
        public String name() {
            return "<stdin>";
        }

        @Override
        public ParseResult parseWith(InterviewParser parser) throws IOException {
            try {
                return parser.parse(stdin);
            } catch (IOException e) {
                throw new IOException("cannot read standard input: " + Failure.reason(e), e);
            }
        }
    }

    /** The reference article bundled in the jar. */
    record Bundled() implements ArticleSource {
        @Override
        public String name() {
            return ReferenceArticle.FILE_NAME + " (bundled)";
        }

        @Override
        public ParseResult parseWith(InterviewParser parser) throws IOException {
            try (InputStream in = ReferenceArticle.open()) {
                return parser.parse(in);
            }
        }
    }
}
