package dev.interviewkit.export.internal;

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
