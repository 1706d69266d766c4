package dev.interviewkit.icu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.interviewkit.export.WordSegmenter;
import dev.interviewkit.model.testing.InterviewGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** ICU segmentation of any text: it never throws, and what it reports lies inside the text, in order. */
class IcuSegmentationPropertyTest {

    private static final int EXAMPLES = 500;
    private static final WordSegmenter SEGMENTER = new IcuWordSegmenter();

    /**
     * Pieces of every kind the layout meets: Chinese words and particles, punctuation, Latin words
     * and numbers, spaces, kana, Hangul, Thai, emoji with selectors and joiners, a supplementary
     * ideograph, and unpaired surrogates.
     */
    private static final String[] PIECES = {"我们", "人工智能", "的", "了", "必须", "萨姆·奥尔特曼", "，", "。", "“", "”",
        "《", "》", "……", "——", "OpenAI", "GPT-4o", " ", "3.5", "100%", "￥", "℃", "ー", "々", "ぁ", "한국어", "ภาษาไทย",
        "😀", "👍🏽", "❤\uFE0F", "👨\u200D💻", "𠀀", "\uD800", "\uDC00", "\u0301", "\n", "e.g.", "St. Louis"};

    private static Gen<String> texts() {
        Gen<String> pieces = lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40)
                .map(indices -> {
                    StringBuilder text = new StringBuilder();
                    indices.forEach(k -> text.append(PIECES[k]));
                    return text.toString();
                });
        return pieces.mix(InterviewGenerators.text());
    }

    @Test
    void wordsAreInOrderApartAndInsideTheText() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(text -> {
            List<int[]> words = new ArrayList<>();
            List<Integer> noBreaks = new ArrayList<>();
            SEGMENTER.segment(text, new Recorder(words, noBreaks));
            int previousEnd = 0;
            for (int[] word : words) {
                assertThat(word[0]).as("word start in %s", text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(word[1] - word[0]).isGreaterThanOrEqualTo(2);
                assertThat(word[1]).isLessThanOrEqualTo(text.length());
                assertThat(text.codePointCount(word[0], word[1])).isGreaterThanOrEqualTo(2);
                assertThat(splitsSurrogatePair(text, word[0]) || splitsSurrogatePair(text, word[1])).isFalse();
                previousEnd = word[1];
            }
            int previous = 0;
            for (int index : noBreaks) {
                assertThat(index).as("no-break index in %s", text).isGreaterThan(previous).isLessThan(text.length());
                assertThat(text.charAt(index) != ' ' && text.charAt(index - 1) != ' ').isTrue();
                previous = index;
            }
        });
    }

    @Test
    void aSurrogatePairIsNeverABreak() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(text -> {
            List<Integer> noBreaks = new ArrayList<>();
            SEGMENTER.segment(text, new Recorder(new ArrayList<>(), noBreaks));
            for (int i = 1; i < text.length(); i++) {
                if (splitsSurrogatePair(text, i)) {
                    assertThat(noBreaks).as("between the halves at %d of %s", i, text).contains(i);
                }
            }
        });
    }

    private static boolean splitsSurrogatePair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    private record Recorder(List<int[]> words, List<Integer> noBreaks) implements WordSegmenter.Segments {
        @Override
        public void word(int start, int end) {
            words.add(new int[] {start, end});
        }

        @Override
        public void noBreak(int index) {
            noBreaks.add(index);
        }
    }
}
