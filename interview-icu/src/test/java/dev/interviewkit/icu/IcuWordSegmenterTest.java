package dev.interviewkit.icu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.CueSplitter;
import dev.interviewkit.export.WordSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IcuWordSegmenterTest {

    private static final IcuWordSegmenter SEGMENTER = new IcuWordSegmenter();

    @Test
    void chineseWordsComeFromTheDictionary() {
        assertThat(Findings.of("我们必须改变世界。").words()).containsExactly("我们", "必须", "改变", "世界");
    }

    @Test
    void artificialIntelligenceIsTwoDictionaryWords() {
        // ICU's dictionary prefers 人工 + 智能 to the compound; a cut between them stays possible.
        assertThat(Findings.of("人工智能").words()).containsExactly("人工", "智能");
    }

    @Test
    void aTransliteratedNameHasNoDictionaryWordButItsDotNeverStartsALine() {
        Findings findings = Findings.of("萨姆·奥尔特曼说");
        assertThat(findings.words()).isEmpty();
        assertThat(findings.noBreaks()).containsExactly(2);
    }

    @Test
    void inMixedTextOnlyChineseIsLookedUpAndLineBreakingKeepsLatinWordsAndAmountsWhole() {
        String text = "我们用OpenAI的模型，价格￥100元。";
        Findings findings = Findings.of(text);
        assertThat(findings.words()).containsExactly("我们", "模型", "价格");
        int yen = text.indexOf('￥');
        assertThat(findings.noBreaks()).contains(text.indexOf("pen"), yen + 1, yen + 2, text.indexOf('，'), text.indexOf('。'))
                .doesNotContain(text.indexOf('的'), text.indexOf('模'), yen);
    }

    @Test
    void emptyAndOneCharTextsReportNothing() {
        assertThat(Findings.of("").words()).isEmpty();
        assertThat(Findings.of("").noBreaks()).isEmpty();
        assertThat(Findings.of("我").words()).isEmpty();
        assertThat(Findings.of("我").noBreaks()).isEmpty();
    }

    @Test
    void aSupplementaryCharacterIsNeverAWordAloneNorSplit() {
        String text = "😀𠀀我们\uD800说\uDC00";
        Findings findings = Findings.of(text);
        assertThat(findings.words()).containsExactly("我们");
        assertThat(findings.noBreaks()).contains(1, 3); // between the halves of 😀 and of 𠀀
    }

    @Test
    void spacesAreLeftToTheLayout() {
        String text = "用 GPT 写 code";
        assertThat(Findings.of(text).noBreaks()).allSatisfy(i ->
                assertThat(text.charAt(i) != ' ' && text.charAt(i - 1) != ' ').isTrue());
    }

    @Test
    void serviceLoaderInstallsItForEveryCueSplitter() {
        assertThat(CueSplitter.standard().words()).containsInstanceOf(IcuWordSegmenter.class);
        assertThat(CueSplitter.builder().build().words()).containsInstanceOf(IcuWordSegmenter.class);
        assertThat(CueSplitter.builder().commonWords().build().words()).isEmpty();
    }

    @Test
    void threadsSegmentingAtOnceGetTheSameAnswer() throws Exception {
        String text = "主持人：我们今天讨论人工智能的未来，以及OpenAI如何改变世界。".repeat(20);
        Findings expected = Findings.of(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Findings>> results = new ArrayList<>();
            for (int k = 0; k < 32; k++) {
                results.add(pool.submit(() -> Findings.of(text)));
            }
            for (Future<Findings> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** What the segmenter reported about one text: its words as strings and its no-break indices. */
    record Findings(List<String> words, List<Integer> noBreaks) {
        static Findings of(String text) {
            List<String> words = new ArrayList<>();
            List<Integer> noBreaks = new ArrayList<>();
            SEGMENTER.segment(text, new WordSegmenter.Segments() {
                @Override
                public void word(int start, int end) {
                    words.add(text.substring(start, end));
                }

                @Override
                public void noBreak(int index) {
                    noBreaks.add(index);
                }
            });
            return new Findings(words, noBreaks);
        }
    }
}
