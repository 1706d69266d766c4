package dev.interviewkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkCharactersTest {

    @Test
    void hanIdeographsAreWide() {
        assertThat(CjkCharacters.isWide('中')).isTrue();
        assertThat(CjkCharacters.isWide('〇')).isTrue();
        assertThat(CjkCharacters.isWide(0x20000)).as("CJK extension B, outside the BMP").isTrue();
    }

    @Test
    void kanaHangulAndBopomofoAreWide() {
        assertThat(CjkCharacters.isWide('あ')).isTrue();
        assertThat(CjkCharacters.isWide('カ')).isTrue();
        assertThat(CjkCharacters.isWide('한')).isTrue();
        assertThat(CjkCharacters.isWide('ㄅ')).isTrue();
    }

    @Test
    void cjkPunctuationAndFullWidthFormsAreWide() {
        for (char c : "。、「」《》，：？！（）；～　".toCharArray()) {
            assertThat(CjkCharacters.isWide(c)).as("U+%04X", (int) c).isTrue();
        }
        assertThat(CjkCharacters.isWide('Ａ')).as("full-width Latin").isTrue();
        assertThat(CjkCharacters.isWide('￥')).isTrue();
        assertThat(CjkCharacters.isWide('︰')).as("CJK compatibility form").isTrue();
    }

    @Test
    void latinDigitsAsciiPunctuationAndEmojiAreNotWide() {
        for (char c : "aZ09.,:!?\"' -_*".toCharArray()) {
            assertThat(CjkCharacters.isWide(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(CjkCharacters.isWide('é')).isFalse();
        assertThat(CjkCharacters.isWide('“')).as("general punctuation quotes are ambiguous, not wide").isFalse();
        assertThat(CjkCharacters.isWide("🌟".codePointAt(0))).isFalse();
    }

    @Test
    void invalidCodePointsAreNotWide() {
        assertThat(CjkCharacters.isWide(-1)).isFalse();
        assertThat(CjkCharacters.isWide(0x110000)).isFalse();
    }

    @Test
    void onlyHanCharactersAreIdeographs() {
        assertThat(CjkCharacters.isIdeograph('中')).isTrue();
        assertThat(CjkCharacters.isIdeograph(0x20000)).isTrue();
        assertThat(CjkCharacters.isIdeograph('あ')).isFalse();
        assertThat(CjkCharacters.isIdeograph('。')).isFalse();
        assertThat(CjkCharacters.isIdeograph('a')).isFalse();
    }
}
