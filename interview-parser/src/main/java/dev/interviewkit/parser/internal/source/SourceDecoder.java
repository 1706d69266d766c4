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

    /** The decoded text, with what decoding noticed. */
    public record Decoded(SourceText source, List<Diagnostic> diagnostics) {

        /** The text's lines, without their line ends. */
        public List<String> lines() {
            return source.lines();
        }
    }

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

    /**
     * One normalisation pass over the text, finding its lines and building diagnostics as it goes.
     * The text is copied only from the first character that must change (a CR, a control
     * character, a lone surrogate): clean input becomes the source as it is.
     */
    private static final class Normaliser {
        private final ParserSettings settings;
        private final List<Integer> badByteOffsets;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private String text;
        /** Where the normalised text starts in {@code text}: after a BOM. */
        private int start;
        /** The normalised text, once something had to change; null while it is {@code text} from {@code start}. */
        private StringBuilder copy;
        private int[] lineStarts = new int[64];
        /** Lines started so far; the last one is the line being read, and its number. */
        private int lines = 1;
        private int controlCount;
        private int surrogateCount;
        private int replacementSeen;

        Normaliser(ParserSettings settings, List<Integer> badByteOffsets) {
            this.settings = settings;
            this.badByteOffsets = badByteOffsets;
        }

        Decoded normalise(String input) {
            text = input;
            start = input.startsWith("\uFEFF") ? 1 : 0;
            int limit = input.length();
            if (limit - start > settings.maxInputChars()) {
                limit = start + settings.maxInputChars();
            }
            for (int i = start; i < limit; i++) {
                // Most text needs no repair: each clean run is kept (or copied) whole.
                int runEnd = cleanRunEnd(input, i, limit);
                if (runEnd > i) {
                    if (copy != null) {
                        copy.append(input, i, runEnd);
                    }
                    i = runEnd;
                    if (i == limit) {
                        break;
                    }
                }
                char c = input.charAt(i);
                if (c == '\n') {
                    keep(c);
                    endLine(i + 1);
                } else if (c == '\r') {
                    change(i).append('\n');
                    if (i + 1 < limit && input.charAt(i + 1) == '\n') {
                        i++;
                    }
                    endLine(i + 1);
                } else if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(input.charAt(i + 1))) {
                    keep(c);
                    keep(input.charAt(i + 1));
                    i++;
                } else if (Character.isSurrogate(c)) {
                    report(++surrogateCount, DiagnosticCode.INVALID_ENCODING,
                            "a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") was replaced by U+FFFD", i);
                    change(i).append(REPLACEMENT);
                } else if (c == REPLACEMENT && replacementSeen < badByteOffsets.size()) {
                    int offset = badByteOffsets.get(replacementSeen++);
                    report(replacementSeen, DiagnosticCode.INVALID_ENCODING,
                            "bytes at offset " + offset + " are not UTF-8; replaced by U+FFFD", i);
                    keep(c);
                } else if (isControl(c)) {
                    report(++controlCount, DiagnosticCode.CONTROL_CHARACTER,
                            "control character U+" + String.format("%04X", (int) c) + " removed", i);
                    change(i);
                } else {
                    keep(c);
                }
            }
            int length = normalisedLength(limit);
            if (limit < input.length()) {
                diagnostics.add(Diagnostic.builder()
                        .severity(Severity.ERROR)
                        .code(DiagnosticCode.INPUT_TOO_LARGE)
                        .line(lines)
                        .column(length - lineStarts[lines - 1] + 1)
                        .message("the input is longer than " + settings.maxInputChars()
                                + " characters; the rest was not read")
                        .build());
            }
            // A final line end closes the last line; it does not open an empty one.
            int lineCount = lines;
            if (lineCount > 1 && lineStarts[lineCount - 1] == length) {
                lineCount--;
                length--;
            }
            // Clean input stays where it is: the source is a window on it, and lines are cut from it.
            String base = copy != null ? copy.substring(0, length) : input;
            int offset = copy != null ? 0 : start;
            summarise(controlCount, DiagnosticCode.CONTROL_CHARACTER, "control characters were removed");
            summarise(surrogateCount, DiagnosticCode.INVALID_ENCODING, "lone surrogates were replaced");
            summarise(badByteOffsets.size(), DiagnosticCode.INVALID_ENCODING, "invalid UTF-8 sequences were replaced");
            return new Decoded(SourceText.of(base, offset, length, lineStarts, lineCount), List.copyOf(diagnostics));
        }

        /** The length of the normalised text so far, the input read up to {@code inputOffset}. */
        private int normalisedLength(int inputOffset) {
            return copy != null ? copy.length() : inputOffset - start;
        }

        /** Keeps {@code c} as it is. */
        private void keep(char c) {
            if (copy != null) {
                copy.append(c);
            }
        }

        /** The normalised text as a copy, begun if it was not yet: the character at {@code at} changes. */
        private StringBuilder change(int at) {
            if (copy == null) {
                copy = new StringBuilder(text.length() - start);
                copy.append(text, start, at);
            }
            return copy;
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

        private static boolean isControl(char c) {
            return c != '\t' && (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0));
        }

        /** A line end was just read: the next line starts after it, at {@code next} in the input. */
        private void endLine(int next) {
            if (lines == lineStarts.length) {
                lineStarts = java.util.Arrays.copyOf(lineStarts, lines * 2);
            }
            lineStarts[lines++] = normalisedLength(next);
        }

        private void report(int count, DiagnosticCode code, String message, int at) {
            if (count <= MAX_REPORTS_PER_KIND) {
                int lineStart = lineStarts[lines - 1];
                int codePoints = copy != null ? copy.codePointCount(lineStart, copy.length())
                        : text.codePointCount(start + lineStart, at);
                diagnostics.add(Diagnostic.builder()
                        .severity(Severity.WARNING)
                        .code(code)
                        .line(lines)
                        .column(codePoints + 1)
                        .message(message)
                        .build());
            }
        }

        private void summarise(int count, DiagnosticCode code, String what) {
            if (count > MAX_REPORTS_PER_KIND) {
                diagnostics.add(Diagnostic.builder()
                        .severity(Severity.WARNING)
                        .code(code)
                        .line(lines)
                        .message(count + " " + what + " in all; the first " + MAX_REPORTS_PER_KIND + " are reported")
                        .build());
            }
        }
    }
}
