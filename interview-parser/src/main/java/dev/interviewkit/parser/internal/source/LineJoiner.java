package dev.interviewkit.parser.internal.source;

import dev.interviewkit.model.internal.TextJoiner;
import java.util.List;

/**
 * Joins a block's wrapped lines into the one string the inline parser reads: nothing between two
 * CJK characters, one space elsewhere (deciding by the nearest text characters, looking past
 * {@code *} and {@code _} markup), nothing inside a link destination that the exporter wrapped, and
 * {@link #HARD_BREAK} where a line ends in two spaces or a backslash.
 *
 * <p>Each join asks two questions about the text so far: is it inside a link destination, and
 * what is its last text character. Searching the text backwards for the answers made a paragraph
 * of many lines quadratic (CJK text has no space to stop the search), so the joiner keeps both up
 * to date as it appends, looking only at what it appends.
 */
public final class LineJoiner {

    /** A character no decoded source holds (the decoder removes control characters): a hard break. */
    public static final char HARD_BREAK = '\0';

    private final StringBuilder out = new StringBuilder();
    /** Where the last {@code ](} stands in {@link #out}, or -1: a link destination opens after it. */
    private int lastDestinationOpen = -1;
    /** Where the last {@code )} or space stands, or -1: a destination opened before it is closed. */
    private int lastDestinationStop = -1;
    /** Where the last character that is not {@code *} or {@code _} stands, or -1. */
    private int lastText = -1;

    private LineJoiner() {}

    /** {@code lines} joined into one string, hard breaks marked with {@link #HARD_BREAK}. */
    public static String join(List<String> lines) {
        if (lines.size() == 1) {
            // Most blocks are one line: it has no hard break to mark and joins with nothing.
            String line = SourceLines.strip(lines.get(0));
            if (line.isEmpty() || line.charAt(line.length() - 1) != HARD_BREAK) {
                return line;
            }
        }
        LineJoiner joiner = new LineJoiner();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            boolean hardBreak = i < lines.size() - 1 && SourceLines.endsWithHardBreak(raw);
            String line = SourceLines.strip(raw);
            if (hardBreak && line.endsWith("\\")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            joiner.addLine(line, hardBreak);
        }
        return joiner.result();
    }

    private void addLine(String line, boolean hardBreak) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != HARD_BREAK) {
            if (insideLinkDestination()) {
                // html2text wraps long URLs; a URL has no spaces, so the pieces join directly.
            } else if (TextJoiner.needsSpace(lastTextChar(), firstTextChar(line))) {
                append(' ');
            }
        }
        append(line);
        if (hardBreak) {
            append(HARD_BREAK);
        }
    }

    private String result() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == HARD_BREAK) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** Whether the text ends inside a link destination: after the last {@code ](}, no {@code )} or space. */
    private boolean insideLinkDestination() {
        return lastDestinationOpen >= 0 && lastDestinationStop < lastDestinationOpen;
    }

    /**
     * The last character before any trailing markup; the first character when all is markup
     * (a low surrogate is read with its high one).
     */
    private int lastTextChar() {
        return Character.codePointBefore(out, Math.max(lastText, 0) + 1);
    }

    private static int firstTextChar(String line) {
        int i = 0;
        while (i < line.length() - 1 && isMarkup(line.charAt(i))) {
            i++;
        }
        return line.codePointAt(i);
    }

    private static boolean isMarkup(char c) {
        return c == '*' || c == '_';
    }

    private void append(String piece) {
        int base = out.length();
        out.append(piece);
        int stop = Math.max(piece.lastIndexOf(')'), piece.lastIndexOf(' '));
        if (stop >= 0) {
            lastDestinationStop = base + stop;
        }
        int open = piece.lastIndexOf("](");
        if (open >= 0) {
            lastDestinationOpen = base + open;
        } else if (piece.startsWith("(") && base > 0 && out.charAt(base - 1) == ']') {
            lastDestinationOpen = base - 1; // the pair spans the join
        }
        int text = piece.length() - 1;
        while (text >= 0 && isMarkup(piece.charAt(text))) {
            text--;
        }
        if (text >= 0) {
            lastText = base + text;
        }
    }

    private void append(char c) {
        out.append(c);
        if (c == ' ') {
            lastDestinationStop = out.length() - 1;
        }
        lastText = out.length() - 1; // neither a space nor a hard break is markup
    }
}
