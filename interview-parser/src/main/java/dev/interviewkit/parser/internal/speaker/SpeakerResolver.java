package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.rules.NotSpeakers;
import dev.interviewkit.parser.internal.rules.RoleWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides, for the whole document, which label candidates are speakers and who they are.
 *
 * <p>A label is a speaker when it behaves like one (DESIGN.md): it recurs, or it carries a role
 * word, or it names someone already accepted. Labels with a role prefix ({@code 嘉宾Sam Altman})
 * join the participant their name belongs to ({@code Sam Altman}). Words that label fields,
 * credits and bylines rather than people ({@code 商业合作}, {@code 图源}, {@code 摄影}) never become
 * speakers ({@link NotSpeakers}).
 */
public final class SpeakerResolver {

    /**
     * One label seen at the start of a line.
     *
     * @param label the label's text
     * @param line its source line
     * @param startsParagraph whether the line starts a paragraph, where turns start
     * @param plain whether the label is unbolded ({@code 问：}), which needs more evidence
     */
    public record Candidate(String label, int line, boolean startsParagraph, boolean plain) {}

    /** A plain label that is no role word speaks when it recurs at least this often. */
    static final int MIN_PLAIN_NAME_COUNT = 3;

    private final RoleWords roleWords;
    private final Set<String> notSpeakers;
    private final Predicate<String> declared;

    /**
     * A resolver.
     *
     * @param roleWords the role words labels may carry
     * @param extraNotSpeakers labels the user says are never speakers
     * @param declared labels the document itself declares as speakers (its front matter): such a
     *     bold label opens a turn wherever it starts a paragraph, however often it appears
     */
    public SpeakerResolver(RoleWords roleWords, Set<String> extraNotSpeakers, Predicate<String> declared) {
        this.roleWords = roleWords;
        this.declared = declared;
        this.notSpeakers = NotSpeakers.with(extraNotSpeakers);
    }

    /**
     * Who speaks: drafts in order of first appearance, the draft behind each accepted label, and
     * the lines where an unbolded label was accepted (elsewhere such a line is text).
     */
    public record Resolution(List<SpeakerDraft> speakers, Map<String, SpeakerDraft> byLabel, Set<Integer> plainTurnLines) {
        public Optional<SpeakerDraft> speakerFor(String label) {
            return Optional.ofNullable(byLabel.get(label));
        }

        /** The speaker of the unbolded label on {@code line}, if it was accepted there. */
        public Optional<SpeakerDraft> plainSpeakerFor(String label, int line) {
            return plainTurnLines.contains(line) ? speakerFor(label) : Optional.empty();
        }
    }

    public Resolution resolve(List<Candidate> candidates) {
        Map<String, Integer> countByKey = new HashMap<>();
        Map<String, Integer> plainCountByKey = new HashMap<>();
        Map<String, RoleWords.Parsed> parsedByLabel = new LinkedHashMap<>();
        // Labels recur on every turn: each is taken apart and keyed once.
        Map<String, String> keyByLabel = new HashMap<>();
        for (Candidate candidate : candidates) {
            RoleWords.Parsed parsed = parsedByLabel.computeIfAbsent(candidate.label(), roleWords::parse);
            String key = keyByLabel.get(candidate.label());
            if (key == null) {
                key = keyOf(parsed);
                keyByLabel.put(candidate.label(), key);
            }
            (candidate.plain() ? plainCountByKey : countByKey).merge(key, 1, Integer::sum);
        }
        boolean[] accepted = new boolean[candidates.size()];
        Set<String> acceptedKeys = new java.util.HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            RoleWords.Parsed parsed = parsedByLabel.get(candidates.get(i).label());
            Candidate candidate = candidates.get(i);
            String key = keyByLabel.get(candidate.label());
            accepted[i] = !candidate.plain() && (candidate.startsParagraph() && declared.test(candidate.label())
                    || isSpeaker(candidate.label(), parsed, countByKey.getOrDefault(key, 0), acceptedKeys.contains(key)));
            if (accepted[i]) {
                acceptedKeys.add(key);
            }
        }
        int firstBoldTurn = Integer.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            if (accepted[i]) {
                firstBoldTurn = Math.min(firstBoldTurn, candidates.get(i).line());
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            RoleWords.Parsed parsed = parsedByLabel.get(candidate.label());
            String key = keyByLabel.get(candidate.label());
            if (candidate.plain() && !isNeverASpeaker(candidate.label(), parsed)) {
                // A name that speaks in bold later is introduced by a plain roster line before
                // (Amanda Askell：负责对齐微调): that line is no turn.
                boolean speaksInBoldBefore = acceptedKeys.contains(key) && candidate.line() > firstBoldTurn;
                // Role words (问：, 提问：) start turns at any line; names only where paragraphs start.
                accepted[i] = parsed.roleWord().isPresent() || candidate.startsParagraph() && (speaksInBoldBefore
                        || !acceptedKeys.contains(key) && plainCountByKey.get(key) >= MIN_PLAIN_NAME_COUNT
                                && NameShapes.looksLikeName(candidate.label()));
            }
        }
        acceptLoneNamesBetweenTurns(candidates, parsedByLabel, accepted);
        Map<String, SpeakerDraft> draftsByKey = new LinkedHashMap<>();
        Map<String, SpeakerDraft> byLabel = new HashMap<>();
        List<SpeakerDraft> ordered = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!accepted[i]) {
                continue;
            }
            Candidate candidate = candidates.get(i);
            RoleWords.Parsed parsed = parsedByLabel.get(candidate.label());
            String key = keyByLabel.get(candidate.label());
            SpeakerDraft draft = draftsByKey.get(key);
            if (draft == null) {
                draft = new SpeakerDraft(key, parsed.isRoleOnly() ? candidate.label() : parsed.name());
                draftsByKey.put(key, draft);
                ordered.add(draft);
            }
            if (draft.aliases.add(candidate.label())) {
                parsed.roleWord().ifPresent(word -> {
                    SpeakerDraft d = draftsByKey.get(key);
                    if (!d.roleFromLabel) {
                        d.roleFromLabel = true;
                        d.assignRole(word.role(), "label '" + candidate.label() + "' (line " + candidate.line()
                                + ") carries the role word " + word.word() + " ("
                                + word.role().name().toLowerCase(Locale.ROOT) + ")");
                    }
                });
                if (draft.aliases.size() > 1) {
                    draft.evidence.add("label '" + candidate.label() + "' (line " + candidate.line()
                            + ") names the same speaker as '" + draft.aliases.iterator().next() + "'");
                }
            }
            byLabel.put(candidate.label(), draft);
        }
        assignIds(ordered);
        Set<Integer> plainTurnLines = new java.util.HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (accepted[i] && candidates.get(i).plain()) {
                plainTurnLines.add(candidates.get(i).line());
            }
        }
        return new Resolution(List.copyOf(ordered), Map.copyOf(byLabel), Set.copyOf(plainTurnLines));
    }

    /**
     * A name that appears once is a speaker when it sits where turns are: it starts a paragraph,
     * is shaped like a name, and a neighbouring label is an accepted speaker. This is the guest
     * who answers once; {@code **关键是：**} in the middle of a turn is not a name.
     */
    private void acceptLoneNamesBetweenTurns(List<Candidate> candidates, Map<String, RoleWords.Parsed> parsed,
            boolean[] accepted) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (accepted[i] || !candidate.startsParagraph() || candidate.plain()) {
                continue;
            }
            String label = candidate.label();
            boolean neighbourSpeaks = i > 0 && accepted[i - 1] || i + 1 < candidates.size() && accepted[i + 1];
            if (neighbourSpeaks && NameShapes.looksLikeName(label) && !isNeverASpeaker(label, parsed.get(label))) {
                accepted[i] = true;
            }
        }
    }

    private static String keyOf(RoleWords.Parsed parsed) {
        return parsed.isRoleOnly() ? "role:" + parsed.roleWord().orElseThrow().id()
                : RoleWords.nameKey(parsed.name());
    }

    private boolean isSpeaker(String label, RoleWords.Parsed parsed, int count, boolean keyKnown) {
        return !isNeverASpeaker(label, parsed) && (count >= 2 || parsed.roleWord().isPresent() || keyKnown);
    }

    private boolean isNeverASpeaker(String label, RoleWords.Parsed parsed) {
        return notSpeakers.contains(label.toLowerCase(Locale.ROOT))
                || notSpeakers.contains(parsed.name().toLowerCase(Locale.ROOT));
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
