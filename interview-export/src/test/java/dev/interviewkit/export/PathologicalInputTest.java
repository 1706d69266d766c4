package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.testing.SpokenTexts;
import dev.interviewkit.export.testing.StrictSubtitleReader;
import dev.interviewkit.export.testing.StrictSubtitleReader.ReadCue;
import dev.interviewkit.model.Interview;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that are the subtitle writers' worst case, as commonmark-java's {@code PathologicalTest}
 * keeps them: exact output for the small ones, the invariants for the 10 MB one. The class timeout
 * is a safety net against a return of quadratic time (each case takes well under it on a loaded
 * machine), not a measure of speed; JMH measures speed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    /** The shortest a cue is shown: 5/6 s rounded up, and the millisecond CueTimes keeps against rounding. */
    private static final long SHORTEST_CUE_MILLIS = 835;
    /** Two frames at 24 frames a second, rounded up. */
    private static final long GAP_MILLIS = 84;
    private static final SrtWriter SRT = SrtWriter.builder().build();

    /**
     * An unbroken word gives the cue splitter no space, punctuation or word to cut at, so every cut
     * is a last resort inside the word.
     */
    @Test
    void anUnbrokenWordOfFiveThousandLettersFillsEveryLineAndEachCueLastsTheShortestTime() {
        List<ReadCue> cues = StrictSubtitleReader.srt(SRT.write(CueSplitterTest.interview("a".repeat(5_000))),
                StrictSubtitleReader.Limits.standard());
        assertThat(cues).hasSize(60);
        // 56 letters beside the label, 58 full cues of 42 + 42, and the last 72 balanced over two lines.
        assertThat(cues.get(0).lines()).containsExactly("主持人: " + "a".repeat(24), "a".repeat(32));
        assertThat(cues.subList(1, 59)).allSatisfy(cue ->
                assertThat(cue.lines()).containsExactly("a".repeat(42), "a".repeat(42)));
        assertThat(cues.get(59).lines()).containsExactly("a".repeat(36), "a".repeat(36));
        // One word is read in no time: every cue lasts the shortest time, two frames after the one
        // before; the last runs on into the gap it no longer needs.
        assertThat(IntStream.range(0, cues.size())
                .filter(k -> cues.get(k).start() != k * (SHORTEST_CUE_MILLIS + GAP_MILLIS)
                        || cues.get(k).end() - cues.get(k).start() != SHORTEST_CUE_MILLIS + (k == 59 ? GAP_MILLIS : 0))
                .boxed()).isEmpty();
    }

    /** 25,000 letters took 2.8 s and 100,000 took 9.5 s as SRT when every index was tried as a cut. */
    @ParameterizedTest
    @ValueSource(ints = {25_000, 50_000, 100_000})
    void longerUnbrokenWordsAreCutIntoFullLines(int letters) {
        String word = "a".repeat(letters);
        List<ReadCue> cues = StrictSubtitleReader.srt(SRT.write(CueSplitterTest.interview(word)),
                StrictSubtitleReader.Limits.standard());
        assertThat(cues.get(0).lines().get(0)).startsWith("主持人: a");
        assertThat(cues.subList(1, cues.size() - 1)).allSatisfy(cue ->
                assertThat(cue.lines()).containsExactly("a".repeat(42), "a".repeat(42)));
        assertThat(cues.stream().flatMap(cue -> cue.lines().stream()).mapToInt(line -> line.replace("主持人: ", "").length())
                .sum()).isEqualTo(letters);
    }

    @Test
    void chineseWithoutAnyPunctuationIsCutBetweenWordsIntoValidCues() {
        String text = "我们稍后会谈谈人工智能这是一个巨大的进步".repeat(1_000);
        Interview interview = CueSplitterTest.interview(text);
        List<ReadCue> cues = StrictSubtitleReader.srt(SRT.write(interview), StrictSubtitleReader.Limits.standard());
        assertInvariants(interview, cues);
        assertThat(cues).allSatisfy(cue -> assertThat(cue.lines()).allSatisfy(line ->
                assertThat(line).doesNotStartWith("们").doesNotStartWith("的")));
    }

    /** Said at reading speed, 10 MB take over a hundred hours, more than SRT's clock holds: the cues are checked. */
    @Test
    void aTenMegabyteTurnKeepsEveryRule() {
        String sentence = "我确实很喜欢谈论人工智能，这是一个巨大的进步。Sam Altman said so in 2023, twice. "
                + "《我们稍后会谈谈》里有10,000个问题";
        StringBuilder text = new StringBuilder();
        while (text.length() * 2 < 10_000_000) {
            text.append(sentence);
        }
        Interview interview = CueSplitterTest.interview(text.toString());
        List<Cue> cues = CueSplitter.standard().split(interview, TimingModel.standard().estimate(interview));
        // Plain loops: a per-element assertion over 300,000 cues would cost more than the layout.
        List<String> broken = new ArrayList<>();
        for (int k = 0; k < cues.size(); k++) {
            Cue cue = cues.get(k);
            boolean ruled = cue.lines().size() <= 2 && (k == 0 || cue.start().minus(cues.get(k - 1).end()).toMillis() >= GAP_MILLIS);
            for (String line : cue.lines()) {
                int width = StrictSubtitleReader.halfUnits(line);
                boolean latin = width == line.length(); // no wide character: 42 Latin characters a line
                ruled &= (latin ? width <= 42 : width <= 32) && !line.startsWith("们") && !line.startsWith("tman")
                        && !line.startsWith("000");
            }
            if (!ruled) {
                broken.add(cue.toString());
            }
        }
        assertThat(broken).isEmpty();
        assertSpoken(interview, cues);
    }

    @Test
    void thousandsOfOneCharacterTurnsGetACueEach() {
        String[] turns = new String[5_000];
        Arrays.fill(turns, "好");
        Interview interview = CueSplitterTest.interview(turns);
        List<ReadCue> cues = StrictSubtitleReader.srt(SRT.write(interview), StrictSubtitleReader.Limits.standard());
        assertThat(cues).hasSize(5_000);
        assertThat(cues).allSatisfy(cue -> assertThat(cue.lines()).hasSize(1));
        assertInvariants(interview, cues);
    }

    @Test
    void threeOneCharacterTurnsAreWrittenExactly() {
        assertThat(SRT.write(CueSplitterTest.interview("好", "是", "对"))).isEqualTo("""
                1
                00:00:00,000 --> 00:00:00,919
                主持人：好

                2
                00:00:01,003 --> 00:00:01,922
                Sam Altman：是

                3
                00:00:02,006 --> 00:00:02,925
                主持人：对

                """);
    }

    /** Every turn's words, in order, nothing lost or added; cues in order, two frames apart, shown for a time. */
    private static void assertInvariants(Interview interview, List<ReadCue> cues) {
        assertSpoken(interview, CueSplitter.standard().split(interview, TimingModel.standard().estimate(interview)));
        for (int k = 1; k < cues.size(); k++) {
            assertThat(cues.get(k).start() - cues.get(k - 1).end()).as("gap before cue %d", k + 1)
                    .isGreaterThanOrEqualTo(GAP_MILLIS);
        }
        assertThat(cues).allSatisfy(cue -> assertThat(cue.end()).isGreaterThan(cue.start()));
    }

    /** The cues' lines hold the turns' words, in order, nothing lost or added but the spaces cut at. */
    private static void assertSpoken(Interview interview, List<Cue> cues) {
        StringBuilder shown = new StringBuilder();
        cues.forEach(cue -> cue.lines().forEach(shown::append));
        StringBuilder said = new StringBuilder();
        interview.turns().forEach(turn -> said.append(SpokenTexts.fold(turn.text())));
        assertThat(shown.toString().replace(" ", "")).isEqualTo(said.toString().replace(" ", ""));
    }
}
