package dev.interviewkit.export.internal.cues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/** Times as subtitle, chapter and JSON formats write them, all to the millisecond. */
public final class Timecodes {

    private Timecodes() {}

    /** {@code duration} rounded to the nearest millisecond. */
    public static long millis(Duration duration) {
        long millis = duration.toMillis();
        return duration.minusMillis(millis).toNanos() >= 500_000 ? millis + 1 : millis;
    }

    /** {@code 01:02:03,456} (SRT) or, with {@code '.'}, {@code 01:02:03.456} (WebVTT). */
    public static String clock(long millis, char decimalMark) {
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        long seconds = millis / 1000 % 60;
        if (millis < 0) {
            return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", hours, minutes, seconds, decimalMark, millis % 1000);
        }
        // By hand: a subtitle file has two of these a cue, and String.format took a tenth of writing one.
        StringBuilder clock = new StringBuilder(12);
        pad(clock, hours, 2).append(':');
        pad(clock, minutes, 2).append(':');
        pad(clock, seconds, 2).append(decimalMark);
        return pad(clock, millis % 1000, 3).toString();
    }

    /** Appends {@code value} with leading zeros to at least {@code digits} digits, as {@code %0Nd} does. */
    private static StringBuilder pad(StringBuilder out, long value, int digits) {
        String text = Long.toString(value);
        for (int k = text.length(); k < digits; k++) {
            out.append('0');
        }
        return out.append(text);
    }

    /**
     * {@code 04:05} under an hour, {@code 1:04:05} from an hour on, truncated to the second: YouTube's
     * chapter times, and the form transcripts write before a turn ({@code [04:22]}).
     */
    public static String youtube(long millis) {
        long total = millis / 1000;
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long seconds = total % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds)
                : String.format(Locale.ROOT, "%02d:%02d", minutes, seconds);
    }

    /** Seconds with up to three decimals and no trailing zeros: {@code 780}, {@code 12.5}. */
    public static BigDecimal seconds(long millis) {
        BigDecimal seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0, RoundingMode.UNNECESSARY) : seconds;
    }

    /** {@link #seconds(long)} of {@code duration}, rounded to the millisecond. */
    public static BigDecimal seconds(Duration duration) {
        return seconds(millis(duration));
    }
}
