package dev.interviewkit.evaluation;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A participant as the parser found it, reduced to what scoring compares.
 *
 * @param id the participant's id
 * @param forms its name and every label it was seen under
 * @param turns its turns as found
 * @param mergedTurns its turns once consecutive turns of one speaker are merged
 */
public record FoundSpeaker(String id, Set<String> forms, int turns, int mergedTurns) {

    /** The participants of {@code interview} that have turns, in order of first appearance. */
    public static List<FoundSpeaker> of(Interview interview) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        String previous = null;
        for (Turn turn : interview.turns()) {
            int[] c = counts.computeIfAbsent(turn.speaker(), id -> new int[2]);
            c[0]++;
            if (!turn.speaker().equals(previous)) {
                c[1]++;
            }
            previous = turn.speaker();
        }
        List<FoundSpeaker> found = new ArrayList<>();
        counts.forEach((id, c) -> {
            Participant p = interview.participant(id).orElseThrow();
            Set<String> forms = new LinkedHashSet<>();
            forms.add(p.name());
            forms.addAll(p.aliases());
            found.add(new FoundSpeaker(id, Set.copyOf(forms), c[0], c[1]));
        });
        return List.copyOf(found);
    }
}
