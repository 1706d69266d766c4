package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.export.testing.SpokenTexts;
import dev.interviewkit.export.testing.StrictSubtitleReader;
import dev.interviewkit.export.testing.StrictSubtitleReader.Limits;
import dev.interviewkit.export.testing.StrictSubtitleReader.ReadCue;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.model.testing.InterviewGenerators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Subtitles of generated interviews, of the reference article and of every corpus document are
 * valid for a strict reader, and their cues give back every turn's words: nothing lost, nothing
 * invented.
 */
class SubtitlePropertyTest {

    private static final int EXAMPLES = 200;
    private static final SrtWriter SRT = SrtWriter.builder().build();
    private static final WebVttWriter VTT = WebVttWriter.builder().build();

    @Test
    void srtOfGeneratedInterviewsIsValid() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                StrictSubtitleReader.srt(SRT.write(interview), Limits.standard()));
    }

    @Test
    void webVttOfGeneratedInterviewsIsValid() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                StrictSubtitleReader.vtt(VTT.write(interview), Limits.standard()));
    }

    @Test
    void cuesOfGeneratedInterviewsGiveBackEveryTurnsWords() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            assertCuesSpellTurns(interview, CueSplitter.standard());
            assertCuesSpellTurns(interview, CueSplitter.builder().maxLines(1).chineseLineWidth(8).latinLineLength(12).build());
        });
    }

    @Test
    void webVttTextReadBackGivesEveryTurnsWords() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            List<ReadCue> cues = StrictSubtitleReader.vtt(VTT.write(interview), Limits.standard());
            List<Turn> turns = interview.turns().stream().filter(t -> !SpokenTexts.fold(t.text()).isEmpty()).toList();
            int c = 0;
            for (Turn turn : turns) {
                List<String> pieces = new ArrayList<>();
                String name = SpokenTexts.fold(interview.participant(turn.speaker()).orElseThrow().name());
                String text = SpokenTexts.fold(turn.text());
                while (c < cues.size() && !SpokenTexts.spell(text, pieces)) {
                    assertThat(cues.get(c).voice()).isEqualTo(name);
                    pieces.addAll(cues.get(c).lines());
                    c++;
                }
                assertThat(SpokenTexts.spell(text, pieces)).as("%s from %s", text, pieces).isTrue();
            }
            assertThat(c).isEqualTo(cues.size());
        });
    }

    @Test
    void withoutTimesFromTheSourceEveryCueLastsFromFiveSixthsToSevenSeconds() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(generated -> {
            Interview interview = withoutTimes(generated);
            for (ReadCue cue : StrictSubtitleReader.srt(SRT.write(interview), Limits.standard())) {
                assertThat(cue.end() - cue.start()).as("cue %d", cue.index()).isBetween(834L, 7000L);
            }
        });
    }

    @Test
    void customLimitsAreKept() {
        Limits narrow = new Limits(10, 20, 1);
        SrtWriter srt = SrtWriter.builder().cues(CueSplitter.builder().chineseLineWidth(10).latinLineLength(20).maxLines(1)
                .build()).build();
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                StrictSubtitleReader.srt(srt.write(interview), narrow));
    }

    @Test
    void referenceArticleSubtitlesAreValidAndComplete() {
        Interview reference = ReferenceArticles.reference();
        List<ReadCue> srt = StrictSubtitleReader.srt(SRT.write(reference), Limits.standard());
        List<ReadCue> vtt = StrictSubtitleReader.vtt(VTT.write(reference), Limits.standard());
        assertThat(srt).hasSizeGreaterThan(300);
        assertThat(vtt).hasSizeGreaterThan(300);
        assertCuesSpellTurns(reference, CueSplitter.standard());
        for (ReadCue cue : srt) {
            assertThat(cue.end() - cue.start()).as("cue %d", cue.index()).isBetween(834L, 7000L);
        }
    }

    @Test
    void everyCorpusDocumentMakesValidCompleteSubtitles() {
        List<Path> corpus = ReferenceArticles.corpus();
        Assumptions.assumeTrue(!corpus.isEmpty(), "corpus folder absent (" + ReferenceArticles.CORPUS.toAbsolutePath()
                + "): corpus subtitles not checked");
        for (Path document : corpus) {
            Interview interview = ReferenceArticles.parse(document);
            StrictSubtitleReader.srt(SRT.write(interview), Limits.standard());
            StrictSubtitleReader.vtt(VTT.write(interview), Limits.standard());
            assertCuesSpellTurns(interview, CueSplitter.standard());
        }
    }

    @Test
    void noLineStartsWithAParticleThatClosesTheWordBeforeIt() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            for (String line : innerLines(interview, CueSplitter.standard())) {
                assertThat(line).doesNotMatch("(?!了解|的确|地方|得到)[的地得们了着吗呢吧啊嘛呀].*");
            }
        });
    }

    /**
     * Every line of every cue except the first line of each turn: the lines that start where the
     * splitter chose to break.
     */
    static List<String> innerLines(Interview interview, CueSplitter splitter) {
        List<Cue> cues = splitter.split(interview, TimingModel.standard().estimate(interview));
        List<String> inner = new ArrayList<>();
        int c = 0;
        for (Turn turn : interview.turns()) {
            String text = SpokenTexts.fold(turn.text());
            List<String> texts = new ArrayList<>();
            while (!text.isEmpty() && !SpokenTexts.spell(text, texts)) {
                Cue cue = cues.get(c++);
                List<String> lines = cue.lines();
                inner.addAll(texts.isEmpty() ? lines.subList(1, lines.size()) : lines);
                texts.add(cue.text());
            }
        }
        return inner;
    }

    /** The cues of each turn, joined, are the turn's words; no cue holds words of two turns. */
    static void assertCuesSpellTurns(Interview interview, CueSplitter splitter) {
        List<Cue> cues = splitter.split(interview, TimingModel.standard().estimate(interview));
        int c = 0;
        for (Turn turn : interview.turns()) {
            String text = SpokenTexts.fold(turn.text());
            List<String> texts = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            while (!text.isEmpty() && !SpokenTexts.spell(text, texts)) {
                assertThat(c).as("cues for turn '%s' (so far %s)", text, texts).isLessThan(cues.size());
                Cue cue = cues.get(c++);
                assertThat(cue.speaker()).isEqualTo(turn.speaker());
                texts.add(cue.text());
                lines.addAll(cue.lines());
            }
            assertThat(SpokenTexts.spell(text, texts)).as("turn '%s' from cues %s", text, texts).isTrue();
            assertThat(SpokenTexts.spell(text, lines)).as("turn '%s' from lines %s", text, lines).isTrue();
        }
        assertThat(c).isEqualTo(cues.size());
    }

    private static Interview withoutTimes(Interview interview) {
        List<Section> sections = new ArrayList<>();
        for (Section section : interview.sections()) {
            List<Turn> turns = section.turns().stream()
                    .map(t -> Turn.builder().from(t).start(Optional.empty()).end(Optional.empty()).build())
                    .toList();
            sections.add(Section.builder().from(section).turns(turns).build());
        }
        return Interview.builder().from(interview).sections(sections).build();
    }
}
