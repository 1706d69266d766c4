package dev.interviewkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void everyHanIdeographIsAWord() {
        assertThat(WordCounter.words("人工智能")).isEqualTo(4);
    }

    @Test
    void aRunOfLettersOrDigitsIsAWord() {
        assertThat(WordCounter.words("Sam Altman went home")).isEqualTo(4);
        assertThat(WordCounter.words("2003")).isEqualTo(1);
    }

    @Test
    void mixedTextCountsBoth() {
        assertThat(WordCounter.words("o1新模型")).isEqualTo(4);
        assertThat(WordCounter.words("在OpenAI最新版模型o1发布之际")).isEqualTo(12);
    }

    @Test
    void punctuationIsNotAWord() {
        assertThat(WordCounter.words("，。！？……“”")).isZero();
        assertThat(WordCounter.words("--> * \\ & <br>")).isEqualTo(1);
    }

    @Test
    void apostrophesHyphensAndNumberSeparatorsInsideARunKeepItWhole() {
        assertThat(WordCounter.words("don't")).isEqualTo(1);
        assertThat(WordCounter.words("e-mail")).isEqualTo(1);
        assertThat(WordCounter.words("3.5")).isEqualTo(1);
        assertThat(WordCounter.words("10,000字")).isEqualTo(2);
        assertThat(WordCounter.words("Altman’s")).isEqualTo(1);
    }

    @Test
    void aJoinerNotFollowedByALetterEndsTheRun() {
        assertThat(WordCounter.words("St. Louis")).isEqualTo(2);
        assertThat(WordCounter.words("Sam, Altman")).isEqualTo(2);
        assertThat(WordCounter.words("end.")).isEqualTo(1);
        assertThat(WordCounter.words("AI-人工智能")).isEqualTo(5);
    }

    @Test
    void emptyAndBlankTextHaveNoWords() {
        assertThat(WordCounter.words("")).isZero();
        assertThat(WordCounter.words(" \t\u3000")).isZero();
    }

    @Test
    void visibleCharactersLeaveOutWhiteSpace() {
        assertThat(WordCounter.visibleCharacters("Sam Altman")).isEqualTo(9);
        assertThat(WordCounter.visibleCharacters("你好，\u3000世界\u00a0!")).isEqualTo(6);
        assertThat(WordCounter.visibleCharacters("")).isZero();
    }

    @Test
    void visibleCharactersCountCodePointsNotChars() {
        assertThat(WordCounter.visibleCharacters("🌟𠀀")).isEqualTo(2);
    }
}
