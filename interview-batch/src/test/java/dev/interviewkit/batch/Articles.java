package dev.interviewkit.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Articles for the tests: the reference interview (always in the repository), and a non-interview. */
final class Articles {

    /** The reference article, from the module folder Surefire runs in. */
    static final Path REFERENCE = Path.of("../samples/reference-article.md");

    /** A report without speakers: not an interview. */
    static final String REPORT = "# 一篇报道\n\n今天天气很好，我们去公园散步。公园里有很多人。\n";

    private Articles() {}

    /** The reference interview's text. */
    static String interview() throws IOException {
        return Files.readString(REFERENCE);
    }

    /** Writes {@code text} to {@code path}, creating its folders, and returns the path. */
    static Path write(Path path, String text) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        return Files.writeString(path, text);
    }
}
