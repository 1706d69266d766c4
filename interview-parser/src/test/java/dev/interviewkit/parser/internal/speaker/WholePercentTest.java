package dev.interviewkit.parser.internal.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The speaker evidence's "fills N% of the body" reads as it did when a formatter wrote it. */
class WholePercentTest {

    @Test
    void halvesRoundUpAsTheFormatterDoes() {
        assertEquals("1", SpeakerModel.wholePercent(0.005));
        assertEquals("3", SpeakerModel.wholePercent(0.025));
        assertEquals("67", SpeakerModel.wholePercent(2.0 / 3));
        assertEquals("100", SpeakerModel.wholePercent(1.0));
        assertEquals("0", SpeakerModel.wholePercent(0.0));
    }

    @Test
    void agreesWithTheFormatterOnAnyShare() {
        qt().forAll(doubles().between(0, 1)).checkAssert(share -> assertEquals(
                String.format(Locale.ROOT, "%.0f", 100 * share), SpeakerModel.wholePercent(share)));
    }

    @Test
    void agreesWithTheFormatterOnRatiosOfCharacterCounts() {
        // The share is inside / total, counts of characters: ratios of integers, halves among them.
        qt().forAll(integers().between(1, 20_000), integers().between(0, 20_000)).checkAssert((total, k) -> {
            double share = (double) (k % (total + 1)) / total;
            assertEquals(String.format(Locale.ROOT, "%.0f", 100 * share), SpeakerModel.wholePercent(share));
        });
    }
}
