package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.assembly.Unit;
import dev.interviewkit.parser.internal.assembly.UnitPass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds roster lines: the first use of a role label followed by a name instead of speech
 * ({@code **Q：CBS 主持人 Brook Silva-Braga}, {@code **A：Geoffrey Hinton**}). Such a line says who
 * the letter stands for; it is no turn, and the participant takes the name.
 */
public final class RosterLines implements UnitPass {

    private static final int MAX_ROSTER_TEXT = 40;

    /** {@code units} with each role label's roster line marked as such. */
    @Override
    public List<Unit> apply(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        Set<SpeakerDraft> spoken = new HashSet<>();
        for (Unit unit : units) {
            if (unit.kind() != Unit.Kind.TURN_START) {
                out.add(unit);
                continue;
            }
            SpeakerDraft speaker = unit.label().orElseThrow().speaker();
            if (!spoken.contains(speaker) && speaker.key.startsWith("role:")
                    && isRosterText(unit, unit.inlines().plainText().strip())) {
                out.add(unit.as(Unit.Kind.ROSTER, unit.label()));
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

    /**
     * The name in a roster text: its trailing full name in Latin letters (two to four capitalised
     * words, {@code Geoffrey Hinton}), or a Han name after a description ({@code CBS 主持人 张三}).
     * A lone word such as {@code 开头} or {@code AGI} is speech, not a roster.
     */
    static String rosterName(String text) {
        String[] words = text.strip().split("\\s+");
        int start = words.length;
        while (start > 0 && isLatinNameWord(words[start - 1]) && words.length - start < 4) {
            start--;
        }
        if (words.length - start >= 2) {
            return String.join(" ", java.util.Arrays.asList(words).subList(start, words.length));
        }
        String last = words[words.length - 1];
        return words.length >= 2 && NameShapes.looksLikeName(last) && last.charAt(0) >= 128 ? last : "";
    }

    /** What the roster says besides the name ({@code CBS 主持人}), if anything. */
    static String description(String text) {
        String name = rosterName(text);
        String t = text.strip();
        return t.endsWith(name) ? t.substring(0, t.length() - name.length()).strip() : "";
    }

    /** {@code Silva-Braga}, {@code O'Neil}: capitalised, not all capitals ({@code AGI} is an acronym). */
    private static boolean isLatinNameWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.charAt(0) < 128
                && word.chars().anyMatch(Character::isLowerCase)
                && word.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == '-' || c == '\'' || c == '.'));
    }
}
