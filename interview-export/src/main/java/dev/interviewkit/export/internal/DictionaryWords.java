package dev.interviewkit.export.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * Finds the words of a short word list wherever they occur, overlapping or not. Each word of two
 * to four chars is packed into one {@code long} (sixteen bits a char), so that looking one up is a
 * binary search over primitives, without building a substring at every index.
 */
final class DictionaryWords implements WordBoundaries {

    /** The everyday words of {@link CommonWords}. */
    static final DictionaryWords COMMON = new DictionaryWords(CommonWords.WORDS);

    private static final int LONGEST = 4;

    private final long[] keys;
    private final BitSet firstChars = new BitSet(1 << 16);

    DictionaryWords(Set<String> words) {
        keys = new long[words.size()];
        int k = 0;
        for (String word : words) {
            if (word.length() < 2 || word.length() > LONGEST || word.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a word is two to " + LONGEST + " chars without NUL: " + word);
            }
            long key = 0;
            for (int c = 0; c < word.length(); c++) {
                key |= slot(word.charAt(c), c);
            }
            keys[k++] = key;
            firstChars.set(word.charAt(0));
        }
        Arrays.sort(keys);
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
                if (Arrays.binarySearch(keys, key) >= 0) {
                    words.add(from, from + length);
                }
            }
        }
        return words;
    }

    private static long slot(char c, int position) {
        return (long) c << (16 * (LONGEST - 1 - position));
    }
}
