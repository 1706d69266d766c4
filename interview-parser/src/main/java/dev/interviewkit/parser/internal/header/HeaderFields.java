package dev.interviewkit.parser.internal.header;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.rules.HeaderKeys;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Header fields: every {@code key: value} line is kept as a field, and a key {@link HeaderKeys}
 * knows also fills its typed metadata field (times read in Beijing time when they name no offset).
 */
final class HeaderFields {

    /** WeChat shows Beijing time; a header time without an offset is read in it. */
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** The value that means the place is unknown. */
    static final String UNKNOWN_PLACE = "未知地区";

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private HeaderFields() {}

    /**
     * Records {@code key: value} in {@code metadata}: always as a field, and in the typed field
     * its key names, when it names one.
     */
    public static void apply(String key, String value, int line, Metadata.Builder metadata, Diagnostics diagnostics) {
        metadata.addField(HeaderField.of(key, value));
        if (!HeaderKeys.isKnown(key)) {
            diagnostics.info(DiagnosticCode.UNKNOWN_HEADER_FIELD, line, 1,
                    "header field '" + key + "' is kept as written; nothing interprets it");
            return;
        }
        applyTyped(key, value, line, metadata, diagnostics);
    }

    /**
     * Fills the typed field {@code key} names, without recording a field: for headers that list
     * their fields apart (canonical front matter). Does nothing for a key no row knows.
     */
    static void applyTyped(String key, String value, int line, Metadata.Builder metadata, Diagnostics diagnostics) {
        Optional<HeaderKeys.MetadataField> target = HeaderKeys.field(key);
        if (target.isEmpty() || value.isBlank()) {
            return;
        }
        BiConsumer<Metadata.Builder, String> setter = switch (target.get()) {
            case TITLE -> Metadata.Builder::title;
            case AUTHOR -> Metadata.Builder::author;
            case LOCATION -> (m, v) -> {
                if (!v.equals(UNKNOWN_PLACE)) {
                    m.location(v);
                }
            };
            case SOURCE -> Metadata.Builder::sourceUrl;
            case COVER -> Metadata.Builder::coverImageUrl;
            case PUBLISHED -> (m, v) -> {
                Optional<OffsetDateTime> time = parseTime(v);
                if (time.isPresent()) {
                    m.publishedAt(time.get());
                } else {
                    diagnostics.warning(DiagnosticCode.INVALID_HEADER_VALUE, line, 1,
                            "'" + v + "' is not a date and time this parser reads (such as 2024-09-15 08:04)");
                }
            };
        };
        setter.accept(metadata, value);
    }

    /** A publication time: with its own offset, or in Beijing time when it has none. */
    static Optional<OffsetDateTime> parseTime(String value) {
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

    /** Splits {@code 键: 值} at its first colon; empty when the line is no field. */
    static Optional<String[]> split(String line) {
        String s = SourceLines.strip(line);
        int colon = -1;
        for (int i = 0; i < s.length() && i <= 16; i++) {
            if (s.charAt(i) == ':' || s.charAt(i) == '：') {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            return Optional.empty();
        }
        String key = s.substring(0, colon).strip();
        if (key.isEmpty() || key.chars().anyMatch(c -> c == '*' || c == '[' || c == '#' || c == '(' || c == '（')) {
            return Optional.empty();
        }
        return Optional.of(new String[] {key, s.substring(colon + 1).strip()});
    }
}
