package dev.interviewkit.model;

import dev.interviewkit.model.internal.WordCounter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One interview article: metadata, participants, front matter, highlights, the transcript in
 * sections of turns, and everything else the source held (media, related links, credits,
 * boilerplate), each with the source lines it came from.
 *
 * <p>Invariants are checked when it is built: participant ids are unique, every turn's speaker is
 * a participant, only the first section may be untitled.
 */
@Value.Immutable
@ModelStyle
public abstract class Interview {

    Interview() {}

    /** What the article says about itself. */
    @Value.Default
    public Metadata metadata() {
        return Metadata.empty();
    }

    /** Everyone who speaks, in order of first appearance. */
    public abstract List<Participant> participants();

    /** The front matter before the transcript: lead paragraphs, notes, lists. */
    public abstract List<Block> lead();

    /** The article's key points, in titled groups. */
    public abstract List<Highlight> highlights();

    /** The transcript: sections of turns, in order. */
    public abstract List<Section> sections();

    /** Media referenced outside paragraphs, such as the source video. */
    public abstract List<MediaReference> media();

    /** Links to related articles. */
    public abstract List<RelatedLink> related();

    /** Where the material comes from. */
    public abstract List<Credit> credits();

    /** Everything that is not content, classified, so that nothing is silently lost. */
    public abstract List<Boilerplate> boilerplate();

    /** What the parser noticed while reading the source. */
    public abstract List<Diagnostic> diagnostics();

    /** Every turn of every section, in order. */
    @Value.Lazy
    public List<Turn> turns() {
        return sections().stream().flatMap(s -> s.turns().stream()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether the article holds a transcript: at least one speaker turn. An article that is not an
     * interview (a report, an essay, a notice) has none, which is as useful an answer as a
     * transcript to someone sorting an archive.
     */
    public final boolean hasTranscript() {
        return !turns().isEmpty();
    }

    /** The participant with {@code id}, if there is one. */
    public final Optional<Participant> participant(String id) {
        return Optional.ofNullable(participantsById().get(id));
    }

    @Value.Lazy
    Map<String, Participant> participantsById() {
        return participants().stream().collect(Collectors.toUnmodifiableMap(Participant::id, Function.identity()));
    }

    /** How much each participant says, in the order of {@link #participants()}. */
    @Value.Lazy
    public List<ParticipantStatistics> statistics() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        participants().forEach(p -> counts.put(p.id(), new int[3]));
        long totalWords = 0;
        for (Turn turn : turns()) {
            int[] c = counts.get(turn.speaker());
            String text = turn.text();
            int words = WordCounter.words(text);
            c[0]++;
            c[1] += WordCounter.visibleCharacters(text);
            c[2] += words;
            totalWords += words;
        }
        List<ParticipantStatistics> result = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            result.add(ParticipantStatistics.builder()
                    .participantId(e.getKey())
                    .turns(c[0])
                    .characters(c[1])
                    .words(c[2])
                    .share(totalWords == 0 ? 0.0 : (double) c[2] / totalWords)
                    .build());
        }
        return List.copyOf(result);
    }

    /** How much the participant with {@code id} says, if there is such a participant. */
    public final Optional<ParticipantStatistics> statistics(String id) {
        return statistics().stream().filter(s -> s.participantId().equals(id)).findFirst();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Interview}. */
    public static final class Builder extends ImmutableInterview.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.requireUnique(participants(), Participant::id, "participant id");
        Set<String> ids = participants().stream().map(Participant::id).collect(Collectors.toSet());
        Map<String, Integer> unknown = new HashMap<>();
        for (Section section : sections()) {
            for (Turn turn : section.turns()) {
                if (!ids.contains(turn.speaker())) {
                    unknown.merge(turn.speaker(), 1, Integer::sum);
                }
            }
        }
        Checks.require(unknown.isEmpty(), "turns refer to speakers that are not participants: %s (participants: %s)",
                unknown.keySet(), ids);
        for (int i = 1; i < sections().size(); i++) {
            Section section = sections().get(i);
            Checks.require(section.title().isPresent(),
                    "only the first section may be untitled; section %d%s has no title",
                    i + 1, section.lines().map(r -> " at " + r).orElse(""));
        }
    }
}
