package dev.interviewkit.parser.internal.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The common header time, read by hand, reads as the formatter reads it, valid or not. */
class HeaderTimesTest {

    private static final DateTimeFormatter COMMON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private static Optional<OffsetDateTime> byFormatter(String v) {
        try {
            return Optional.of(LocalDateTime.parse(v, COMMON).atOffset(HeaderTimes.BEIJING));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Test
    void theCommonFormReadsAsTheFormatterReadsIt() {
        // Any digits in the common shape: valid times, 30 February, month 13, hour 24, year 0.
        qt().withExamples(3_000).forAll(SourceDSL.integers().between(0, 2100), SourceDSL.integers().between(0, 13),
                SourceDSL.integers().between(0, 32), SourceDSL.integers().between(0, 25 * 62 - 1))
                .checkAssert((year, month, day, time) -> {
                    int hour = time / 62;
                    int minute = time % 62;
                    String minutes = String.format("%04d-%02d-%02d %02d:%02d", year, month, day, hour, minute);
                    String seconds = minutes + String.format(":%02d", (minute * 7) % 62);
                    assertThat(HeaderTimes.parse(minutes)).isEqualTo(byFormatter(minutes));
                    assertThat(HeaderTimes.parse(seconds)).isEqualTo(byFormatter(seconds));
                });
    }

    @Test
    void otherFormsStillRead() {
        assertThat(HeaderTimes.parse("2024年9月15日 08:04")).contains(OffsetDateTime.parse("2024-09-15T08:04+08:00"));
        assertThat(HeaderTimes.parse("2024-09-15T08:04:00+02:00")).contains(OffsetDateTime.parse("2024-09-15T08:04+02:00"));
        assertThat(HeaderTimes.parse("2024-09-15 08:04")).contains(OffsetDateTime.parse("2024-09-15T08:04+08:00"));
        assertThat(HeaderTimes.parse("2024-9-15 08:04")).isEmpty();
    }
}
