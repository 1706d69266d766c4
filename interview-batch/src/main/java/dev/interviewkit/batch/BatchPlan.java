package dev.interviewkit.batch;

import java.util.List;

/**
 * The inputs of a batch in input order (arguments as given, a folder's files sorted by relative
 * path), with the output collisions the naming rule resolved.
 *
 * @param inputs every input, each once
 * @param collisions the collisions found, in the order of their first input
 */
public record BatchPlan(List<BatchInput> inputs, List<OutputCollision> collisions) {

    /** Copies the lists. */
    public BatchPlan {
        inputs = List.copyOf(inputs);
        collisions = List.copyOf(collisions);
    }
}
