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

    /**
     * Whether {@code line}, {@link #strip stripped} and without its stars, starts with
     * {@code prefix} (which holds no star and no white space): read in place, without either copy.
     */
    public static boolean opensWith(String line, String prefix) {
        int i = 0;
        while (i < line.length() && isInvisible(line.charAt(i))) {
            i++;
        }
        for (int k = 0; k < prefix.length(); k++) {
            while (i < line.length() && line.charAt(i) == '*') {
                i++;
            }
            if (i >= line.length() || line.charAt(i) != prefix.charAt(k)) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** The last character of {@code line} that is not invisible, or a space when it has none. */
    public static char lastVisible(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (!isInvisible(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return ' ';
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
