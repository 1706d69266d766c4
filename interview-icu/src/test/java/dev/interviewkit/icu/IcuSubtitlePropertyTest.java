package dev.interviewkit.icu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.export.Cue;
import dev.interviewkit.export.CueSplitter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.export.TimingModel;
import dev.interviewkit.export.WordSegmenter;
import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.export.testing.SpokenTexts;
import dev.interviewkit.export.testing.StrictSubtitleReader;
import dev.interviewkit.export.testing.StrictSubtitleReader.Limits;
import dev.interviewkit.export.testing.TurnCues;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Turn;
import dev.interviewkit.model.testing.InterviewGenerators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Subtitles with ICU's words are valid and give back every turn's words, on generated interviews and
 * the corpus; on the reference article no cut falls inside a dictionary word.
 */
class IcuSubtitlePropertyTest {

    private static final int EXAMPLES = 200;
    private static final IcuWordSegmenter ICU = new IcuWordSegmenter();
    private static final CueSplitter SPLITTER = CueSplitter.builder().words(ICU).build();
    private static final SrtWriter SRT = SrtWriter.builder().cues(SPLITTER).build();

    @Test
    void subtitlesOfGeneratedInterviewsAreValidAndComplete() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            StrictSubtitleReader.srt(SRT.write(interview), Limits.standard());
            TurnCues.assertSpellTurns(interview, SPLITTER);
        });
    }

    @Test
    void noCueOrLineOfTheReferenceArticleCutsADictionaryWord() {
        Interview reference = ReferenceArticles.reference();
        List<Cue> cues = SPLITTER.split(reference, TimingModel.standard().estimate(reference));
        int c = 0;
        for (Turn turn : reference.turns()) {
            String text = SpokenTexts.fold(turn.text());
            List<String> texts = new ArrayList<>();
            List<Integer> cuts = new ArrayList<>();
            int at = 0;
            while (!text.isEmpty() && !SpokenTexts.spell(text, texts)) {
                Cue cue = cues.get(c++);
                texts.add(cue.text());
                for (String line : cue.lines()) {
                    at = text.startsWith(line, at) ? at : at + 1; // the space a break consumed
                    cuts.add(at);
                    at += line.length();
                }
            }
            List<int[]> words = new ArrayList<>();
            ICU.segment(text, new WordSegmenter.Segments() {
                @Override
                public void word(int start, int end) {
                    words.add(new int[] {start, end});
                }

                @Override
                public void noBreak(int index) {
                    // the layout's own rules are checked in interview-export
                }
            });
            for (int cut : cuts) {
                assertThat(words).as("cut at %d of %s", cut, text).noneMatch(w -> w[0] < cut && cut < w[1]);
            }
        }
    }

    @Test
    void everyCorpusDocumentMakesValidCompleteSubtitles() {
        List<Path> corpus = ReferenceArticles.corpus();
        Assumptions.assumeTrue(!corpus.isEmpty(), "corpus folder absent: corpus subtitles not checked");
        for (Path document : corpus) {
            Interview interview = ReferenceArticles.parse(document);
            StrictSubtitleReader.srt(SRT.write(interview), Limits.standard());
            TurnCues.assertSpellTurns(interview, SPLITTER);
        }
    }
}
