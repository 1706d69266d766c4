package dev.interviewkit.export;

import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes an interview in one format. Every writer (JSON, Markdown, subtitles, chapters) implements
 * this interface.
 *
 * <p>Writers are immutable and thread-safe once built, are configured by their builders, never
 * change the interview, and stream their output to the {@link Appendable} as they go.
 */
public interface InterviewWriter {

    /**
     * Writes {@code interview} to {@code out}. The writer does not flush or close {@code out}.
     *
     * @throws IOException when {@code out} fails
     */
    void write(Interview interview, Appendable out) throws IOException;

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
