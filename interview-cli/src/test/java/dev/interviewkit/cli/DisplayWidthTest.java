package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void latinLettersTakeOneColumnEach() {
        assertThat(DisplayWidth.of("Sam Altman")).isEqualTo(10);
    }

    @Test
    void hanCharactersAndFullWidthPunctuationTakeTwoColumns() {
        assertThat(DisplayWidth.of("主持人：")).isEqualTo(8);
    }

    @Test
    void combiningMarksTakeNoColumn() {
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        assertThat(DisplayWidth.of("\uD840\uDC00")).isEqualTo(2);
        assertThat(DisplayWidth.of("🌟")).isEqualTo(2);
    }
}
