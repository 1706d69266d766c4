package dev.interviewkit.batch;

import java.util.Objects;

/**
 * Why an input failed. A failure never stops the batch; a non-interview is no failure.
 *
 * @param kind what failed
 * @param message one line naming the file and saying why, such as {@code cannot read x.md: permission denied}
 */
public record Failure(Kind kind, String message) {

    /** What failed. */
    public enum Kind {
        /** The input could not be read. */
        UNREADABLE_INPUT,
        /** An output could not be written. */
        UNWRITABLE_OUTPUT,
        /** A bug in interview-kit: a parser or writer threw. */
        INTERNAL_ERROR;

        /** How reports name the kind: {@code unreadable-input}, … */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Checks that every value is there. */
    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
