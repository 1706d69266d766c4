package dev.interviewkit.model.internal;

/**
 * Counts words in mixed Chinese and Latin text: every Han ideograph is a word, and so is every run
 * of letters or digits (apostrophes and hyphens inside a run keep it whole).
 */
public final class WordCounter {

    private WordCounter() {}

    /**
     * How much one text holds, counted in one pass by {@link #count}.
     *
     * @param words its {@link #words(CharSequence) words}
     * @param visibleCharacters its {@link #visibleCharacters(CharSequence) visible characters}
     */
    public record Counts(int words, int visibleCharacters) {}

    /** The number of words in {@code text}. */
    public static int words(CharSequence text) {
        return count(text).words();
    }

    /** The number of characters (code points) in {@code text} that are not white space. */
    public static int visibleCharacters(CharSequence text) {
        return count(text).visibleCharacters();
    }

    /**
     * The {@link #words words} and {@link #visibleCharacters visible characters} of {@code text},
     * read once: statistics need both for every turn of every parse.
     */
    public static Counts count(CharSequence text) {
        int words = 0;
        int visible = 0;
        boolean inRun = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            // Fast paths for the kinds of character an article is nearly all made of; the general
            // path below gives the same answer for them, only slower (statistics are computed for
            // every parse of an archive).
            if (CjkCharacters.isCommonIdeograph(c)) {
                // A whole run of ideographs in a tight loop, each one word and one visible
                // character: Chinese text is mostly such runs, and this halves the time per character.
                int start = i;
                do {
                    i++;
                } while (i < length && CjkCharacters.isCommonIdeograph(text.charAt(i)));
                words += i - start;
                visible += i - start;
                inRun = false;
                continue;
            }
            if (c < 0x80) { // no surrogate, no Unicode lookup
                i++;
                if (isAsciiLetterOrDigit(c)) {
                    words += inRun ? 0 : 1;
                    inRun = true;
                    visible++;
                } else {
                    visible += isAsciiWhiteSpace(c) ? 0 : 1;
                    inRun = inRun && isJoiner(c) && startsLatinRun(text, i);
                }
                continue;
            }
            if (isCommonPunctuation(c)) { // the marks of Chinese text: no Unicode lookup either
                i++;
                visible++;
                inRun = inRun && isJoiner(c) && startsLatinRun(text, i);
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? Character.codePointAt(text, i) : c;
            i += Character.charCount(cp);
            visible += Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? 0 : 1;
            boolean letterOrDigit = Character.isLetterOrDigit(cp);
            if (letterOrDigit && CjkCharacters.isWide(cp)) {
                words++;
                inRun = false;
            } else if (letterOrDigit) {
                words += inRun ? 0 : 1;
                inRun = true;
            } else {
                inRun = inRun && isJoiner(cp) && startsLatinRun(text, i);
            }
        }
        return new Counts(words, visible);
    }

    /**
     * Whether {@code c} is one of the punctuation marks Chinese text is full of: general
     * punctuation (dashes, quotes, {@code …}), {@code 、。〃}, the brackets {@code 〈〉《》「」『』【】} and
     * the full-width marks before and after the full-width digits ({@code ，：？！（）}). None is a
     * letter, a digit or a space, so each is one visible character and no word.
     */
    private static boolean isCommonPunctuation(char c) {
        return c >= '\u2010' && c <= '\u2027'
                || c >= '\u3001' && c <= '\u3003'
                || c >= '\u3008' && c <= '\u3011'
                || c >= '\uFF01' && c <= '\uFF0F'
                || c >= '\uFF1A' && c <= '\uFF20';
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

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar} of an ASCII character. */
    private static boolean isAsciiWhiteSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
}
