package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Learns about participants from what they say once the turns are known: a host labelled only by
 * a role word who introduces herself ({@code 我是Elain Chaw}) gets that name, and a participant no
 * label gives a role gets one from behaviour (who asks the questions). Each conclusion is recorded
 * as evidence.
 */
final class ParticipantRefiner {

    private ParticipantRefiner() {}

    static void refine(List<SpeakerDraft> speakers, List<Section> sections) {
        Map<String, SpeakerDraft> byId = new HashMap<>();
        speakers.forEach(s -> byId.put(s.id, s));
        Map<String, int[]> turnsAndQuestions = new HashMap<>();
        for (Section section : sections) {
            for (Turn turn : section.turns()) {
                int[] counts = turnsAndQuestions.computeIfAbsent(turn.speaker(), k -> new int[2]);
                counts[0]++;
                String text = turn.text().strip();
                if (text.endsWith("？") || text.endsWith("?")) {
                    counts[1]++;
                }
                SpeakerDraft speaker = byId.get(turn.speaker());
                if (speaker != null && speaker.aliases.contains(speaker.name) && speaker.key.startsWith("role:")) {
                    selfIntroduction(text).ifPresent(name -> {
                        speaker.evidence.add("introduces themself as " + name + " (line "
                                + turn.lines().map(r -> String.valueOf(r.start())).orElse("?") + ")");
                        speaker.name = name;
                    });
                }
            }
        }
        inferRolesFromBehaviour(speakers, turnsAndQuestions);
    }

    /** The Latin name after {@code 我是} ({@code 我是Elain Chaw。}), if the text has one. */
    static Optional<String> selfIntroduction(String text) {
        int at = text.indexOf("我是");
        while (at >= 0) {
            int i = at + 2;
            if (text.startsWith("主持人", i)) {
                i += 3;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            int words = 0;
            while (i < text.length() && isUpperLatin(text.charAt(i)) && words < 4) {
                int wordEnd = i + 1;
                while (wordEnd < text.length() && isLatinNamePart(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                words++;
                i = wordEnd;
                if (i + 1 < text.length() && text.charAt(i) == ' ' && isUpperLatin(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            boolean ends = i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
            if (words >= 2 && ends) {
                return Optional.of(text.substring(start, i).strip());
            }
            at = text.indexOf("我是", at + 2);
        }
        return Optional.empty();
    }

    private static boolean isUpperLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLatinNamePart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '-';
    }

    /**
     * Roles from behaviour, for participants no label gave one: beside a host or interviewer, one
     * who does not ask is a guest; of two unknown speakers, the one who asks more is the interviewer.
     */
    private static void inferRolesFromBehaviour(List<SpeakerDraft> speakers, Map<String, int[]> counts) {
        List<SpeakerDraft> unknown = speakers.stream().filter(s -> s.role == Role.UNKNOWN).toList();
        if (unknown.isEmpty()) {
            return;
        }
        boolean hasAsker = speakers.stream().anyMatch(s -> s.role == Role.HOST || s.role == Role.INTERVIEWER);
        for (SpeakerDraft speaker : unknown) {
            int[] c = counts.getOrDefault(speaker.id, new int[2]);
            if (hasAsker && c[0] > 0 && c[1] * 2 < c[0]) {
                speaker.assignRole(Role.GUEST, String.format(Locale.ROOT,
                        "answers rather than asks: %d of %d turns end in a question, and another speaker hosts",
                        c[1], c[0]));
            }
        }
        if (!hasAsker && unknown.size() == speakers.size() && speakers.size() == 2) {
            SpeakerDraft a = speakers.get(0);
            SpeakerDraft b = speakers.get(1);
            int[] ca = counts.getOrDefault(a.id, new int[2]);
            int[] cb = counts.getOrDefault(b.id, new int[2]);
            if (ca[1] != cb[1]) {
                SpeakerDraft asker = ca[1] > cb[1] ? a : b;
                SpeakerDraft answerer = asker == a ? b : a;
                int[] askerCounts = asker == a ? ca : cb;
                int[] answererCounts = asker == a ? cb : ca;
                asker.assignRole(Role.INTERVIEWER, String.format(Locale.ROOT,
                        "asks the questions: %d of %d turns end in a question mark", askerCounts[1], askerCounts[0]));
                answerer.assignRole(Role.GUEST, String.format(Locale.ROOT,
                        "answers the questions: %d of %d turns end in a question mark", answererCounts[1],
                        answererCounts[0]));
            }
        }
    }
}
