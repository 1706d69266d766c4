package dev.interviewkit.export.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files a person has read, compared line by line with what a writer writes. With
 * {@code -Dgolden.update=true} the files are written again first, after a deliberate change: read
 * the diff before committing it.
 */
public final class GoldenFiles {

    private GoldenFiles() {}

    /** Asserts that {@code written} is the content of {@code golden}, after updating it when asked. */
    public static void assertMatches(Path golden, String written) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, written, StandardCharsets.UTF_8);
            }
            assertThat(written).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
