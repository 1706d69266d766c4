package dev.interviewkit.model;

import dev.interviewkit.model.internal.WordCounter;
import java.util.HashMap;
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
        // A plain loop, not a stream: called once per parse, this runs in the JIT's early tiers for
        // long, where the flatMap pipeline it replaces took 6% of a full parse of the reference article.
        int count = 0;
        for (Section section : sections()) {
            count += section.turns().size();
        }
        Turn[] turns = new Turn[count];
        int next = 0;
        for (Section section : sections()) {
            for (Turn turn : section.turns()) {
                turns[next++] = turn;
            }
        }
        return List.of(turns);
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
        List<Participant> participants = participants();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            indexById.put(participants.get(i).id(), i);
        }
        int[] turns = new int[participants.size()];
        int[] characters = new int[participants.size()];
        int[] words = new int[participants.size()];
        long totalWords = 0;
        for (Turn turn : turns()) {
            int i = indexById.get(turn.speaker()); // every speaker is a participant (check())
            WordCounter.Counts counts = WordCounter.count(turn.text()); // one pass for both counts
            turns[i]++;
            characters[i] += counts.visibleCharacters();
            words[i] += counts.words();
            totalWords += counts.words();
        }
        ParticipantStatistics[] result = new ParticipantStatistics[participants.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ParticipantStatistics.builder()
                    .participantId(participants.get(i).id())
                    .turns(turns[i])
                    .characters(characters[i])
                    .words(words[i])
                    .share(totalWords == 0 ? 0.0 : (double) words[i] / totalWords)
                    .build();
        }
        return List.of(result);
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
        Set<String> ids = Checks.requireUnique(participants(), Participant::id, "participant id");
        // Loops, no streams, and messages built only on failure: every parse builds an interview.
        for (Section section : sections()) {
            for (Turn turn : section.turns()) {
                if (!ids.contains(turn.speaker())) {
                    throw unknownSpeakers(ids);
                }
            }
        }
        for (int i = 1; i < sections().size(); i++) {
            Section section = sections().get(i);
            if (section.title().isEmpty()) {
                Checks.require(false, "only the first section may be untitled; section %d%s has no title",
                        i + 1, section.lines().map(r -> " at " + r).orElse(""));
            }
        }
    }

    /** The failure of a check that found a turn whose speaker is not among {@code ids}: all such speakers, counted. */
    private IllegalStateException unknownSpeakers(Set<String> ids) {
        Map<String, Integer> unknown = new HashMap<>();
        for (Section section : sections()) {
            for (Turn turn : section.turns()) {
                if (!ids.contains(turn.speaker())) {
                    unknown.merge(turn.speaker(), 1, Integer::sum);
                }
            }
        }
        return new IllegalStateException(String.format(
                "turns refer to speakers that are not participants: %s (participants: %s)", unknown.keySet(), ids));
    }
}
