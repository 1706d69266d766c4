package dev.interviewkit.export;

import dev.interviewkit.export.internal.json.JsonDecodingException;
import dev.interviewkit.export.internal.json.JsonStreams;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Reads the JSON documents {@link JsonWriter} writes (schema version 2, and version 1 without {@code hasTranscript}) back into interviews.
 *
 * <p>Strict: malformed JSON, another schema version, unknown fields, {@code null}s, wrong types,
 * missing required fields and values the model rejects all throw an
 * {@link InterviewFormatException} that says what and where. Derived plain texts ({@code text}
 * beside {@code inlines}) are ignored; the structure comes from the inlines.
 *
 * <pre>{@code
 * Interview interview = JsonReader.create().read(json);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonReader {

    private static final JsonReader INSTANCE = new JsonReader();

    private JsonReader() {}

    /** A reader. */
    public static JsonReader create() {
        return INSTANCE;
    }

    /**
     * The interview in {@code json}.
     *
     * @throws InterviewFormatException when {@code json} is not an interview document
     */
    public Interview read(String json) {
        try {
            return JsonStreams.read(json);
        } catch (JsonDecodingException e) {
            throw formatException(e);
        }
    }

    /**
     * The interview in the JSON text {@code in}, read to its end; {@code in} is not closed.
     *
     * @throws InterviewFormatException when the text is not an interview document
     * @throws IOException when {@code in} fails
     */
    public Interview read(Reader in) throws IOException {
        try {
            return JsonStreams.read(in);
        } catch (JsonDecodingException e) {
            throw formatException(e);
        }
    }

    /**
     * The interview in the JSON bytes {@code in} (UTF-8; UTF-16 and UTF-32 are detected), read to
     * its end; {@code in} is not closed.
     *
     * @throws InterviewFormatException when the bytes are not an interview document
     * @throws IOException when {@code in} fails
     */
    public Interview read(InputStream in) throws IOException {
        try {
            return JsonStreams.read(in);
        } catch (JsonDecodingException e) {
            throw formatException(e);
        }
    }

    private static InterviewFormatException formatException(JsonDecodingException e) {
        return new InterviewFormatException(e.getMessage(), e.pointer(), e.getCause());
    }
}
