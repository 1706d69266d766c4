package dev.interviewkit.export.internal.json;

import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson set up for interview documents: generators and parsers over the caller's streams (never
 * closed), and Jackson's exceptions turned into {@link IOException} and {@link JsonDecodingException}.
 */
public final class JsonStreams {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // The caller's stream stays open; the generator only flushes it.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Durations are read exactly, never through a double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Checked by read(JsonParser), with a message that does not speak of Jackson's binding.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter COMPACT = MAPPER.writer();

    /** Two spaces, {@code "key": value}, {@code []} for empty lists, LF line ends on every platform. */
    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonStreams() {}

    /**
     * A generator over {@code out} with the interview documents' settings: {@code out} is flushed
     * when the generator closes, never closed.
     */
    public static JsonGenerator generator(Writer out, boolean pretty) {
        return (pretty ? PRETTY : COMPACT).createGenerator(out);
    }

    /** The I/O failure inside a Jackson exception, or the exception itself as unchecked. */
    public static IOException ioFailure(JacksonException e) {
        return rethrow(e);
    }

    /** Writes {@code interview} to {@code out}; pretty output ends with a line feed. */
    public static void write(Interview interview, Writer out, boolean pretty) throws IOException {
        try (JsonGenerator json = (pretty ? PRETTY : COMPACT).createGenerator(out)) {
            write(interview, json, pretty);
        } catch (JacksonException e) {
            throw rethrow(e);
        }
    }

    /** Writes {@code interview} to {@code out} in UTF-8; pretty output ends with a line feed. */
    public static void write(Interview interview, OutputStream out, boolean pretty) throws IOException {
        try (JsonGenerator json = (pretty ? PRETTY : COMPACT).createGenerator(out, JsonEncoding.UTF8)) {
            write(interview, json, pretty);
        } catch (JacksonException e) {
            throw rethrow(e);
        }
    }

    private static void write(Interview interview, JsonGenerator json, boolean pretty) {
        JsonEncoder.write(interview, json);
        if (pretty) {
            json.writeRaw('\n');
        }
    }

    /** The I/O failure inside {@code e}; any other failure is thrown as it cannot be an I/O one. */
    private static IOException rethrow(JacksonException e) {
        if (e instanceof JacksonIOException io) {
            return io.getCause();
        }
        throw new IllegalArgumentException("the interview cannot be written as JSON: " + e.getOriginalMessage(), e);
    }

    /** The interview in {@code json}. */
    public static Interview read(String json) {
        return read(MAPPER.createParser(json));
    }

    /** The interview in the JSON text {@code in}; {@code in} is not closed. */
    public static Interview read(Reader in) throws IOException {
        try {
            return read(MAPPER.createParser(in));
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** The interview in the JSON bytes {@code in} (UTF-8, or UTF-16/32 as detected); {@code in} is not closed. */
    public static Interview read(InputStream in) throws IOException {
        try {
            return read(MAPPER.createParser(in));
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static Interview read(JsonParser parser) {
        JsonNode root;
        try (parser) {
            root = MAPPER.readTree(parser);
            if (root != null && !root.isMissingNode() && parser.nextToken() != null) {
                throw malformed(parser, "unexpected content after the JSON document", parser.currentTokenLocation(), null);
            }
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            // Syntax errors, duplicate keys, and Jackson's limits on nesting and lengths.
            throw malformed(parser, e.getOriginalMessage(), e.getLocation(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new JsonDecodingException("", "the document is empty; expected a JSON object", null);
        }
        return JsonDecoder.read(root);
    }

    private static JsonDecodingException malformed(JsonParser parser, String problem, TokenStreamLocation where,
            Throwable cause) {
        String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return new JsonDecodingException(parser.streamReadContext().pathAsPointer().toString(),
                "malformed JSON" + position + ": " + problem, cause);
    }
}
