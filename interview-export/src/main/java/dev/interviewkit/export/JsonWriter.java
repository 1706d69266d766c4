package dev.interviewkit.export;

import dev.interviewkit.export.internal.json.AppendableWriter;
import dev.interviewkit.export.internal.json.JsonStreams;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an interview as JSON, schema version 2: the document {@link JsonReader} reads back into an
 * equal interview, described by the JSON Schema {@link #schema()}.
 *
 * <p>Absent optional values are left out (never {@code null}); lists are always written, {@code []}
 * when empty; enum values are lower case; times are ISO-8601 with their offset
 * ({@code 2024-09-15T08:04:00+08:00}); durations are numbers of seconds, exact to the nanosecond
 * ({@code 780}, {@code 262.5}); paragraphs carry their plain {@code text} for consumers beside the
 * {@code inlines} that hold their structure.
 *
 * <pre>{@code
 * String json = JsonWriter.builder().pretty(false).build().write(interview);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonWriter implements InterviewWriter {

    private static final String SCHEMA_RESOURCE = "interview.schema.json";

    private final boolean pretty;

    private JsonWriter(Builder builder) {
        this.pretty = builder.pretty;
    }

    /** A builder; by default the output is pretty. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes {@code interview} to {@code out}; pretty output ends with a line feed. {@code out} is
     * flushed, not closed.
     */
    @Override
    public void write(Interview interview, Appendable out) throws IOException {
        JsonStreams.write(interview, AppendableWriter.of(out), pretty);
    }

    /**
     * Writes {@code interview} to {@code out} as UTF-8 without a byte order mark. {@code out} is
     * flushed, not closed.
     */
    public void write(Interview interview, OutputStream out) throws IOException {
        JsonStreams.write(interview, out, pretty);
    }

    /** The JSON Schema (draft 2020-12) of the documents this writer writes. */
    public static String schema() {
        try (InputStream in = JsonWriter.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Configures a {@link JsonWriter}. */
    public static final class Builder {

        private boolean pretty = true;

        private Builder() {}

        /** Whether to indent the output (two spaces, one value a line) or write it on one line. */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /** The writer. */
        public JsonWriter build() {
            return new JsonWriter(this);
        }
    }
}
