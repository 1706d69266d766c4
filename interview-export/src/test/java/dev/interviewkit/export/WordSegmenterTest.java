package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A segmenter set on the builder decides where words are; without one the built-in list does. */
class WordSegmenterTest {

    /** Ten characters, none of them in the built-in word list. */
    private static final String TEXT = "甲乙丙丁戊己庚辛壬癸";

    private static CueSplitter oneLineOf(int width, WordSegmenter words) {
        CueSplitter.Builder builder = CueSplitter.builder().speakerLabels(false).maxLines(1).chineseLineWidth(width);
        return (words == null ? builder.commonWords() : builder.words(words)).build();
    }

    private static List<String> lines(CueSplitter splitter) {
        return CueSplitterTest.cues(splitter, TEXT).stream().flatMap(c -> c.lines().stream()).toList();
    }

    @Test
    void withoutASegmenterAnyPlaceBetweenTwoCharactersMayBeCut() {
        assertThat(lines(oneLineOf(5, null))).containsExactly("甲乙丙丁戊", "己庚辛壬癸");
    }

    @Test
    void aReportedWordIsCutOnlyAsALastResort() {
        WordSegmenter middleWord = (text, out) -> out.word(3, 7); // 丁戊己庚
        assertThat(lines(oneLineOf(5, middleWord))).anySatisfy(line -> assertThat(line).contains("丁戊己庚"));
        assertThat(lines(oneLineOf(3, middleWord))).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(3));
    }

    @Test
    void aForbiddenBreakIsTakenOnlyAsALastResort() {
        WordSegmenter noBreakAtFive = (text, out) -> out.noBreak(5);
        assertThat(lines(oneLineOf(5, noBreakAtFive))).noneSatisfy(line -> assertThat(line).isEqualTo("甲乙丙丁戊"));
    }

    @Test
    void reportsOutsideTheTextAreIgnored() {
        WordSegmenter faulty = (text, out) -> {
            out.word(-3, 2);
            out.word(5, 500);
            out.word(6, 4);
            out.noBreak(-1);
            out.noBreak(text.length());
            out.noBreak(1000);
        };
        assertThat(lines(oneLineOf(5, faulty))).containsExactly("甲乙丙丁戊", "己庚辛壬癸");
    }

    @Test
    void theSegmenterInUseIsTheOneSet() {
        WordSegmenter none = (text, out) -> { };
        assertThat(CueSplitter.builder().words(none).build().words()).containsSame(none);
        assertThat(CueSplitter.builder().words(none).commonWords().build().words()).isEmpty();
    }

    @Test
    void noSegmenterIsInstalledWithoutInterviewIcu() {
        assertThat(CueSplitter.standard().words()).isEmpty();
    }
}
