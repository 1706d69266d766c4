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
        return (int) text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).count();
    }
}
