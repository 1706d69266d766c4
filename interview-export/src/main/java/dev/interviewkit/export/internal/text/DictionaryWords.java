package dev.interviewkit.export.internal.text;

import java.util.BitSet;
import java.util.Set;

/**
 * Finds the words of a short word list wherever they occur, overlapping or not. Each word of two
 * to four chars is packed into one {@code long} (sixteen bits a char) and kept in an open-addressing
 * table, so that looking one up is a probe or two, without building a substring at every index.
 */
final class DictionaryWords implements WordBoundaries {

    /** The everyday words of {@link CommonWords}. */
    static final DictionaryWords COMMON = new DictionaryWords(CommonWords.WORDS);

    private static final int LONGEST = 4;

    /** Packed words at their hash; 0, which no word packs to, marks an empty slot. */
    private final long[] table;
    private final int mask;
    private final BitSet firstChars = new BitSet(1 << 16);

    DictionaryWords(Set<String> words) {
        table = new long[Integer.highestOneBit(Math.max(1, words.size()) * 4 - 1) << 1];
        mask = table.length - 1;
        for (String word : words) {
            if (word.length() < 2 || word.length() > LONGEST || word.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a word is two to " + LONGEST + " chars without NUL: " + word);
            }
            long key = 0;
            for (int c = 0; c < word.length(); c++) {
                key |= slot(word.charAt(c), c);
            }
            int slot = hash(key);
            while (table[slot] != 0 && table[slot] != key) {
                slot = (slot + 1) & mask;
            }
            table[slot] = key;
            firstChars.set(word.charAt(0));
        }
    }

    @Override
    public Words find(String text) {
        int n = text.length();
        Words words = new Words(n);
        for (int from = 0; from < n - 1; from++) {
            if (!firstChars.get(text.charAt(from))) {
                continue;
            }
            long key = slot(text.charAt(from), 0);
            for (int length = 2; length <= LONGEST && from + length <= n; length++) {
                char c = text.charAt(from + length - 1);
                if (c == '\0') {
                    break; // an empty slot marks a shorter word: NUL must not look like one
                }
                key |= slot(c, length - 1);
                if (contains(key)) {
                    words.add(from, from + length);
                }
            }
        }
        return words;
    }

    private boolean contains(long key) {
        for (int slot = hash(key); table[slot] != 0; slot = (slot + 1) & mask) {
            if (table[slot] == key) {
                return true;
            }
        }
        return false;
    }

    private int hash(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & mask;
    }

    private static long slot(char c, int position) {
        return (long) c << (16 * (LONGEST - 1 - position));
    }
}
