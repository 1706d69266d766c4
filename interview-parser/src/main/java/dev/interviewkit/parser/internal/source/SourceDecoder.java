package dev.interviewkit.parser.internal.source;

import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Severity;
import dev.interviewkit.parser.internal.ParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns bytes or a string into clean lines: UTF-8 with bad bytes replaced by U+FFFD (and their
 * byte offsets reported), no BOM, LF line ends, no control characters, no lone surrogates, and
 * no more than the size limit.
 */
public final class SourceDecoder {

    private static final char REPLACEMENT = '\uFFFD';
    /** Reported problems of one kind; the rest are counted in the last message. */
    private static final int MAX_REPORTS_PER_KIND = 20;

    private SourceDecoder() {}

    /** The decoded text split into lines (without their line ends), with what decoding noticed. */
    public record Decoded(List<String> lines, List<Diagnostic> diagnostics) {}

    /** Decodes a string that is already text. */
    public static Decoded decode(String text, ParserSettings settings) {
        return new Normaliser(settings, List.of()).normalise(text);
    }

    /** Reads and decodes UTF-8 bytes; the stream is read to its end (or the size limit). */
    public static Decoded decode(InputStream in, ParserSettings settings) throws IOException {
        long maxBytes = (long) settings.maxInputChars() * 4 + 4;
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes));
        List<Integer> badOffsets = new ArrayList<>();
        String text = decodeUtf8(bytes, badOffsets);
        return new Normaliser(settings, badOffsets).normalise(text);
    }

    /** Decodes UTF-8, replacing each malformed sequence by U+FFFD and recording its byte offset. */
    private static String decodeUtf8(byte[] bytes, List<Integer> badByteOffsets) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                badByteOffsets.add(in.position());
                out.put(REPLACEMENT);
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** One normalisation pass over the text, building lines and diagnostics as it goes. */
    private static final class Normaliser {
        private final ParserSettings settings;
        private final List<Integer> badByteOffsets;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int lineNumber = 1;
        private int controlCount;
        private int surrogateCount;
        private int replacementSeen;

        Normaliser(ParserSettings settings, List<Integer> badByteOffsets) {
            this.settings = settings;
            this.badByteOffsets = badByteOffsets;
        }

        Decoded normalise(String text) {
            int start = text.startsWith("\uFEFF") ? 1 : 0;
            int limit = text.length();
            if (limit - start > settings.maxInputChars()) {
                limit = start + settings.maxInputChars();
            }
            for (int i = start; i < limit; i++) {
                // Most text needs no repair: copy each clean run whole, and a clean line is cut
                // from the text without a copy through the line buffer.
                int runEnd = cleanRunEnd(text, i, limit);
                if (runEnd > i) {
                    if (line.length() == 0 && runEnd < limit && isLineEnd(text.charAt(runEnd))) {
                        lines.add(text.substring(i, runEnd));
                        lineNumber++;
                        i = skipLineEnd(text, runEnd, limit);
                        continue;
                    }
                    line.append(text, i, runEnd);
                    i = runEnd;
                    if (i == limit) {
                        break;
                    }
                }
                char c = text.charAt(i);
                if (c == '\r') {
                    if (i + 1 < limit && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    endLine();
                } else if (c == '\n') {
                    endLine();
                } else if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1))) {
                    line.append(c).append(text.charAt(i + 1));
                    i++;
                } else if (Character.isSurrogate(c)) {
                    report(++surrogateCount, DiagnosticCode.INVALID_ENCODING,
                            "a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") was replaced by U+FFFD");
                    line.append(REPLACEMENT);
                } else if (c == REPLACEMENT && replacementSeen < badByteOffsets.size()) {
                    int offset = badByteOffsets.get(replacementSeen++);
                    report(replacementSeen, DiagnosticCode.INVALID_ENCODING,
                            "bytes at offset " + offset + " are not UTF-8; replaced by U+FFFD");
                    line.append(c);
                } else if (isControl(c)) {
                    report(++controlCount, DiagnosticCode.CONTROL_CHARACTER,
                            "control character U+" + String.format("%04X", (int) c) + " removed");
                } else {
                    line.append(c);
                }
            }
            if (limit < text.length()) {
                diagnostics.add(Diagnostic.builder()
                        .severity(Severity.ERROR)
                        .code(DiagnosticCode.INPUT_TOO_LARGE)
                        .line(lineNumber)
                        .column(line.length() + 1)
                        .message("the input is longer than " + settings.maxInputChars()
                                + " characters; the rest was not read")
                        .build());
            }
            // A final line end closes the last line; it does not open an empty one.
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
            summarise(controlCount, DiagnosticCode.CONTROL_CHARACTER, "control characters were removed");
            summarise(surrogateCount, DiagnosticCode.INVALID_ENCODING, "lone surrogates were replaced");
            summarise(badByteOffsets.size(), DiagnosticCode.INVALID_ENCODING, "invalid UTF-8 sequences were replaced");
            return new Decoded(List.copyOf(lines), List.copyOf(diagnostics));
        }

        /**
         * Where the run of characters from {@code from} that the loop in {@link #normalise} would
         * append unchanged ends: at a line end, a character to remove or replace, or {@code limit}.
         */
        private static int cleanRunEnd(String text, int from, int limit) {
            int i = from;
            while (i < limit) {
                char c = text.charAt(i);
                if (isKeptAsIs(c)) {
                    i++;
                } else if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i += 2; // a whole pair is kept as it is
                } else {
                    return i; // line ends are control characters too
                }
            }
            return i;
        }

        /**
         * Whether the loop keeps {@code c} unchanged, in the order text most often answers: not a
         * control character, a surrogate or U+FFFD (which may mark a bad byte).
         */
        private static boolean isKeptAsIs(char c) {
            if (c >= 0xA0) {
                return !Character.isSurrogate(c) && c != REPLACEMENT;
            }
            return c >= 0x20 && c < 0x7F || c == '\t';
        }

        private static boolean isLineEnd(char c) {
            return c == '\r' || c == '\n';
        }

        /** The index of the last character of the line end at {@code at}: CRLF is one line end. */
        private static int skipLineEnd(String text, int at, int limit) {
            return text.charAt(at) == '\r' && at + 1 < limit && text.charAt(at + 1) == '\n' ? at + 1 : at;
        }

        private static boolean isControl(char c) {
            return c != '\t' && (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0));
        }

        private void endLine() {
            lines.add(line.toString());
            line.setLength(0);
            lineNumber++;
        }

        private void report(int count, DiagnosticCode code, String message) {
            if (count <= MAX_REPORTS_PER_KIND) {
                diagnostics.add(Diagnostic.builder()
                        .severity(Severity.WARNING)
                        .code(code)
                        .line(lineNumber)
                        .column(line.codePointCount(0, line.length()) + 1)
                        .message(message)
                        .build());
            }
        }

        private void summarise(int count, DiagnosticCode code, String what) {
            if (count > MAX_REPORTS_PER_KIND) {
                diagnostics.add(Diagnostic.builder()
                        .severity(Severity.WARNING)
                        .code(code)
                        .line(lineNumber)
                        .message(count + " " + what + " in all; the first " + MAX_REPORTS_PER_KIND + " are reported")
                        .build());
            }
        }
    }
}
