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
            for (Break cut : breaks(interview, CueSplitter.standard())) {
                assertThat(cut.after()).as(cut.toString()).doesNotMatch("(?!了解|的确|地方|得到)[的地得们了着吗呢吧啊嘛呀].*");
            }
        });
    }

    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningMark() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            for (CueSplitter splitter : List.of(CueSplitter.standard(), NARROW)) {
                for (Break cut : breaks(interview, splitter)) {
                    assertThat(CLOSING.indexOf(cut.after().codePointAt(0))).as(cut.toString()).isNegative();
                    assertThat(OPENING.indexOf(cut.before().codePointBefore(cut.before().length()))).as(cut.toString())
                            .isNegative();
                }
            }
        });
    }

    @Test
    void noLatinWordOrNumberIsCutUnlessItIsWiderThanALine() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            for (CueSplitter splitter : List.of(CueSplitter.standard(), NARROW)) {
                for (Break cut : breaks(interview, splitter)) {
                    if (cut.space() || !isLatin(cut.before().codePointBefore(cut.before().length()))
                            || !isLatin(cut.after().codePointAt(0))) {
                        continue;
                    }
                    // The run without a space or a wide character around the cut, which only a cut can shorten.
                    int word = narrowRunAtEnd(cut.before()) + narrowRunAtEnd(new StringBuilder(cut.after()).reverse());
                    assertThat(word).as(cut.toString()).isGreaterThan(splitter.maxLines() == 1 ? 12 : 32);
                }
            }
        });
    }

    @Test
    void noCueIsPunctuationOnlyUnlessItsTurnIs() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            List<Cue> cues = CueSplitter.standard().split(interview, TimingModel.standard().estimate(interview));
            int c = 0;
            for (Turn turn : interview.turns()) {
                String text = SpokenTexts.fold(turn.text());
                List<String> texts = new ArrayList<>();
                while (!text.isEmpty() && !SpokenTexts.spell(text, texts)) {
                    Cue cue = cues.get(c++);
                    if (hasWord(text)) {
                        assertThat(hasWord(cue.text())).as("cue '%s' of '%s'", cue.text(), text).isTrue();
                    }
                    texts.add(cue.text());
                }
            }
        });
    }

    /** Marks that close what stands before them, and so must not start a line. */
    private static final String CLOSING = "，。、；：！？）」』”》〉】…,.;:!?)]}";
    /** Marks that open what comes after them, and so must not end a line. */
    private static final String OPENING = "（「『“《〈【([{";
    private static final CueSplitter NARROW = CueSplitter.builder().speakerLabels(false).maxLines(1).chineseLineWidth(8)
            .latinLineLength(12).build();

    /** Width of the run of narrow and zero-width characters, without a space, at the end of {@code line}. */
    private static int narrowRunAtEnd(CharSequence line) {
        int width = 0;
        for (int k = line.length(); k > 0 && line.charAt(k - 1) != ' '; k--) {
            int units = StrictSubtitleReader.halfUnits(line.subSequence(k - 1, k).toString());
            if (units > 1) {
                break;
            }
            width += units;
        }
        return width;
    }

    private static boolean isLatin(int cp) {
        return Character.isLetterOrDigit(cp) && StrictSubtitleReader.halfUnits(Character.toString(cp)) == 1;
    }

    /** Whether {@code text} holds anything but punctuation and spaces: a word, a number, an emoji. */
    private static boolean hasWord(String text) {
        return text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !isPunctuation(cp));
    }

    private static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * A place where the splitter broke a turn, between two lines of a cue or between two cues:
     * the line before it, the line after it, and whether a space of the turn stood there.
     */
    record Break(String before, String after, boolean space) {
        @Override
        public String toString() {
            return before + (space ? " | " : "|") + after;
        }
    }

    /** Every break inside a turn: lines and cues of one turn, never the place between two turns. */
    static List<Break> breaks(Interview interview, CueSplitter splitter) {
        List<Cue> cues = splitter.split(interview, TimingModel.standard().estimate(interview));
        List<Break> breaks = new ArrayList<>();
        int c = 0;
        for (Turn turn : interview.turns()) {
            String text = SpokenTexts.fold(turn.text());
            List<String> texts = new ArrayList<>();
            int at = 0;
            String previous = null;
            while (!text.isEmpty() && !SpokenTexts.spell(text, texts)) {
                Cue cue = cues.get(c++);
                for (String line : cue.lines()) {
                    boolean space = at < text.length() && text.charAt(at) == ' ';
                    at += (space ? 1 : 0) + line.length();
                    if (previous != null) {
                        breaks.add(new Break(previous, line, space));
                    }
                    previous = line;
                }
                texts.add(cue.text());
            }
        }
        return breaks;
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
