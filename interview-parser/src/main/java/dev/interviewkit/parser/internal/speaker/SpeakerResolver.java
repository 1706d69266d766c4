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

    /** An accepted label, as the speaker model's scan found it, and who it names. */
    public record Accepted(LabelOccurrence occurrence, SpeakerDraft speaker) {}

    /**
     * The accepted labels of one line, in column order, and who each names. A line may hold many
     * (a transcript the exporter ran into one line), so a place is found by binary search.
     */
    static final class LineLabels {
        private final int[] columns;
        private final LabelOccurrence[] occurrences;
        private final SpeakerDraft[] speakers;
        private final List<LabelOccurrence> glued;

        /** {@code accepted}: the line's labels in the order of the turns, with their speakers. */
        LineLabels(List<Map.Entry<LabelOccurrence, SpeakerDraft>> accepted) {
            // A stable sort: labels at one place keep the order of the turns, and the last names it.
            List<Map.Entry<LabelOccurrence, SpeakerDraft>> sorted = accepted.stream()
                    .sorted(java.util.Comparator.comparingInt(e -> e.getKey().column())).toList();
            columns = new int[sorted.size()];
            occurrences = new LabelOccurrence[sorted.size()];
            speakers = new SpeakerDraft[sorted.size()];
            List<LabelOccurrence> gluedLabels = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                columns[i] = sorted.get(i).getKey().column();
                occurrences[i] = sorted.get(i).getKey();
                speakers[i] = sorted.get(i).getValue();
                if (sorted.get(i).getKey().glued()) {
                    gluedLabels.add(sorted.get(i).getKey());
                }
            }
            glued = List.copyOf(gluedLabels);
        }

        /** The index of the last accepted label at {@code column}, or -1. */
        private int lastAt(int column) {
            int low = 0;
            int high = columns.length;
            while (low < high) { // the first index past every column <= column
                int mid = (low + high) >>> 1;
                if (columns[mid] <= column) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low > 0 && columns[low - 1] == column ? low - 1 : -1;
        }
    }

    /**
     * Who speaks: drafts in order of first appearance, and the accepted labels of each line, where
     * the splitter starts turns. The splitter asks by line: a line without an accepted label (most
     * lines of most articles) is not read for labels again.
     */
    public static final class Resolution {
        private final List<SpeakerDraft> speakers;
        /** {@code byLine[n]}: the accepted labels of source line {@code n}, or null; the splitter asks of every line. */
        private final LineLabels[] byLine;

        Resolution(List<SpeakerDraft> speakers, LineLabels[] byLine) {
            this.speakers = speakers;
            this.byLine = byLine;
        }

        /** The speakers, in order of first appearance. */
        public List<SpeakerDraft> speakers() {
            return speakers;
        }

        /** Whether the speaker model accepted a label on {@code line}. */
        public boolean hasLabelOn(int line) {
            return labelsOn(line) != null;
        }

        private LineLabels labelsOn(int line) {
            return line >= 0 && line < byLine.length ? byLine[line] : null;
        }

        /**
         * The accepted label at {@code column} of {@code line} (the last one, should two stand
         * there), as the speaker model's scan found it, and its speaker.
         */
        public Optional<Accepted> acceptedAt(int line, int column) {
            LineLabels labels = labelsOn(line);
            int at = labels == null ? -1 : labels.lastAt(column);
            return at < 0 ? Optional.empty() : Optional.of(new Accepted(labels.occurrences[at], labels.speakers[at]));
        }

        /** The accepted labels glued to the text before them on {@code line} (a question after a caption), in column order. */
        public List<LabelOccurrence> gluedOn(int line) {
            LineLabels labels = labelsOn(line);
            return labels == null ? List.of() : labels.glued;
        }
    }

    /**
     * The participants behind {@code turns}, the occurrences that start turns, in source order;
     * {@code speakerKey} says which speaker a label names (one key for all its forms).
     */
    public Resolution resolve(List<LabelOccurrence> turns, java.util.function.Function<String, String> speakerKey) {
        Map<String, SpeakerDraft> draftsByKey = new LinkedHashMap<>();
        Map<Integer, List<Map.Entry<LabelOccurrence, SpeakerDraft>>> accepted = new HashMap<>();
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
            accepted.computeIfAbsent(turn.line(), l -> new ArrayList<>()).add(Map.entry(turn, draft));
        }
        assignIds(ordered);
        LineLabels[] byLine = new LineLabels[accepted.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        accepted.forEach((line, labels) -> byLine[line] = new LineLabels(labels));
        return new Resolution(List.copyOf(ordered), byLine);
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
