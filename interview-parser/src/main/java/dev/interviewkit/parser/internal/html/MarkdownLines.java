package dev.interviewkit.parser.internal.html;

import dev.interviewkit.model.internal.TextJoiner;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Markdown lines the pipeline reads, as html2text would have written them, and where
 * each came from in the page. It knows Markdown's syntax and escaping; {@link BodyRenderer}
 * decides what the page says. Bold is a state, not an element: adjacent bold runs (a label split
 * over {@code <strong>主持</strong><strong>人：</strong>}) make one {@code **…**} run, so the
 * label shapes the pipeline knows are the ones it gets.
 *
 * <p>Each block is written as its own lines followed by a blank line; a {@code <br>} is a hard
 * break (two trailing spaces). Text is escaped so that the inline parser reads it back literally.
 */
final class MarkdownLines {

    private final List<String> lines = new ArrayList<>();
    private final List<Integer> sourceLines = new ArrayList<>();
    private final List<Integer> sourceColumns = new ArrayList<>();

    private final StringBuilder line = new StringBuilder();
    /** What every line of the current block starts with ({@code "> "}), and the first line's marker. */
    private String linePrefix = "";
    private String firstLinePrefix = "";
    private int contentStart;
    private boolean blockHasLines;
    private boolean boldOpen;
    private boolean pendingSpace;
    /** The pending space came from a line end in the source: between CJK characters it is nothing. */
    private boolean pendingSourceBreak;
    private int lastChar;
    private boolean digitsOnly = true;
    private int lineSourceLine = 1;
    private int lineSourceColumn = 1;
    private boolean verbatim;
    /** A list item's marker waits for the item's first text. */
    private boolean markerPending;

    /**
     * Starts a block whose lines all begin with {@code prefix}, the first with {@code firstPrefix}
     * (a list item's marker). A block nested at the start of a list item ({@code <li><p>…}) keeps
     * the item's marker: it is the item's text.
     */
    void startBlock(String firstPrefix, String prefix, boolean item) {
        endBlock();
        if (markerPending && !item) {
            return;
        }
        this.firstLinePrefix = firstPrefix;
        this.linePrefix = prefix;
        this.markerPending = item;
    }

    /** Ends a list item, written or empty: the next block gets no marker. */
    void endItem() {
        endBlock();
        markerPending = false;
        firstLinePrefix = linePrefix;
    }

    /** Starts a fenced code block: its text is written as it is, line ends kept. */
    void startCode(int sourceLine, int sourceColumn) {
        endBlock();
        addLine("```", sourceLine, sourceColumn);
        verbatim = true;
    }

    /** Ends the current block (a blank line follows it). */
    void endBlock() {
        endLine();
        if (verbatim) {
            addLine("```", lastSourceLine(), lastSourceColumn());
            verbatim = false;
        }
        if (blockHasLines) {
            addLine("", lastSourceLine(), lastSourceColumn());
        }
        blockHasLines = false;
        if (!markerPending) {
            firstLinePrefix = linePrefix;
        }
    }

    /** A block of its own, such as a thematic break. */
    void wholeLine(String text, int sourceLine, int sourceColumn) {
        endBlock();
        addLine(text, sourceLine, sourceColumn);
        addLine("", sourceLine, sourceColumn);
        blockHasLines = false;
    }

    /** White space in the source: one space at most, none at a line's start; {@code lineEnd} if it held a line end. */
    void space(boolean lineEnd) {
        if (verbatim) {
            return;
        }
        if (!atLineStart()) {
            pendingSpace = true;
            pendingSourceBreak |= lineEnd;
        }
    }

    /** Visible text, bold or not, from the source position given; white space must be passed to {@link #space}. */
    void text(CharSequence text, boolean bold, int sourceLine, int sourceColumn) {
        if (text.length() == 0) {
            return;
        }
        if (verbatim) {
            appendVerbatim(text, sourceLine, sourceColumn);
            return;
        }
        if (!bold) {
            closeBold(); // before a pending space: a space at a bold edge stays outside the run
        }
        beginContent(sourceLine, sourceColumn, Character.codePointAt(text, 0));
        if (bold && !boldOpen) {
            line.append("**");
            boldOpen = true;
        }
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(text.charAt(i));
        }
        lastChar = Character.codePointBefore(text, text.length());
    }

    /** An image, {@code ![alt](url)}, outside any bold run. */
    void image(String alt, String url, int sourceLine, int sourceColumn) {
        if (verbatim) {
            return;
        }
        beginContent(sourceLine, sourceColumn, 'x');
        closeBold();
        line.append("![");
        alt.chars().forEach(c -> appendEscaped((char) c));
        line.append("](").append(destination(url)).append(')');
        lastChar = 'x';
    }

    /** Opens a link; its text follows, then {@link #closeLink}. */
    void openLink(int sourceLine, int sourceColumn) {
        beginContent(sourceLine, sourceColumn, 'x');
        closeBold();
        line.append('[');
        lastChar = 'x';
    }

    /** Closes the link opened last, pointing at {@code url}. */
    void closeLink(String url) {
        closeBold();
        pendingSpace = false;
        line.append("](").append(destination(url)).append(')');
        lastChar = 'x';
    }

    /** A {@code <br>}: a hard break; bold closes before it so that each line reads on its own. */
    void lineBreak(int sourceLine, int sourceColumn) {
        if (verbatim) {
            appendVerbatim("\n", sourceLine, sourceColumn);
            return;
        }
        if (line.length() == 0 || !hasContent()) {
            // A break at a line's start is an empty line: consecutive <br>s part paragraphs, as on screen.
            if (blockHasLines && line.length() == 0) {
                addLine("", sourceLine, sourceColumn);
            }
            return;
        }
        closeBold();
        line.append("  ");
        endLine();
    }

    /** The lines written so far; the writer may go on. */
    List<String> lines() {
        endBlock();
        return List.copyOf(lines);
    }

    /** The page line each written line came from, 1-based, in the order of {@link #lines()}. */
    int[] sourceLines() {
        return sourceLines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The page column each written line came from, 1-based. */
    int[] sourceColumns() {
        return sourceColumns.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean atLineStart() {
        return line.length() == 0;
    }

    private boolean hasContent() {
        return line.length() > contentStart;
    }

    /** Opens the line if needed and resolves a pending space before content starting with {@code next}. */
    private void beginContent(int sourceLine, int sourceColumn, int next) {
        if (line.length() == 0) {
            line.append(blockHasLines ? linePrefix : firstLinePrefix);
            markerPending = false;
            contentStart = line.length();
            lineSourceLine = sourceLine;
            lineSourceColumn = sourceColumn;
            digitsOnly = true;
            pendingSpace = false;
            pendingSourceBreak = false;
            return;
        }
        if (pendingSpace) {
            boolean space = !pendingSourceBreak || TextJoiner.needsSpace(lastChar, next);
            if (space) {
                line.append(' ');
                digitsOnly = false;
            }
            pendingSpace = false;
            pendingSourceBreak = false;
        }
    }

    private void closeBold() {
        if (boldOpen) {
            line.append("**");
            boldOpen = false;
        }
    }

    private void appendEscaped(char c) {
        boolean lineStart = line.length() == contentStart;
        switch (c) {
            case '\\', '*', '_', '[', ']', '`' -> line.append('\\').append(c);
            case '&' -> line.append("&amp;");
            case '<' -> line.append("&lt;");
            case '#', '>', '-', '+', '=', '~', '|' -> {
                if (lineStart) {
                    line.append('\\');
                }
                line.append(c);
            }
            case '.', ')' -> {
                // "1." at a line's start would open an ordered list.
                if (digitsOnly && line.length() > contentStart) {
                    line.append('\\');
                }
                line.append(c);
            }
            default -> line.append(c);
        }
        digitsOnly &= c >= '0' && c <= '9';
    }

    /** A link destination the inline parser reads back whole: no spaces or parentheses, entities kept literal. */
    private static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '&' -> out.append("&amp;");
                default -> {
                    if (c > ' ') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private void appendVerbatim(CharSequence text, int sourceLine, int sourceColumn) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                addLine(line.toString(), lineSourceLine, lineSourceColumn);
                line.setLength(0);
                lineSourceLine = sourceLine;
                lineSourceColumn = sourceColumn;
            } else if (c != '\r') {
                if (line.length() == 0) {
                    lineSourceLine = sourceLine;
                    lineSourceColumn = sourceColumn;
                }
                line.append(c);
            }
        }
    }

    private void endLine() {
        if (verbatim) {
            if (line.length() > 0) {
                addLine(line.toString(), lineSourceLine, lineSourceColumn);
                line.setLength(0);
            }
            return;
        }
        closeBold();
        pendingSpace = false;
        pendingSourceBreak = false;
        if (hasContent()) {
            addLine(line.toString(), lineSourceLine, lineSourceColumn);
            blockHasLines = true;
        }
        line.setLength(0);
        contentStart = 0;
    }

    private void addLine(String text, int sourceLine, int sourceColumn) {
        lines.add(text);
        sourceLines.add(Math.max(1, sourceLine));
        sourceColumns.add(Math.max(1, sourceColumn));
        if (!text.isEmpty()) {
            blockHasLines = true;
        }
    }

    private int lastSourceLine() {
        return sourceLines.isEmpty() ? lineSourceLine : sourceLines.get(sourceLines.size() - 1);
    }

    private int lastSourceColumn() {
        return sourceColumns.isEmpty() ? lineSourceColumn : sourceColumns.get(sourceColumns.size() - 1);
    }
}
