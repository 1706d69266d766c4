package dev.interviewkit.parser.internal.header;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.rules.HeaderKeys;
import dev.interviewkit.parser.internal.speaker.DeclaredParticipants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * YAML front matter ({@code ---} … {@code ---} at the top), read with a YAML library: its fields
 * become header fields, the known keys fill the metadata, and its {@code speakers:} or
 * {@code people:} list names who may speak.
 *
 * <p>Canonical Markdown's front matter says more, and is read as data rather than as fields: a
 * {@code fields:} list of {@code key}/{@code value} pairs is the header as the source wrote it (the
 * typed keys then fill the metadata only), {@code characters:} and {@code readingMinutes:} are the
 * length claim, and {@code participants:} declares who speaks ({@link DeclaredParticipants}).
 */
public final class FrontMatter {

    /** Front matter longer than this is not front matter but a document that starts with a rule. */
    private static final int MAX_LINES = 500;
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** What the front matter held besides metadata. */
    public record Result(int lineCount, List<String> people, DeclaredParticipants participants) {
        public static final Result NONE = new Result(0, List.of(), DeclaredParticipants.NONE);
    }

    private FrontMatter() {}

    /** Reads the front matter at the top of {@code lines} into {@code metadata}, if the document has one. */
    public static Result read(List<String> lines, Metadata.Builder metadata, Diagnostics diagnostics) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Result.NONE;
        }
        int end = -1;
        for (int i = 1; i < lines.size() && i < MAX_LINES; i++) {
            String s = lines.get(i).strip();
            if (s.equals("---") || s.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Result.NONE;
        }
        String yaml = String.join("\n", lines.subList(1, end));
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException notYaml) {
            diagnostics.warning(DiagnosticCode.INVALID_HEADER_VALUE, 2, 1,
                    "the front matter is not valid YAML (" + firstLine(notYaml.getOriginalMessage())
                            + "); it is kept as written");
            return Result.NONE;
        }
        if (root == null || !root.isObject()) {
            return Result.NONE;
        }
        JsonNode listedFields = root.get("fields");
        boolean fieldsListed = listedFields != null && listedFields.isArray()
                && listedFields.valueStream().allMatch(f -> f.isObject() && !text(f.get("key")).isBlank());
        if (fieldsListed) {
            listedFields.values().forEach(f -> metadata.addField(HeaderField.of(text(f.get("key")), text(f.get("value")))));
        }
        List<String> people = new ArrayList<>();
        DeclaredParticipants participants = DeclaredParticipants.NONE;
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            int line = lineOf(lines, key, 2, end);
            if (fieldsListed && key.equals("fields")) {
                continue;
            }
            if (key.equals("participants") && value.isArray() && value.valueStream().allMatch(JsonNode::isObject)) {
                participants = DeclaredParticipants.read(value, line, diagnostics);
                continue;
            }
            if ((key.equals("characters") || key.equals("readingMinutes")) && claim(key, value, metadata)) {
                continue;
            }
            if (fieldsListed && HeaderKeys.isKnown(key)) {
                HeaderFields.applyTyped(key, text(value), line, metadata, diagnostics);
            } else {
                HeaderFields.apply(key, text(value), line, metadata, diagnostics);
            }
            if ((key.equals("speakers") || key.equals("people") || key.equals("guests") || key.equals("hosts"))
                    && value.isArray()) {
                value.values().forEach(v -> {
                    if (v.isValueNode() && !v.asString().isBlank()) {
                        people.add(v.asString().strip());
                    }
                });
            }
        }
        metadata.addLine(LineRange.of(1, end + 1));
        return new Result(end + 1, List.copyOf(people), participants);
    }

    /** The length claim's counts, when {@code value} is a whole number that is not negative. */
    private static boolean claim(String key, JsonNode value, Metadata.Builder metadata) {
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
            return false;
        }
        if (key.equals("characters")) {
            metadata.claimedCharacters(value.intValue());
        } else {
            metadata.claimedReadingMinutes(value.intValue());
        }
        return true;
    }

    /** Scalars as written, lists joined by commas, maps as {@code key: value} pairs. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return value.valueStream().map(FrontMatter::text).collect(Collectors.joining(", "));
        }
        if (value.isObject()) {
            return value.propertyStream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return value.asString();
    }

    /** The line where {@code key:} is written, for diagnostics; the first YAML line if not found. */
    private static int lineOf(List<String> lines, String key, int fallback, int end) {
        for (int i = 1; i < end; i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return fallback;
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message;
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
