package dev.interviewkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled reference article as a file, for tests that give the command line a path. */
final class ReferenceArticleCopy {

    private ReferenceArticleCopy() {}

    /** Writes the article into {@code folder} under its own name and returns the file. */
    static Path in(Path folder) throws IOException {
        Path article = folder.resolve(ReferenceArticle.FILE_NAME);
        try (InputStream in = ReferenceArticle.open()) {
            Files.copy(in, article);
        }
        return article;
    }
}
