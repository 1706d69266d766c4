package dev.interviewkit.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's {@code evaluation/sample} folder from wherever the program runs inside the project. */
final class SampleFolder {

    private SampleFolder() {}

    static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("sample"), dir.resolve("evaluation/sample")}) {
                if (Files.isRegularFile(candidate.resolve("sample.tsv"))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
