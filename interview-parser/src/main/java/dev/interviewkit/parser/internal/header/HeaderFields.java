package dev.interviewkit.parser.internal.header;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.rules.HeaderKeys;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Header fields: every {@code key: value} line is kept as a field, and a key {@link HeaderKeys}
 * knows also fills its typed metadata field (times read in Beijing time when they name no offset).
 */
final class HeaderFields {

    /** The value that means the place is unknown. */
    static final String UNKNOWN_PLACE = "未知地区";

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
                Optional<OffsetDateTime> time = HeaderTimes.parse(v);
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
