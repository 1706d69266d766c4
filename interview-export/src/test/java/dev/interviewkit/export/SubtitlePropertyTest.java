package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.export.testing.SpokenTexts;
import dev.interviewkit.export.testing.StrictSubtitleReader;
import dev.interviewkit.export.testing.StrictSubtitleReader.Limits;
import dev.interviewkit.export.testing.StrictSubtitleReader.ReadCue;
import dev.interviewkit.export.testing.TurnCues;
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
            for (CueSplitter splitter : List.of(CueSplitter.standard(), NARROW)) {
                for (Break cut : breaks(interview, splitter)) {
                    assertNoParticleStartsALine(cut, splitter);
                }
            }
        });
    }

    /**
     * QuickTheories' seed 3864458965704708566 once drew a turn the layout cut as {@code 我|们}, a
     * particle starting the second line; the rule now holds by construction, for that seed as well.
     */
    @Test
    void theSeedThatCutWeInTwoKeepsItWhole() {
        qt().withFixedSeed(3864458965704708566L).withExamples(EXAMPLES).forAll(InterviewGenerators.interviews())
                .checkAssert(interview -> {
                    for (Break cut : breaks(interview, CueSplitter.standard())) {
                        assertNoParticleStartsALine(cut, CueSplitter.standard());
                    }
                });
    }

    @Test
    void noLatinWordOrNumberIsCutUnlessItIsWiderThanALine() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            for (CueSplitter splitter : List.of(CueSplitter.standard(), NARROW)) {
                for (Break cut : breaks(interview, splitter)) {
                    if (cut.space() || !isLatin(lastCodePoint(cut.before())) || !isLatin(cut.after().codePointAt(0))) {
                        continue;
                    }
                    assertThat(runWidth(cut)).as(cut.toString()).isGreaterThan(narrowestLine(splitter));
                }
            }
        });
    }

    @Test
    void consecutiveCuesAreAtLeastTwoFramesApart() {
        SrtWriter at25 = SrtWriter.builder().cues(CueSplitter.builder().frameRate(25).build()).build();
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            assertGaps(StrictSubtitleReader.srt(SRT.write(interview), Limits.standard()), 84);
            assertGaps(StrictSubtitleReader.srt(at25.write(interview), Limits.standard()), 80);
            assertGaps(StrictSubtitleReader.srt(SRT.write(withoutTimes(interview)), Limits.standard()), 84);
        });
    }

    private static void assertGaps(List<ReadCue> cues, long gapMillis) {
        for (int k = 1; k < cues.size(); k++) {
            assertThat(cues.get(k).start() - cues.get(k - 1).end()).as("gap before cue %d", cues.get(k).index())
                    .isGreaterThanOrEqualTo(gapMillis);
        }
    }

    /** The particles that close the word before them, and the everyday words that start with one. */
    private static final String PARTICLE_LINE = "(?!了解|了不起|的确|着急|地方|地区|地球|地图|地址|地点|地面|地下|地铁|得到|得出)"
            + "[的地得们了着吗呢吧啊嘛呀].*";
    private static final CueSplitter NARROW = CueSplitter.builder().speakerLabels(false).maxLines(1).chineseLineWidth(8)
            .latinLineLength(12).build();

    /** A particle may start a line only after no word (a mark, a space) or inside a run wider than a line. */
    private static void assertNoParticleStartsALine(Break cut, CueSplitter splitter) {
        if (!cut.after().matches(PARTICLE_LINE) || !Character.isLetterOrDigit(lastCodePoint(cut.before()))) {
            return;
        }
        assertThat(runWidth(cut)).as(cut.toString()).isGreaterThan(narrowestLine(splitter));
    }

    /** The narrowest line of {@code splitter} in half-width units: a run wider than this may be cut. */
    private static int narrowestLine(CueSplitter splitter) {
        return Math.min((int) Math.round(splitter.chineseLineWidth() * 2), splitter.latinLineLength());
    }

    /**
     * Width in half units of the run the cut stands in: the characters on both sides up to a space,
     * a Chinese letter that is no particle, or a break of sentence, clause or phrase, which the
     * layout would have taken instead.
     */
    private static int runWidth(Break cut) {
        return runAtEnd(cut.before()) + runAtEnd(new StringBuilder(cut.after()).reverse());
    }

    private static int runAtEnd(CharSequence line) {
        int width = 0;
        for (int k = line.length(); k > 0; k--) {
            char c = line.charAt(k - 1);
            int units = StrictSubtitleReader.halfUnits(String.valueOf(c));
            if (c == ' ' || units > 1 && Character.isLetter(c) && "的地得们了着吗呢吧啊嘛呀".indexOf(c) < 0) {
                break;
            }
            width += units;
        }
        return width;
    }

    private static int lastCodePoint(String text) {
        return text.codePointBefore(text.length());
    }

    private static boolean isLatin(int cp) {
        return Character.isLetterOrDigit(cp) && StrictSubtitleReader.halfUnits(Character.toString(cp)) == 1;
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
            String previous = null;
            int at = 0;
            while (!text.isEmpty() && !SpokenTexts.spell(text, texts)) {
                Cue cue = cues.get(c++);
                for (String line : cue.lines()) {
                    boolean space = at > 0 && at < text.length() && text.charAt(at) == ' ';
                    at += (space ? 1 : 0) + line.length();
                    if (previous != null && !line.isEmpty() && !previous.isEmpty()) {
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
        TurnCues.assertSpellTurns(interview, splitter);
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
