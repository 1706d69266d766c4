package dev.interviewkit.model.internal;

/**
 * Counts words in mixed Chinese and Latin text: every Han ideograph is a word, and so is every run
 * of letters or digits (apostrophes and hyphens inside a run keep it whole).
 */
public final class WordCounter {

    private WordCounter() {}

    /** The number of words in {@code text}. */
    public static int words(CharSequence text) {
        int words = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // Fast paths for the two kinds of character an article is nearly all made of; the
            // general path below gives the same answer for them, only slower (statistics are
            // computed for every parse of an archive).
            if (CjkCharacters.isCommonIdeograph(c)) {
                words++;
                inRun = false;
                i++;
                continue;
            }
            if (c < 0x80 && isAsciiLetterOrDigit(c)) {
                words += inRun ? 0 : 1;
                inRun = true;
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) && CjkCharacters.isWide(cp)) {
                words++;
                inRun = false;
            } else if (Character.isLetterOrDigit(cp)) {
                words += inRun ? 0 : 1;
                inRun = true;
            } else {
                inRun = inRun && isJoiner(cp) && startsLatinRun(text, i);
            }
        }
        return words;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Characters that keep a run whole when letters or digits follow: {@code don't}, {@code 3.5}, {@code 10,000}. */
    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || cp == '.' || cp == ',';
    }

    private static boolean startsLatinRun(CharSequence text, int index) {
        if (index >= text.length()) {
            return false;
        }
        int cp = Character.codePointAt(text, index);
        return Character.isLetterOrDigit(cp) && !CjkCharacters.isWide(cp);
    }

    /** The number of characters (code points) in {@code text} that are not white space. */
    public static int visibleCharacters(CharSequence text) {
        int visible = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80 || CjkCharacters.isCommonIdeograph(c)) { // fast path: no surrogate, no Unicode lookup
                visible += isAsciiWhiteSpace(c) ? 0 : 1;
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            visible += Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? 0 : 1;
        }
        return visible;
    }

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar} of an ASCII character. */
    private static boolean isAsciiWhiteSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
}
