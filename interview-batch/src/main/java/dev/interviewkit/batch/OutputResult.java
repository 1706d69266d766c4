package dev.interviewkit.batch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one output of one input.
 *
 * @param format the format's name
 * @param path where the output is, or would have been
 * @param status written, skipped (and why) or failed
 * @param reason the message behind a refusal or a failure, such as the chapter rules the
 *     interview breaks or why the file could not be written; empty when written or skipped because
 *     it exists or needs a transcript
 */
public record OutputResult(String format, Path path, Status status, Optional<String> reason) {

    /** What became of an output. */
    public enum Status {
        /** Written, replacing any file of that name. */
        WRITTEN,
        /** Not written: the file exists and the batch skips existing outputs. */
        SKIPPED_EXISTS,
        /** Not written: the format needs a transcript and the input has none (not an interview). */
        SKIPPED_NO_TRANSCRIPT,
        /** Not written: the format's rules refuse this interview (YouTube wants three chapters). */
        SKIPPED_REFUSED,
        /** Not written: the file could not be written; a failure of the input. */
        FAILED;

        /** How reports name the status: {@code written}, {@code skipped-exists}, … */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Checks that every value is there and that a refusal or failure says why. */
    public OutputResult {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if ((status == Status.SKIPPED_REFUSED || status == Status.FAILED) && reason.isEmpty()) {
            throw new IllegalArgumentException(status.label() + " needs a reason");
        }
    }
}
