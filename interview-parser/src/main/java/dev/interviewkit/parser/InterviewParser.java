package dev.interviewkit.parser;

import dev.interviewkit.parser.internal.DocumentParser;
import dev.interviewkit.parser.internal.ParserSettings;
import dev.interviewkit.parser.internal.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads interview articles saved as Markdown (WeChat crawler exports, Cubox, backups, YAML front
 * matter) into an {@link dev.interviewkit.model.Interview}.
 *
 * <p>A parser is immutable and thread-safe; build one and reuse it:
 *
 * <pre>{@code
 * InterviewParser parser = InterviewParser.builder().build();
 * ParseResult result = parser.parse(Path.of("article.md"));
 * }</pre>
 *
 * <p>Text never makes it throw: what it cannot understand it reports as diagnostics and keeps as
 * classified boilerplate. Only I/O failures throw, as {@link IOException}.
 */
public final class InterviewParser {

    /** The default limit on input size, in characters. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;

    /** The default limit on the number of diagnostics reported. */
    public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

    private final ParserSettings settings;

    private InterviewParser(ParserSettings settings) {
        this.settings = settings;
    }

    /** A new builder, with the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Parses {@code text}. Never throws on any string. */
    public ParseResult parse(String text) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(text, settings);
        return parseDecoded(decoded);
    }

    /** Parses the file at {@code path}, read as UTF-8 (a BOM is dropped, bad bytes become U+FFFD). */
    public ParseResult parse(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in);
        }
    }

    /** Parses UTF-8 bytes from {@code in}, which is read to its end but not closed. */
    public ParseResult parse(InputStream in) throws IOException {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(in, settings);
        return parseDecoded(decoded);
    }

    private ParseResult parseDecoded(SourceDecoder.Decoded decoded) {
        DocumentParser.Outcome outcome = new DocumentParser(settings).parse(decoded);
        return new ParseResult(outcome.interview(), outcome.lineCount());
    }

    /** Configures an {@link InterviewParser}; every setting is checked when it is set. */
    public static final class Builder {
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;

        private Builder() {}

        /**
         * The most characters read; past it the parser stops cleanly with an error diagnostic.
         *
         * @throws IllegalArgumentException if {@code chars} is not positive
         */
        public Builder maxInputChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("maxInputChars must be positive, was " + chars);
            }
            this.maxInputChars = chars;
            return this;
        }

        /**
         * The most diagnostics reported; past it one last diagnostic says how many were dropped.
         *
         * @throws IllegalArgumentException if {@code count} is not positive
         */
        public Builder maxDiagnostics(int count) {
            if (count <= 0) {
                throw new IllegalArgumentException("maxDiagnostics must be positive, was " + count);
            }
            this.maxDiagnostics = count;
            return this;
        }

        /** The parser, immutable and thread-safe. */
        public InterviewParser build() {
            return new InterviewParser(new ParserSettings(maxInputChars, maxDiagnostics));
        }
    }
}
