package dev.interviewkit.parser.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds roster lines: the first use of a role label followed by a name instead of speech
 * ({@code **Q：CBS 主持人 Brook Silva-Braga}, {@code **A：Geoffrey Hinton**}). Such a line says who
 * the letter stands for; it is no turn, and the participant takes the name.
 */
final class RosterLines {

    private static final int MAX_ROSTER_TEXT = 40;

    private RosterLines() {}

    static List<Unit> mark(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        Set<SpeakerDraft> spoken = new HashSet<>();
        for (Unit unit : units) {
            if (unit.kind() != Unit.Kind.TURN_START) {
                out.add(unit);
                continue;
            }
            SpeakerDraft speaker = unit.label().orElseThrow().speaker();
            String text = InlineParser.parse(unit.content()).plainText().strip();
            if (!spoken.contains(speaker) && speaker.key.startsWith("role:") && isRosterText(unit, text)) {
                out.add(new Unit(Unit.Kind.ROSTER, unit.firstLine(), unit.lastLine(), unit.content(), unit.level(),
                        unit.label(), List.of()));
                continue;
            }
            spoken.add(speaker);
            out.add(unit);
        }
        return out;
    }

    /** A short name, no sentence: no sentence punctuation, no question. */
    private static boolean isRosterText(Unit unit, String text) {
        if (unit.content().size() != 1 || text.isEmpty() || text.codePointCount(0, text.length()) > MAX_ROSTER_TEXT) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("。，,？?！!；;".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return endsWithName(text);
    }

    private static boolean endsWithName(String text) {
        return !rosterName(text).isEmpty();
    }

    /** The name in a roster text: its trailing Latin name, or its last word. */
    static String rosterName(String text) {
        String[] words = text.strip().split("\\s+");
        int start = words.length;
        while (start > 0 && isLatinNameWord(words[start - 1]) && words.length - start < 4) {
            start--;
        }
        if (start < words.length) {
            return String.join(" ", java.util.Arrays.asList(words).subList(start, words.length));
        }
        String last = words[words.length - 1];
        return NameShapes.looksLikeName(last) ? last : "";
    }

    /** What the roster says besides the name ({@code CBS 主持人}), if anything. */
    static String description(String text) {
        String name = rosterName(text);
        String t = text.strip();
        return t.endsWith(name) ? t.substring(0, t.length() - name.length()).strip() : "";
    }

    private static boolean isLatinNameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.charAt(0) < 128
                && word.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == '-' || c == '\'' || c == '.'));
    }
}
