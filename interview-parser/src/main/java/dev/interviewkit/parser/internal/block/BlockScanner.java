package dev.interviewkit.parser.internal.block;

import dev.interviewkit.parser.internal.rules.FramingTitles;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits lines into blocks in one pass: ATX and setext headings, thematic breaks, list items,
 * block quotes, fenced code and paragraphs. It knows nothing of speakers or boilerplate; it only
 * says where blocks start and end. Blank lines separate blocks and belong to none.
 */
public final class BlockScanner {

    private final List<String> lines;
    private final List<RawBlock> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private int paragraphStart;

    private BlockScanner(List<String> lines) {
        this.lines = lines;
    }

    /** The blocks of {@code lines} (line {@code i} of the list is source line {@code i + 1}). */
    public static List<RawBlock> scan(List<String> lines) {
        return scan(lines, 0);
    }

    /** The blocks of {@code lines} from index {@code from} on, numbered as in the whole list. */
    public static List<RawBlock> scan(List<String> lines, int from) {
        return new BlockScanner(lines).run(from);
    }

    private List<RawBlock> run(int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (SourceLines.isBlank(line)) {
                flushParagraph(number - 1);
                continue;
            }
            int setextLevel = setextLevel(line);
            if (setextLevel > 0 && !paragraph.isEmpty()) {
                blocks.add(new RawBlock(RawBlock.Kind.HEADING, paragraphStart, number, paragraph, setextLevel));
                paragraph.clear();
                continue;
            }
            if (isRule(line)) {
                flushParagraph(number - 1);
                blocks.add(new RawBlock(RawBlock.Kind.RULE, number, number, List.of(SourceLines.strip(line)), 0));
                continue;
            }
            int headingLevel = atxLevel(line);
            if (headingLevel > 0) {
                flushParagraph(number - 1);
                String text = atxText(line, headingLevel);
                int textLine = text.isEmpty() ? loneLineAfter(i) : -1;
                if (textLine > 0) {
                    // html2text writes <h4><strong>02.</strong></h4> as "####", a blank line, then the text:
                    // the line is the empty heading's text.
                    blocks.add(new RawBlock(RawBlock.Kind.HEADING, number, textLine + 1,
                            List.of(SourceLines.strip(lines.get(textLine))), headingLevel));
                    i = textLine;
                    continue;
                }
                blocks.add(new RawBlock(RawBlock.Kind.HEADING, number, number, List.of(text), headingLevel));
                continue;
            }
            if (isFence(line)) {
                flushParagraph(number - 1);
                i = scanFence(i);
                continue;
            }
            int markerEnd = listMarkerEnd(line);
            if (markerEnd > 0) {
                flushParagraph(number - 1);
                i = scanListItem(i, markerEnd);
                continue;
            }
            if (isQuote(line)) {
                flushParagraph(number - 1);
                i = scanQuote(i);
                continue;
            }
            if (paragraph.isEmpty() && OriginalText.opensDetails(line)) {
                int close = detailsSpanningBlankLines(i);
                if (close > i) {
                    // Markdown inside <details> (a turn's original text with its own label) has blank
                    // lines; the block runs to its closing tag, so that it stays one block of the turn.
                    blocks.add(new RawBlock(RawBlock.Kind.PARAGRAPH, number, close + 1, lines.subList(i, close + 1), 0));
                    i = close;
                    continue;
                }
            }
            if (paragraph.isEmpty()) {
                paragraphStart = number;
            }
            paragraph.add(line);
        }
        flushParagraph(lines.size());
        return blocks;
    }

    private void flushParagraph(int lastLine) {
        if (!paragraph.isEmpty()) {
            blocks.add(new RawBlock(RawBlock.Kind.PARAGRAPH, paragraphStart, lastLine, paragraph, 0));
            paragraph.clear();
        }
    }

    /** The most lines a {@code <details>} block may span across blank lines. */
    private static final int MAX_DETAILS_LINES = 200;

    /**
     * The index of the line that closes the {@code <details>} opened at {@code open}, when a blank
     * line comes before it; -1 when the block closes before any blank line (an ordinary paragraph
     * holds it), opens another, or does not close within {@value #MAX_DETAILS_LINES} lines.
     */
    private int detailsSpanningBlankLines(int open) {
        boolean blankInside = false;
        for (int j = open; j < lines.size() && j - open < MAX_DETAILS_LINES; j++) {
            String line = lines.get(j);
            if (j > open && OriginalText.opensDetails(line)) {
                return -1;
            }
            if (OriginalText.closesDetails(line)) {
                return blankInside ? j : -1;
            }
            blankInside |= SourceLines.isBlank(line);
        }
        return -1;
    }

    /** A list item runs on over lines that start no other block, until a blank line. */
    private int scanListItem(int first, int markerEnd) {
        String line = lines.get(first);
        int indent = SourceLines.indentation(line);
        List<String> content = new ArrayList<>();
        content.add(line.substring(markerEnd));
        int i = first + 1;
        while (i < lines.size() && continuesBlock(lines.get(i))) {
            content.add(lines.get(i));
            i++;
        }
        blocks.add(new RawBlock(RawBlock.Kind.LIST_ITEM, first + 1, i, content, indent));
        return i - 1;
    }

    private int scanQuote(int first) {
        List<String> content = new ArrayList<>();
        int i = first;
        while (i < lines.size() && isQuote(lines.get(i))) {
            content.add(quoteContent(lines.get(i)));
            i++;
        }
        blocks.add(new RawBlock(RawBlock.Kind.QUOTE, first + 1, i, content, 0));
        return i - 1;
    }

    private int scanFence(int first) {
        String fence = SourceLines.strip(lines.get(first)).substring(0, 3);
        List<String> content = new ArrayList<>();
        int i = first + 1;
        while (i < lines.size() && !SourceLines.strip(lines.get(i)).startsWith(fence)) {
            content.add(lines.get(i));
            i++;
        }
        int last = Math.min(i, lines.size() - 1);
        blocks.add(new RawBlock(RawBlock.Kind.CODE, first + 1, last + 1, content, 0));
        return last;
    }

    private boolean continuesBlock(String line) {
        return !SourceLines.isBlank(line) && !isRule(line) && atxLevel(line) == 0 && listMarkerEnd(line) < 0
                && !isQuote(line) && !isFence(line);
    }

    /** {@code 1} for a line of {@code =}, {@code 2} for a line of {@code -}, else 0. */
    static int setextLevel(String line) {
        String s = SourceLines.strip(line);
        if (s.isEmpty() || SourceLines.indentation(line) > 3) {
            return 0;
        }
        char c = s.charAt(0);
        if (c != '=' && c != '-') {
            return 0;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return 0;
            }
        }
        return c == '=' ? 1 : 2;
    }

    /** Three or more of one of {@code * - _}, spaces allowed between them. */
    static boolean isRule(String line) {
        if (SourceLines.indentation(line) > 3) {
            return false;
        }
        char mark = 0;
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (c != '*' && c != '-' && c != '_' || mark != 0 && c != mark) {
                return false;
            }
            mark = c;
            count++;
        }
        return count >= 3;
    }

    static int atxLevel(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        int hashes = 0;
        while (i + hashes < line.length() && line.charAt(i + hashes) == '#') {
            hashes++;
        }
        if (hashes == 0 || hashes > 6) {
            return 0;
        }
        int after = i + hashes;
        return after == line.length() || line.charAt(after) == ' ' || line.charAt(after) == '\t' ? hashes : 0;
    }

    /**
     * The index of the paragraph of one line that follows the line at {@code i} after blank lines,
     * if one does and reads as a title: a short line without sentence punctuation or a colon, that
     * starts no other block and has a blank line or the end after it; -1 otherwise.
     */
    private int loneLineAfter(int i) {
        int j = i + 1;
        while (j < lines.size() && SourceLines.isBlank(lines.get(j))) {
            j++;
        }
        if (j == i + 1 || j >= lines.size()) {
            return -1;
        }
        String candidate = lines.get(j);
        boolean startsBlock = atxLevel(candidate) > 0 || isRule(candidate) || isFence(candidate)
                || listMarkerEnd(candidate) > 0 || isQuote(candidate);
        boolean endsAlone = j + 1 >= lines.size() || SourceLines.isBlank(lines.get(j + 1));
        boolean title = FramingTitles.isShortTitle(candidate.replace("*", "")) && candidate.indexOf('：') < 0
                && candidate.indexOf(':') < 0;
        return !startsBlock && endsAlone && title ? j : -1;
    }

    private static String atxText(String line, int level) {
        String s = SourceLines.strip(line).substring(level);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '#') {
            end--;
        }
        // A closing run of # counts only when a space separates it from the text.
        if (end < s.length() && (end == 0 || s.charAt(end - 1) == ' ')) {
            s = s.substring(0, end);
        }
        return SourceLines.strip(s);
    }

    /** The index just after a list marker and its space ({@code "  * "}, {@code "1. "}), or -1. */
    static int listMarkerEnd(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length()) {
            return -1;
        }
        char c = line.charAt(i);
        int markerEnd;
        if (c == '*' || c == '-' || c == '+') {
            markerEnd = i + 1;
        } else {
            int digits = 0;
            while (i + digits < line.length() && digits < 10 && Character.isDigit(line.charAt(i + digits))
                    && line.charAt(i + digits) < 128) {
                digits++;
            }
            if (digits == 0 || digits > 9 || i + digits >= line.length()) {
                return -1;
            }
            char d = line.charAt(i + digits);
            if (d != '.' && d != ')') {
                return -1;
            }
            markerEnd = i + digits + 1;
        }
        if (markerEnd == line.length()) {
            return -1;
        }
        char after = line.charAt(markerEnd);
        if (after != ' ' && after != '\t' || SourceLines.isBlank(line.substring(markerEnd))) {
            return -1;
        }
        return markerEnd + 1;
    }

    private static boolean isQuote(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && line.charAt(i) == '>';
    }

    private static String quoteContent(String line) {
        int i = line.indexOf('>') + 1;
        if (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isFence(String line) {
        String s = SourceLines.strip(line);
        return SourceLines.indentation(line) <= 3 && (s.startsWith("```") || s.startsWith("~~~"));
    }
}
