package dev.interviewkit.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder of outputs holds, for comparing two runs. */
final class FolderContents {

    private FolderContents() {}

    /** Every file under {@code root}, sorted: its relative path, a line feed, its text. */
    static List<String> of(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> root.relativize(file) + "\n" + text(file)).toList();
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
