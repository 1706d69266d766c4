package dev.interviewkit.export.internal.text;

/**
 * Where a text's words lie, as far as line breaking needs to know: which places between two
 * characters fall inside a word, and where words start and end. The layout asks nothing else of
 * word knowledge, so a dictionary segmenter (ICU's) can replace today's word list here without
 * touching the break rules.
 */
public interface WordBoundaries {

    /** The words of {@code text}, found in one pass. */
    Words find(String text);

    /** Today's knowledge: the everyday words of {@link CommonWords}. */
    static WordBoundaries standard() {
        return DictionaryWords.COMMON;
    }

    /** The words found in one text, answered per index in constant time. */
    final class Words {
        private static final byte INSIDE = 1;
        private static final byte STARTS = 2;
        private static final byte ENDS = 4;
        private static final byte FORBIDDEN = 8;
        private static final byte IN_DICTIONARY_WORD = 16;

        private final byte[] flags;

        /** No words yet in a text of {@code length} chars. */
        public Words(int length) {
            flags = new byte[length + 1];
        }

        /** Records a word at {@code [from, to)}, at least two chars long. */
        public void add(int from, int to) {
            flags[from] |= STARTS;
            flags[to] |= ENDS;
            for (int k = from + 1; k < to; k++) {
                flags[k] |= INSIDE;
            }
        }

        /**
         * Records a dictionary word at {@code [from, to)}, at least two chars long: a word like any
         * other, and a break inside it is {@link #forbidden}.
         */
        public void addDictionaryWord(int from, int to) {
            add(from, to);
            for (int k = from + 1; k < to; k++) {
                flags[k] |= FORBIDDEN | IN_DICTIONARY_WORD;
            }
        }

        /** Records that a line may not break at {@code i} (Unicode line breaking). */
        public void forbidBreak(int i) {
            flags[i] |= FORBIDDEN;
        }

        /** Whether a break at {@code i} falls inside a dictionary word or against Unicode line breaking. */
        public boolean forbidden(int i) {
            return (flags[i] & FORBIDDEN) != 0;
        }

        /** Whether a break at {@code i} falls inside a dictionary word. */
        public boolean insideDictionaryWord(int i) {
            return (flags[i] & IN_DICTIONARY_WORD) != 0;
        }

        /** Whether a word runs across index {@code i}: one starts before it and ends after it. */
        public boolean inside(int i) {
            return (flags[i] & INSIDE) != 0;
        }

        /** Whether a word starts at {@code i}. */
        public boolean starts(int i) {
            return (flags[i] & STARTS) != 0;
        }

        /** Whether a word ends at {@code i}. */
        public boolean ends(int i) {
            return (flags[i] & ENDS) != 0;
        }
    }
}
