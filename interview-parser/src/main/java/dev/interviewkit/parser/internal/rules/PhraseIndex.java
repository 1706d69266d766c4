package dev.interviewkit.parser.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of many phrases a text contains, found in one pass over the text: the phrases are
 * indexed by their first character, and only those that start with a character of the text are
 * compared there. Asking {@code text.contains(phrase)} of every phrase reads the text once a
 * phrase; this reads it once.
 *
 * <p>Each phrase belongs to a group (a rule's row); {@link #firstGroup} answers the lowest group
 * with a phrase in the text, as trying the groups in order would.
 */
final class PhraseIndex {

    private static final int NONE = Integer.MAX_VALUE;

    /** The phrases, by their first character; each list in group order. */
    private final Map<Character, Phrase[]> byFirst;
    /** Bit {@code c} set where some phrase starts with {@code c}: most characters of a text start none. */
    private final long[] firsts = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    /** The lowest group with an empty phrase, which every text contains; {@link #NONE} if none. */
    private final int emptyGroup;

    private record Phrase(String text, int group) {}

    /** {@code groups.get(g)}: the phrases of group {@code g}. */
    PhraseIndex(List<List<String>> groups) {
        Map<Character, List<Phrase>> index = new HashMap<>();
        int empty = NONE;
        for (int g = 0; g < groups.size(); g++) {
            for (String phrase : groups.get(g)) {
                if (phrase.isEmpty()) {
                    empty = Math.min(empty, g);
                } else {
                    index.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>()).add(new Phrase(phrase, g));
                }
            }
        }
        Map<Character, Phrase[]> arrays = new HashMap<>();
        index.forEach((c, phrases) -> {
            arrays.put(c, phrases.toArray(new Phrase[0]));
            firsts[c >>> 6] |= 1L << c;
        });
        this.byFirst = Map.copyOf(arrays);
        this.emptyGroup = empty;
    }

    /** The lowest group that has a phrase {@code text} contains, or -1. */
    int firstGroup(String text) {
        int best = emptyGroup;
        for (int i = 0; i < text.length() && best > 0; i++) {
            char c = text.charAt(i);
            if ((firsts[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            Phrase[] candidates = byFirst.get(c);
            for (Phrase phrase : candidates) {
                if (phrase.group >= best) {
                    break; // the rest are of this group or later ones
                }
                if (text.startsWith(phrase.text, i)) {
                    best = phrase.group;
                }
            }
        }
        return best == NONE ? -1 : best;
    }
}
