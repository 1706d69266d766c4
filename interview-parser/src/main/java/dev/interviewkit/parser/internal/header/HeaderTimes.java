package dev.interviewkit.parser.internal.header;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Publication times as headers write them, read in Beijing time when they name no offset. */
public final class HeaderTimes {

    /** WeChat shows Beijing time; a header time without an offset is read in it. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private HeaderTimes() {}

    /** A publication time: with its own offset, or in Beijing time when it has none. */
    public static Optional<OffsetDateTime> parse(String value) {
        String v = value.strip();
        Optional<OffsetDateTime> common = commonForm(v);
        if (common.isPresent()) {
            return common;
        }
        try {
            if (fits(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
                return Optional.of(OffsetDateTime.parse(v));
            }
        } catch (DateTimeParseException notWithOffset) {
            // fall through to local forms
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                if (fits(v, format)) {
                    return Optional.of(LocalDateTime.parse(v, format).atOffset(BEIJING));
                }
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                if (fits(v, format)) {
                    return Optional.of(LocalDate.parse(v, format).atStartOfDay().atOffset(BEIJING));
                }
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * The form nearly every header writes, {@code 2024-09-15 08:04} or {@code 2024-09-15 08:04:31},
     * read by hand: a formatter costs more than the rest of the header. A value of that shape that
     * is no valid time (a 30 February, 24:00) is left to the formatters, which resolve it as before.
     */
    private static Optional<OffsetDateTime> commonForm(String v) {
        boolean seconds = v.length() == "yyyy-MM-dd HH:mm:ss".length();
        if (v.length() != "yyyy-MM-dd HH:mm".length() && !seconds || v.charAt(4) != '-' || v.charAt(7) != '-'
                || v.charAt(10) != ' ' || v.charAt(13) != ':' || seconds && v.charAt(16) != ':') {
            return Optional.empty();
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = seconds ? digits(v, 17, 2) : 0;
        if (year < 1 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).atOffset(BEIJING));
        } catch (java.time.DateTimeException notValid) {
            return Optional.empty();
        }
    }

    /** The number the {@code count} ASCII digits at {@code from} write, or -1 if one is no such digit. */
    private static int digits(String v, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Whether {@code text} has {@code format}'s shape, asked without an exception: most forms do not
     * fit, and a thrown {@link DateTimeParseException} (with its stack trace) cost more than the
     * parse. Where this says no, {@code parse} would have thrown; where it says yes, {@code parse}
     * still checks the values (a 30 February throws there).
     */
    private static boolean fits(String text, DateTimeFormatter format) {
        ParsePosition position = new ParsePosition(0);
        return format.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == text.length();
    }
}
