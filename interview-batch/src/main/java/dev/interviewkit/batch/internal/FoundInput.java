package dev.interviewkit.batch.internal;

import java.nio.file.Path;

/** A file to convert, with its path under the folder argument it was found in (its name for a file argument). */
public record FoundInput(Path source, Path relativePath) {}
