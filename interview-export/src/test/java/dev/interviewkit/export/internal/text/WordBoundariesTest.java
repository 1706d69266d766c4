package dev.interviewkit.export.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word knowledge behind line breaks comes through one seam, which another segmenter can fill. */
class WordBoundariesTest {

    @Test
    void aWordFromAnotherSegmenterIsNotCutWhereTheListKnowsNothing() {
        WordBoundaries names = text -> {
            WordBoundaries.Words words = new WordBoundaries.Words(text.length());
            words.add(0, 3); // 诸葛亮, which no everyday word list holds
            return words;
        };
        assertThat(TextAnalysis.of("诸葛亮来了").breakLevel(1)).isEqualTo(TextAnalysis.CJK);
        assertThat(TextAnalysis.of("诸葛亮来了", names).breakLevel(1)).isEqualTo(TextAnalysis.INSIDE_WORD);
    }

    @Test
    void theWordListFindsOverlappingWordsAndNothingAcrossANul() {
        WordBoundaries.Words words = new DictionaryWords(Set.of("人工", "人工智能", "智能")).find("用人工智能\0人工");
        assertThat(words.starts(1)).isTrue();
        assertThat(words.inside(2)).isTrue();
        assertThat(words.inside(4)).isTrue();
        assertThat(words.ends(5)).isTrue();
        assertThat(words.ends(8)).isTrue();
        assertThat(words.inside(6)).isFalse();
    }

    @Test
    void particlesAndLatinWordsAreLastResorts() {
        TextAnalysis text = TextAnalysis.of("我们的AI模型GPT");
        assertThat(text.lastResort(2)).isEqualTo(TextAnalysis.BEFORE_PARTICLE);
        assertThat(text.lastResort(1)).isEqualTo(TextAnalysis.BEFORE_PARTICLE);
        assertThat(text.lastResort(4)).isEqualTo(TextAnalysis.IN_LATIN_WORD);
        assertThat(text.lastResort(3)).isEqualTo(TextAnalysis.ORDINARY);
    }
}
