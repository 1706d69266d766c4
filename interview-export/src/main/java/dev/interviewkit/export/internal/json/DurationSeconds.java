package dev.interviewkit.export.internal.json;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Durations as JSON numbers of seconds, with as many decimals as the duration needs (at most nine),
 * so that every duration survives a round trip exactly: {@code 780}, {@code 262.5}, {@code 0.001}.
 */
final class DurationSeconds {

    private static final int NANO_DIGITS = 9;
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE);

    private DurationSeconds() {}

    /** {@code duration} in seconds, exactly, without trailing zeros. */
    static BigDecimal of(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), NANO_DIGITS));
        return seconds.stripTrailingZeros();
    }

    /**
     * The duration of {@code seconds}.
     *
     * @throws IllegalArgumentException when {@code seconds} is negative, finer than a nanosecond or
     *     too large for a duration
     */
    static Duration toDuration(BigDecimal seconds) {
        if (seconds.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        // Compared before any arithmetic: a number like 1e999999999 would be costly to expand.
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            throw new IllegalArgumentException("is too large for a duration");
        }
        BigDecimal exact = seconds.stripTrailingZeros();
        if (exact.scale() > NANO_DIGITS) {
            throw new IllegalArgumentException("is finer than a nanosecond");
        }
        long whole = exact.longValue();
        int nanos = exact.subtract(BigDecimal.valueOf(whole)).movePointRight(NANO_DIGITS).intValueExact();
        return Duration.ofSeconds(whole, nanos);
    }
}
