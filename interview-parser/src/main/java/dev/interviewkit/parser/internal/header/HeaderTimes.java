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
