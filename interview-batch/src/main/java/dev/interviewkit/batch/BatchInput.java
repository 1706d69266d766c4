package dev.interviewkit.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a batch, as planned: where it is read from, where it stands relative to the folder
 * it was found in, and where its outputs go.
 *
 * @param source the file to read, as found (a folder argument resolved with the relative path)
 * @param relativePath the path under the folder argument; the file name alone for a file argument
 * @param outputBase every output's path without the format's suffix: the output folder, the
 *     relative path's folder and the output stem ({@code out/gzh/x} for {@code gzh/x.md})
 * @param renamed whether the naming rule changed the stem to avoid a collision
 */
public record BatchInput(Path source, Path relativePath, Path outputBase, boolean renamed) {

    /** Checks that every value is there. */
    public BatchInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(outputBase, "outputBase");
    }

    /** Where {@code format} writes this input: the output base with the format's suffix. */
    public Path output(OutputFormat format) {
        return outputBase.resolveSibling(outputBase.getFileName() + format.suffix());
    }
}
