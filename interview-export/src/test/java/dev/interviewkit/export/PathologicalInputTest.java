package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interviewkit.export.testing.StrictSubtitleReader;
import dev.interviewkit.export.testing.StrictSubtitleReader.ReadCue;
import dev.interviewkit.model.Interview;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Inputs that are the writers' worst case, each with its exact output; the timeout is a generous
 * safety net (the case takes well under a second), not a measure of speed.
 */
class PathologicalInputTest {

    private static final Duration SAFETY_NET = Duration.ofSeconds(10);

    /** The shortest a cue is shown: 5/6 s rounded up, and the millisecond CueTimes keeps against rounding. */
    private static final long SHORTEST_CUE_MILLIS = 835;

    /**
     * An unbroken word gives the cue splitter no space, punctuation or word to cut at, so every cut
     * is forced and every place is tried: the cost grows faster than the word (25,000 letters take
     * about 3 s, which this test does not pay).
     */
    @Test
    void anUnbrokenWordOfFiveThousandLettersFillsEveryLineAndEachCueLastsTheShortestTime() {
        Interview interview = CueSplitterTest.interview("a".repeat(5_000));
        String srt = assertTimeoutPreemptively(SAFETY_NET, () -> SrtWriter.builder().build().write(interview));
        List<ReadCue> cues = StrictSubtitleReader.srt(srt, StrictSubtitleReader.Limits.standard());
        assertThat(cues).hasSize(60);
        // 56 letters beside the label, 58 full cues of 42 + 42, and the last 72 balanced over two lines.
        assertThat(cues.get(0).lines()).containsExactly("主持人: " + "a".repeat(24), "a".repeat(32));
        assertThat(cues.subList(1, 59)).allSatisfy(cue ->
                assertThat(cue.lines()).containsExactly("a".repeat(42), "a".repeat(42)));
        assertThat(cues.get(59).lines()).containsExactly("a".repeat(36), "a".repeat(36));
        // One word is read in no time: every cue lasts the shortest time, one after the other.
        assertThat(IntStream.range(0, cues.size()).filter(k -> cues.get(k).start() != k * SHORTEST_CUE_MILLIS
                || cues.get(k).end() != (k + 1) * SHORTEST_CUE_MILLIS).boxed()).isEmpty();
    }
}
