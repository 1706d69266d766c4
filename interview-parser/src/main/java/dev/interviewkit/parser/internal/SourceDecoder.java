package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Stub. */
public final class SourceDecoder {
    private SourceDecoder() {}

    /** The decoded text split into lines, with what decoding noticed. */
    public record Decoded(List<String> lines, List<Diagnostic> diagnostics) {}

    public static Decoded decode(String text, ParserSettings settings) {
        return new Decoded(List.of(text.split("\n", -1)), List.of());
    }

    public static Decoded decode(InputStream in, ParserSettings settings) throws IOException {
        return decode(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), settings);
    }
}
