package dev.interviewkit.batch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one output file so that it is either whole or absent: the text goes to a hidden
 * {@code .NAME.part} file beside it, which is then renamed. A run stopped halfway therefore leaves
 * no truncated output that a resumed run with skip-existing would take for a finished one.
 */
final class OutputFile {

    private OutputFile() {}

    /** Writes {@code text} in UTF-8 to {@code path}, creating its folders and replacing a file there. */
    static void write(Path path, String text) throws IOException {
        if (Files.isDirectory(path)) {
            throw new FileSystemException(path.toString(), null, "is a directory");
        }
        Path folder = path.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path part = folder.resolve("." + path.getFileName() + ".part");
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
