package dev.interviewkit.parser.internal.source;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The decoded input as every front end reads it: one normalised string (LF line ends, no final
 * line end) and the offset where each line starts. Positions are (line, column) in this text, and
 * they are the input's own: normalising removes only control characters, a BOM and CRs.
 *
 * <p>Stages share the one string instead of copying lines at each step. The Markdown pipeline
 * reads {@link #lines()}, whose lines are cut from the text when first asked and kept; the HTML
 * front end hands {@link #text()} to jsoup as it is, so that jsoup's tracked positions are
 * positions in the page, and never cuts lines at all. Clean input (UTF-8 text with LF line ends,
 * most of it) is not copied: the source is a window on the input string.
 *
 * <p>Not thread-safe while lines are being cut: a source belongs to one parse.
 */
public final class SourceText {

    /** The string the text stands in, from {@code offset} for {@code length} characters (the input, when clean). */
    private final String base;
    private final int offset;
    private final int length;
    private String text;
    /** {@code lineStarts[i]}: the offset of line {@code i}; one more entry, {@code length + 1}, closes the last. */
    private final int[] lineStarts;
    private final String[] cut;
    private final List<String> lines = new Lines();

    private SourceText(String base, int offset, int length, int[] lineStarts) {
        this.base = base;
        this.offset = offset;
        this.length = length;
        this.lineStarts = lineStarts;
        this.cut = new String[lineStarts.length - 1];
    }

    /**
     * A source whose text stands in {@code base} from {@code offset} for {@code length}
     * characters, its lines split at LF (it holds no CR), with the first {@code lineCount} of
     * {@code lineStarts} (relative to {@code offset}) as {@link SourceDecoder} found them.
     */
    static SourceText of(String base, int offset, int length, int[] lineStarts, int lineCount) {
        int[] starts = Arrays.copyOf(lineStarts, lineCount + 1);
        starts[lineCount] = length + 1;
        return new SourceText(base, offset, length, starts);
    }

    /** A source of lines that are already text (a front end's rendered Markdown). */
    public static SourceText ofLines(List<String> lines) {
        List<String> some = lines.isEmpty() ? List.of("") : lines;
        int[] starts = new int[some.size() + 1];
        for (int i = 0; i < some.size(); i++) {
            starts[i + 1] = starts[i] + some.get(i).length() + 1;
        }
        String text = String.join("\n", some);
        SourceText source = new SourceText(text, 0, text.length(), starts);
        for (int i = 0; i < some.size(); i++) {
            source.cut[i] = some.get(i);
        }
        return source;
    }

    /** The whole normalised text: the lines joined by LF. Made on first use when the input ends in a line end. */
    public String text() {
        if (text == null) {
            text = offset == 0 && length == base.length() ? base : base.substring(offset, offset + length);
        }
        return text;
    }

    /** How many lines the text has; an empty text has one, empty. */
    public int lineCount() {
        return cut.length;
    }

    /** The offset in {@link #text()} where line {@code index} (0-based) starts. */
    public int lineStart(int index) {
        return lineStarts[index];
    }

    /** The offset in {@link #text()} where line {@code index} ends, before its LF (or the text's end). */
    public int lineEnd(int index) {
        return lineStarts[index + 1] - 1;
    }

    /** Line {@code index} (0-based), without its line end. */
    public String line(int index) {
        String line = cut[index];
        if (line == null) {
            line = base.substring(offset + lineStart(index), offset + lineEnd(index));
            cut[index] = line;
        }
        return line;
    }

    /** The lines (line {@code i} of the list is source line {@code i + 1}), each cut when first read. */
    public List<String> lines() {
        return lines;
    }

    /** An unmodifiable view of the lines. */
    private final class Lines extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            return line(index);
        }

        @Override
        public int size() {
            return cut.length;
        }
    }
}
