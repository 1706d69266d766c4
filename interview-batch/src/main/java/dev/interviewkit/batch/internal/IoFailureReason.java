package dev.interviewkit.batch.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in a few words why an I/O operation failed, for a one-line failure message. */
final class IoFailureReason {

    private IoFailureReason() {}

    /** The reason, such as {@code no such file or directory}; never the file name, which the caller adds. */
    static String of(IOException failure) {
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
