package dev.interviewkit.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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

    /**
     * Says in a few words why an I/O operation failed, for a one-line message such as this
     * failure's: {@code no such file or directory}, {@code permission denied}. Never the file name,
     * which the caller adds.
     */
    public static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fileSystemFailure && fileSystemFailure.getReason() != null) {
            return fileSystemFailure.getReason();
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
