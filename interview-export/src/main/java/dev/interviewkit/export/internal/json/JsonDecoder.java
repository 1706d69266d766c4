package dev.interviewkit.export.internal.json;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.BulletList;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Note;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON document of schema version 2 (as {@link JsonEncoder} writes it), or of version 1
 * (the same without {@code hasTranscript}), into an interview.
 *
 * <p>Strict: unknown fields, nulls, wrong types and missing required fields are errors, each
 * reported with its JSON Pointer. Derived plain texts ({@code text} beside {@code inlines}) are
 * accepted and ignored: the structure comes from the inlines.
 */
public final class JsonDecoder {

    private static final List<String> INTERVIEW_FIELDS = List.of("schemaVersion", "hasTranscript", "metadata", "speakers",
            "lead", "highlights", "sections", "media", "related", "credits", "boilerplate", "diagnostics");
    private static final List<String> VERSION_1_FIELDS = INTERVIEW_FIELDS.stream().filter(f -> !f.equals("hasTranscript")).toList();
    /** The versions this decoder reads. */
    private static final int FIRST_VERSION = 1;
    private static final List<String> METADATA_FIELDS = List.of("title", "author", "publishedAt", "location",
            "sourceUrl", "coverImageUrl", "claimedCharacters", "claimedReadingMinutes", "fields", "lines");
    private static final List<String> FIELD_FIELDS = List.of("key", "value");
    private static final List<String> SPEAKER_FIELDS = List.of("id", "name", "role", "aliases", "affiliation",
            "roleEvidence");
    private static final List<String> PARAGRAPH_BLOCK_FIELDS = List.of("type", "text", "inlines", "start", "lines");
    private static final List<String> LIST_BLOCK_FIELDS = List.of("type", "text", "items", "lines");
    private static final List<String> PARAGRAPH_FIELDS = List.of("text", "inlines", "start", "lines");
    private static final List<String> LIST_ITEM_FIELDS = List.of("text", "inlines", "children", "lines");
    private static final List<String> TEXT_FIELDS = List.of("type", "text");
    private static final List<String> CONTAINER_FIELDS = List.of("type", "children");
    private static final List<String> LINK_FIELDS = List.of("type", "url", "children");
    private static final List<String> IMAGE_FIELDS = List.of("type", "url", "alt");
    private static final List<String> LINE_BREAK_FIELDS = List.of("type");
    private static final List<String> HIGHLIGHT_FIELDS = List.of("title", "points", "lines");
    private static final List<String> SECTION_FIELDS = List.of("title", "subtitle", "lines", "titleLines", "turns");
    private static final List<String> TURN_FIELDS = List.of("speaker", "label", "paragraphs", "originalParagraphs",
            "start", "end", "lines");
    private static final List<String> MEDIA_FIELDS = List.of("kind", "url", "title", "startOffsetSeconds", "lines");
    private static final List<String> RELATED_FIELDS = List.of("title", "url", "lines");
    private static final List<String> CREDIT_FIELDS = List.of("text", "lines");
    private static final List<String> BOILERPLATE_FIELDS = List.of("kind", "text", "lines");
    private static final List<String> DIAGNOSTIC_FIELDS = List.of("severity", "code", "line", "column", "message");
    private static final List<String> LINES_FIELDS = List.of("start", "end");

    private Set<String> speakerIds = Set.of();

    private JsonDecoder() {}

    /**
     * The interview in {@code root}.
     *
     * @throws JsonDecodingException when {@code root} is not an interview of schema version 1 or 2
     */
    public static Interview read(JsonNode root) {
        return new JsonDecoder().interview(new PointedNode(root, ""));
    }

    private Interview interview(PointedNode node) {
        // The version first, so that a document of another version gets that message, not another.
        int version = schemaVersion(node.anyObject().required("schemaVersion"));
        node.object(version == FIRST_VERSION ? VERSION_1_FIELDS : INTERVIEW_FIELDS);
        List<Participant> speakers = node.required("speakers").array(this::speaker);
        speakerIds = uniqueIds(node.required("speakers"), speakers);
        Interview.Builder interview = Interview.builder()
                .metadata(metadata(node.required("metadata")))
                .participants(speakers)
                .lead(node.required("lead").array(this::block))
                .highlights(node.required("highlights").array(this::highlight))
                .sections(node.required("sections").array(this::section))
                .media(node.required("media").array(this::media))
                .related(node.required("related").array(this::related))
                .credits(node.required("credits").array(this::credit))
                .boilerplate(node.required("boilerplate").array(this::boilerplate))
                .diagnostics(node.required("diagnostics").array(this::diagnostic));
        Interview read = build(node, interview::build);
        if (version > FIRST_VERSION) {
            // Derived from the turns, and written for those who filter an archive without reading them: it must agree.
            PointedNode claim = node.required("hasTranscript");
            if (claim.bool() != read.hasTranscript()) {
                throw claim.failure("hasTranscript is " + claim.bool() + " but the document has "
                        + read.turns().size() + " turns");
            }
        }
        return read;
    }

    private static int schemaVersion(PointedNode node) {
        int version;
        try {
            version = node.integer();
        } catch (JsonDecodingException notAnInteger) {
            throw node.failure("schemaVersion must be an integer; this reader supports schemaVersion "
                    + supported());
        }
        if (version < FIRST_VERSION || version > JsonEncoder.SCHEMA_VERSION) {
            throw node.failure("unsupported schemaVersion " + version + "; this reader supports schemaVersion "
                    + supported());
        }
        return version;
    }

    private static String supported() {
        return FIRST_VERSION + " to " + JsonEncoder.SCHEMA_VERSION;
    }

    private static Set<String> uniqueIds(PointedNode speakersNode, List<Participant> speakers) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < speakers.size(); i++) {
            String id = speakers.get(i).id();
            if (!ids.add(id)) {
                throw new JsonDecodingException(speakersNode.pointer() + "/" + i + "/id",
                        "speaker id '" + id + "' appears more than once", null);
            }
        }
        return Set.copyOf(ids);
    }

    private Metadata metadata(PointedNode node) {
        node.object(METADATA_FIELDS);
        Metadata.Builder metadata = Metadata.builder()
                .title(optionalString(node, "title"))
                .author(optionalString(node, "author"))
                .publishedAt(node.optional("publishedAt").map(JsonDecoder::dateTime))
                .location(optionalString(node, "location"))
                .sourceUrl(optionalString(node, "sourceUrl"))
                .coverImageUrl(optionalString(node, "coverImageUrl"))
                .claimedCharacters(optionalInt(node, "claimedCharacters"))
                .claimedReadingMinutes(optionalInt(node, "claimedReadingMinutes"))
                .fields(node.required("fields").array(this::field))
                .lines(node.required("lines").array(JsonDecoder::lineRange));
        return build(node, metadata::build);
    }

    private static OffsetDateTime dateTime(PointedNode node) {
        String text = node.string();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw node.failure("'" + text + "' is not an ISO-8601 date and time with an offset, such as "
                    + "2024-09-15T08:04:00+08:00", e);
        }
    }

    private HeaderField field(PointedNode node) {
        node.object(FIELD_FIELDS);
        String key = node.required("key").string();
        String value = node.required("value").string();
        return build(node, () -> HeaderField.of(key, value));
    }

    private Participant speaker(PointedNode node) {
        node.object(SPEAKER_FIELDS);
        Participant.Builder speaker = Participant.builder()
                .id(node.required("id").string())
                .name(node.required("name").string())
                .role(constant(node.required("role"), Role.class, "role"))
                .aliases(strings(node.required("aliases")))
                .affiliation(optionalString(node, "affiliation"))
                .roleEvidence(strings(node.required("roleEvidence")));
        return build(node, speaker::build);
    }

    private Block block(PointedNode node) {
        String type = node.object(List.of("type", "text", "inlines", "items", "start", "lines")).required("type").string();
        switch (type) {
            case "paragraph":
                node.object(PARAGRAPH_BLOCK_FIELDS);
                return paragraphContent(node);
            case "note":
                node.object(PARAGRAPH_BLOCK_FIELDS);
                ignoreDerivedText(node);
                Note.Builder note = Note.builder()
                        .inlines(node.required("inlines").array(this::inline))
                        .lines(lines(node));
                return build(node, note::build);
            case "list":
                node.object(LIST_BLOCK_FIELDS);
                ignoreDerivedText(node);
                BulletList.Builder list = BulletList.builder()
                        .items(node.required("items").array(this::listItem))
                        .lines(lines(node));
                return build(node, list::build);
            default:
                throw node.failure("unknown block type '" + type + "'; expected one of paragraph, note, list");
        }
    }

    private Paragraph paragraph(PointedNode node) {
        node.object(PARAGRAPH_FIELDS);
        return paragraphContent(node);
    }

    private Paragraph paragraphContent(PointedNode node) {
        ignoreDerivedText(node);
        Paragraph.Builder paragraph = Paragraph.builder()
                .inlines(node.required("inlines").array(this::inline))
                .start(optionalSeconds(node, "start"))
                .lines(lines(node));
        return build(node, paragraph::build);
    }

    private ListItem listItem(PointedNode node) {
        node.object(LIST_ITEM_FIELDS);
        ignoreDerivedText(node);
        ListItem.Builder item = ListItem.builder()
                .inlines(node.required("inlines").array(this::inline))
                .children(node.required("children").array(this::listItem))
                .lines(lines(node));
        return build(node, item::build);
    }

    private Inline inline(PointedNode node) {
        String type = node.object(List.of("type", "text", "url", "alt", "children")).required("type").string();
        switch (type) {
            case "text":
                node.object(TEXT_FIELDS);
                String text = node.required("text").string();
                return build(node, () -> Inline.text(text));
            case "strong":
                node.object(CONTAINER_FIELDS);
                return new Inline.Strong(node.required("children").array(this::inline));
            case "emphasis":
                node.object(CONTAINER_FIELDS);
                return new Inline.Emphasis(node.required("children").array(this::inline));
            case "link":
                node.object(LINK_FIELDS);
                return new Inline.Link(node.required("url").string(), node.required("children").array(this::inline));
            case "image":
                node.object(IMAGE_FIELDS);
                return Inline.image(node.required("url").string(), node.required("alt").string());
            case "code":
                node.object(TEXT_FIELDS);
                return Inline.code(node.required("text").string());
            case "line_break":
                node.object(LINE_BREAK_FIELDS);
                return Inline.lineBreak();
            default:
                throw node.required("type").failure("unknown inline type '" + type
                        + "'; expected one of text, strong, emphasis, link, image, code, line_break");
        }
    }

    private Highlight highlight(PointedNode node) {
        node.object(HIGHLIGHT_FIELDS);
        Highlight.Builder highlight = Highlight.builder()
                .title(optionalString(node, "title"))
                .points(node.required("points").array(this::listItem))
                .lines(lines(node));
        return build(node, highlight::build);
    }

    private Section section(PointedNode node) {
        node.object(SECTION_FIELDS);
        Section.Builder section = Section.builder()
                .title(optionalString(node, "title"))
                .subtitle(optionalString(node, "subtitle"))
                .lines(lines(node))
                .titleLines(node.optional("titleLines").map(JsonDecoder::lineRange))
                .turns(node.required("turns").array(this::turn));
        return build(node, section::build);
    }

    private Turn turn(PointedNode node) {
        node.object(TURN_FIELDS);
        PointedNode speakerNode = node.required("speaker");
        String speaker = speakerNode.string();
        if (!speakerIds.contains(speaker)) {
            throw speakerNode.failure("unknown speaker '" + speaker + "'; speakers are " + speakerIds.stream().sorted().toList());
        }
        Turn.Builder turn = Turn.builder()
                .speaker(speaker)
                .label(optionalString(node, "label"))
                .paragraphs(node.required("paragraphs").array(this::paragraph))
                .originalParagraphs(node.required("originalParagraphs").array(this::paragraph))
                .start(optionalSeconds(node, "start"))
                .end(optionalSeconds(node, "end"))
                .lines(lines(node));
        return build(node, turn::build);
    }

    private MediaReference media(PointedNode node) {
        node.object(MEDIA_FIELDS);
        MediaReference.Builder media = MediaReference.builder()
                .kind(constant(node.required("kind"), MediaKind.class, "media kind"))
                .url(node.required("url").string())
                .title(optionalString(node, "title"))
                .startOffset(optionalSeconds(node, "startOffsetSeconds"))
                .lines(lines(node));
        return build(node, media::build);
    }

    private RelatedLink related(PointedNode node) {
        node.object(RELATED_FIELDS);
        RelatedLink.Builder link = RelatedLink.builder()
                .title(node.required("title").string())
                .url(node.required("url").string())
                .lines(lines(node));
        return build(node, link::build);
    }

    private Credit credit(PointedNode node) {
        node.object(CREDIT_FIELDS);
        Credit.Builder credit = Credit.builder().text(node.required("text").string()).lines(lines(node));
        return build(node, credit::build);
    }

    private Boilerplate boilerplate(PointedNode node) {
        node.object(BOILERPLATE_FIELDS);
        Boilerplate.Builder boilerplate = Boilerplate.builder()
                .kind(constant(node.required("kind"), BoilerplateKind.class, "boilerplate kind"))
                .text(node.required("text").string())
                .lines(lines(node));
        return build(node, boilerplate::build);
    }

    private Diagnostic diagnostic(PointedNode node) {
        node.object(DIAGNOSTIC_FIELDS);
        Diagnostic.Builder diagnostic = Diagnostic.builder()
                .severity(constant(node.required("severity"), Severity.class, "severity"))
                .code(constant(node.required("code"), DiagnosticCode.class, "diagnostic code"))
                .line(node.required("line").integer())
                .column(node.required("column").integer())
                .message(node.required("message").string());
        return build(node, diagnostic::build);
    }

    private static Optional<LineRange> lines(PointedNode node) {
        return node.optional("lines").map(JsonDecoder::lineRange);
    }

    private static LineRange lineRange(PointedNode node) {
        node.object(LINES_FIELDS);
        int start = node.required("start").integer();
        int end = node.required("end").integer();
        return build(node, () -> LineRange.of(start, end));
    }

    private static void ignoreDerivedText(PointedNode node) {
        node.optional("text").ifPresent(PointedNode::string);
    }

    private static Optional<String> optionalString(PointedNode node, String name) {
        return node.optional(name).map(PointedNode::string);
    }

    private static OptionalInt optionalInt(PointedNode node, String name) {
        Optional<PointedNode> value = node.optional(name);
        return value.isPresent() ? OptionalInt.of(value.get().integer()) : OptionalInt.empty();
    }

    private static Optional<Duration> optionalSeconds(PointedNode node, String name) {
        return node.optional(name).map(seconds -> {
            try {
                return DurationSeconds.toDuration(seconds.number());
            } catch (IllegalArgumentException e) {
                throw seconds.failure("a duration in seconds " + e.getMessage(), e);
            }
        });
    }

    private static List<String> strings(PointedNode node) {
        return node.array(PointedNode::string);
    }

    private static <E extends Enum<E>> E constant(PointedNode node, Class<E> type, String what) {
        String name = node.string();
        E value = JsonNames.constant(type, name);
        if (value == null) {
            throw node.failure("unknown " + what + " '" + name + "'; expected one of " + JsonNames.all(type));
        }
        return value;
    }

    /** Builds a model value, reporting what the model rejects at the value's place. */
    private static <T> T build(PointedNode node, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw node.failure(e.getMessage(), e);
        }
    }
}
