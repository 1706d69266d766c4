package dev.interviewkit.export;

import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes an interview in one format. Every writer (JSON, Markdown, subtitles, chapters) implements
 * this interface.
 *
 * <p>Writers are immutable and thread-safe once built, are configured by their builders, never
 * change the interview, and stream their output to the {@link Appendable} as they go.
 */
public interface InterviewWriter {

    /**
     * Writes {@code interview} to {@code out}. The writer may flush {@code out} but never closes it.
     *
     * @throws IOException when {@code out} fails
     */
    void write(Interview interview, Appendable out) throws IOException;

    /**
     * Writes {@code interview} to {@code out} as UTF-8 without a byte order mark. {@code out} is
     * flushed, not closed.
     *
     * @throws IOException when {@code out} fails
     */
    default void write(Interview interview, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(interview, writer);
        writer.flush();
    }

    /** Writes {@code interview} to a string. */
    default String write(Interview interview) {
        StringBuilder out = new StringBuilder();
        try {
            write(interview, out);
        } catch (IOException e) {
            // A StringBuilder does not throw; a writer that does on its own has failed.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
