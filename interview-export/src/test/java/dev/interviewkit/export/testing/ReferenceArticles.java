package dev.interviewkit.export.testing;

import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The reference article parsed, and the corpus documents when their folder is there. */
public final class ReferenceArticles {

    /** The parser the round trips read with. */
    public static final InterviewParser PARSER = InterviewParser.builder().build();

    /** The reference article, from the project's samples (the module runs in its own folder). */
    public static final Path REFERENCE = Path.of("../samples/reference-article.md");

    /** The team's corpus: third-party documents, read where they are and never committed. */
    public static final Path CORPUS = Path.of("../../shared/corpus");

    private ReferenceArticles() {}

    /** The reference article's text. */
    public static String referenceText() {
        try {
            return Files.readString(REFERENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference article as the parser reads it. */
    public static Interview reference() {
        return PARSER.parse(referenceText()).interview();
    }

    /** The corpus's Markdown documents (and the reference's copy), sorted; empty when the folder is absent. */
    public static List<Path> corpus() {
        if (!Files.isDirectory(CORPUS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".md") && !name.equals("README.md") || name.endsWith(".txt");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus document as the parser reads it. */
    public static Interview parse(Path document) {
        try {
            return PARSER.parse(document).interview();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
