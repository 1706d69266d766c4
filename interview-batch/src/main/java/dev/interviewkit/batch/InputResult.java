package dev.interviewkit.batch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the conversion of one input found and did. Immutable.
 *
 * @param input the input
 * @param bytes the bytes read; 0 when it could not be read
 * @param interview whether the input holds a transcript ({@code Interview.hasTranscript()})
 * @param participants the participants with their turns, in the model's order
 * @param turns every turn of the transcript
 * @param diagnostics the parser's diagnostics by severity
 * @param outputs each format's output, in the batch's format order; empty when the input could not be read
 * @param failure the input's first failure, if any
 */
public record InputResult(BatchInput input, long bytes, boolean interview, List<ParticipantTurns> participants, int turns,
        DiagnosticCounts diagnostics, List<OutputResult> outputs, Optional<Failure> failure) {

    /** Checks that every value is there and copies the lists. */
    public InputResult {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(failure, "failure");
        participants = List.copyOf(participants);
        outputs = List.copyOf(outputs);
        if (bytes < 0 || turns < 0) {
            throw new IllegalArgumentException("bytes and turns cannot be negative");
        }
    }

    /** Whether the input failed: it could not be read, an output could not be written, or interview-kit has a bug. */
    public boolean failed() {
        return failure.isPresent();
    }
}
