package dev.interviewkit.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Inputs whose outputs would have had one name, and the names they got instead (see
 * {@link BatchConverter} for the naming rule).
 *
 * @param output the output path they would all have written
 * @param inputs the inputs, in input order
 * @param resolved each input's output base after the rule, in the same order
 */
public record OutputCollision(Path output, List<Path> inputs, List<Path> resolved) {

    /** Checks that every value is there and copies the lists. */
    public OutputCollision {
        Objects.requireNonNull(output, "output");
        inputs = List.copyOf(inputs);
        resolved = List.copyOf(resolved);
        if (inputs.size() != resolved.size() || inputs.size() < 2) {
            throw new IllegalArgumentException("a collision has two or more inputs, each with its resolved name");
        }
    }
}
