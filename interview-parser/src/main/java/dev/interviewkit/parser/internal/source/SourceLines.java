package dev.interviewkit.parser.internal.source;

/** Facts about single source lines that every stage agrees on. */
public final class SourceLines {

    private SourceLines() {}

    /**
     * Whether a line holds nothing a reader sees: only spaces, tabs, no-break spaces, ideographic
     * spaces or zero-width characters. Such lines separate blocks and need no home in the model.
     */
    public static boolean isBlank(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isInvisible(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** White space of any width, and the zero-width characters exporters leave behind. */
    public static boolean isInvisible(char c) {
        if (c > ' ' && c < '\u00A0' || c > '\u3000' && c != '\uFEFF') {
            return false; // most text (Latin, CJK) answers here, before the slower isWhitespace look-up
        }
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || Character.isWhitespace(c);
    }

    /**
     * Whether {@code line} ends in a hard break: two spaces (html2text's {@code <br>}) or a
     * backslash that is not itself escaped.
     */
    public static boolean endsWithHardBreak(String line) {
        return line.endsWith("  ") && !isBlank(line) || line.endsWith("\\") && !line.endsWith("\\\\");
    }

    /** How many leading columns of indentation (a tab counts 4) the line has. */
    public static int indentation(CharSequence line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    /** {@code line} without leading and trailing invisible characters. */
    public static String strip(CharSequence line) {
        int start = 0;
        int end = line.length();
        while (start < end && isInvisible(line.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(line.charAt(end - 1))) {
            end--;
        }
        return line.subSequence(start, end).toString();
    }
}
