package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.rules.RoleWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the participants of the turns the {@link SpeakerModel} accepted: one draft per speaker,
 * however many label forms name them. Labels with a role prefix ({@code 嘉宾Sam Altman}) join the
 * participant their name belongs to ({@code Sam Altman}) and give it the role.
 */
public final class SpeakerResolver {

    private final RoleWords roleWords;

    /** A resolver of labels that may carry {@code roleWords}. */
    public SpeakerResolver(RoleWords roleWords) {
        this.roleWords = roleWords;
    }

    /**
     * Who speaks: drafts in order of first appearance, and the speaker of each accepted label by
     * its position (line and column), where the splitter starts a turn.
     */
    public record Resolution(List<SpeakerDraft> speakers, Map<Long, SpeakerDraft> byPosition,
            Map<Integer, List<LabelOccurrence>> gluedByLine) {

        /** The speaker whose accepted label starts at {@code column} of {@code line}, if one does. */
        public Optional<SpeakerDraft> speakerAt(int line, int column) {
            return Optional.ofNullable(byPosition.get(position(line, column)));
        }

        /** The accepted labels glued to the text before them on {@code line} (a question after a caption). */
        public List<LabelOccurrence> gluedOn(int line) {
            return gluedByLine.getOrDefault(line, List.of());
        }

        static long position(int line, int column) {
            return (long) line << 32 | column;
        }
    }

    /**
     * The participants behind {@code turns}, the occurrences that start turns, in source order;
     * {@code speakerKey} says which speaker a label names (one key for all its forms).
     */
    public Resolution resolve(List<LabelOccurrence> turns, java.util.function.Function<String, String> speakerKey) {
        Map<String, SpeakerDraft> draftsByKey = new LinkedHashMap<>();
        Map<Long, SpeakerDraft> byPosition = new HashMap<>();
        Map<Integer, List<LabelOccurrence>> glued = new HashMap<>();
        Map<String, RoleWords.Parsed> parsedByLabel = new HashMap<>();
        List<SpeakerDraft> ordered = new ArrayList<>();
        for (LabelOccurrence turn : turns) {
            String label = turn.label();
            RoleWords.Parsed parsed = parsedByLabel.computeIfAbsent(label, roleWords::parse);
            String key = speakerKey.apply(label);
            SpeakerDraft draft = draftsByKey.get(key);
            if (draft == null) {
                draft = new SpeakerDraft(key, parsed.isRoleOnly() ? label : parsed.name());
                draftsByKey.put(key, draft);
                ordered.add(draft);
            }
            if (draft.aliases.add(label)) {
                SpeakerDraft d = draft;
                parsed.roleWord().ifPresent(word -> {
                    if (!d.roleFromLabel) {
                        d.roleFromLabel = true;
                        d.assignRole(word.role(), "label '" + label + "' (line " + turn.line() + ") carries the role word "
                                + word.word() + " (" + word.role().name().toLowerCase(Locale.ROOT) + ")");
                    }
                });
                if (draft.aliases.size() > 1) {
                    draft.evidence.add("label '" + label + "' (line " + turn.line() + ") names the same speaker as '"
                            + draft.aliases.iterator().next() + "'");
                }
            }
            byPosition.put(Resolution.position(turn.line(), turn.column()), draft);
            if (turn.glued()) {
                glued.computeIfAbsent(turn.line(), l -> new ArrayList<>()).add(turn);
            }
        }
        assignIds(ordered);
        glued.replaceAll((line, list) -> list.stream().sorted(java.util.Comparator.comparingInt(LabelOccurrence::column)).toList());
        return new Resolution(List.copyOf(ordered), Map.copyOf(byPosition), Map.copyOf(glued));
    }

    private static void assignIds(List<SpeakerDraft> drafts) {
        Map<String, Integer> used = new HashMap<>();
        for (SpeakerDraft draft : drafts) {
            String base = draft.key.startsWith("role:") ? draft.key.substring("role:".length()) : slug(draft.name);
            int n = used.merge(base, 1, Integer::sum);
            draft.id = n == 1 ? base : base + "-" + n;
        }
    }

    /** {@code Sam Altman} → {@code sam-altman}; names in other scripts keep their letters. */
    static String slug(String name) {
        StringBuilder slug = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.appendCodePoint(Character.toLowerCase(cp));
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.length() == 0 ? "speaker" : slug.toString();
    }
}
