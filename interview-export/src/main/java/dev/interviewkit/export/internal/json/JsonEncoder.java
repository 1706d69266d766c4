package dev.interviewkit.export.internal.json;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BulletList;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Note;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an interview as a JSON document of schema version 2, value by value, to a generator.
 *
 * <p>Rules: keys in the schema's order; absent optional values are left out, never {@code null};
 * lists are always written, {@code []} when empty; enum values in lower case; durations in seconds
 * (see {@link DurationSeconds}); derived plain texts ({@code text}) beside the inline structure.
 */
public final class JsonEncoder {

    /**
     * The schema version this encoder writes. Version 2 adds {@code hasTranscript}; version 1
     * documents are the same without it.
     */
    public static final int SCHEMA_VERSION = 2;

    private final JsonGenerator json;

    private JsonEncoder(JsonGenerator json) {
        this.json = json;
    }

    /** Writes {@code interview} to {@code json} as one document. */
    public static void write(Interview interview, JsonGenerator json) {
        new JsonEncoder(json).interview(interview);
    }

    private void interview(Interview interview) {
        json.writeStartObject();
        json.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
        json.writeBooleanProperty("hasTranscript", interview.hasTranscript());
        json.writeName("metadata");
        metadata(interview.metadata());
        array("speakers", interview.participants(), this::speaker);
        array("lead", interview.lead(), this::block);
        array("highlights", interview.highlights(), this::highlight);
        array("sections", interview.sections(), this::section);
        array("media", interview.media(), this::media);
        array("related", interview.related(), this::related);
        array("credits", interview.credits(), this::credit);
        array("boilerplate", interview.boilerplate(), this::boilerplate);
        array("diagnostics", interview.diagnostics(), this::diagnostic);
        json.writeEndObject();
    }

    private void metadata(Metadata metadata) {
        json.writeStartObject();
        string("title", metadata.title());
        string("author", metadata.author());
        string("publishedAt", metadata.publishedAt().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format));
        string("location", metadata.location());
        string("sourceUrl", metadata.sourceUrl());
        string("coverImageUrl", metadata.coverImageUrl());
        integer("claimedCharacters", metadata.claimedCharacters());
        integer("claimedReadingMinutes", metadata.claimedReadingMinutes());
        array("fields", metadata.fields(), this::field);
        array("lines", metadata.lines(), this::lineRange);
        json.writeEndObject();
    }

    private void field(HeaderField field) {
        json.writeStartObject();
        json.writeStringProperty("key", field.key());
        json.writeStringProperty("value", field.value());
        json.writeEndObject();
    }

    private void speaker(Participant participant) {
        json.writeStartObject();
        json.writeStringProperty("id", participant.id());
        json.writeStringProperty("name", participant.name());
        json.writeStringProperty("role", JsonNames.of(participant.role()));
        array("aliases", participant.aliases(), json::writeString);
        string("affiliation", participant.affiliation());
        array("roleEvidence", participant.roleEvidence(), json::writeString);
        json.writeEndObject();
    }

    private void block(Block block) {
        json.writeStartObject();
        if (block instanceof Paragraph paragraph) {
            json.writeStringProperty("type", "paragraph");
            json.writeStringProperty("text", paragraph.text());
            array("inlines", paragraph.inlines(), this::inline);
            seconds("start", paragraph.start());
        } else if (block instanceof Note note) {
            json.writeStringProperty("type", "note");
            json.writeStringProperty("text", note.text());
            array("inlines", note.inlines(), this::inline);
        } else {
            BulletList list = (BulletList) block;
            json.writeStringProperty("type", "list");
            json.writeStringProperty("text", list.text());
            array("items", list.items(), this::listItem);
        }
        lines(block.lines());
        json.writeEndObject();
    }

    private void paragraph(Paragraph paragraph) {
        json.writeStartObject();
        json.writeStringProperty("text", paragraph.text());
        array("inlines", paragraph.inlines(), this::inline);
        seconds("start", paragraph.start());
        lines(paragraph.lines());
        json.writeEndObject();
    }

    private void listItem(ListItem item) {
        json.writeStartObject();
        json.writeStringProperty("text", item.text());
        array("inlines", item.inlines(), this::inline);
        array("children", item.children(), this::listItem);
        lines(item.lines());
        json.writeEndObject();
    }

    private void inline(Inline inline) {
        json.writeStartObject();
        if (inline instanceof Inline.Text text) {
            json.writeStringProperty("type", "text");
            json.writeStringProperty("text", text.value());
        } else if (inline instanceof Inline.Strong strong) {
            json.writeStringProperty("type", "strong");
            array("children", strong.children(), this::inline);
        } else if (inline instanceof Inline.Emphasis emphasis) {
            json.writeStringProperty("type", "emphasis");
            array("children", emphasis.children(), this::inline);
        } else if (inline instanceof Inline.Link link) {
            json.writeStringProperty("type", "link");
            json.writeStringProperty("url", link.url());
            array("children", link.children(), this::inline);
        } else if (inline instanceof Inline.Image image) {
            json.writeStringProperty("type", "image");
            json.writeStringProperty("url", image.url());
            json.writeStringProperty("alt", image.alt());
        } else if (inline instanceof Inline.Code code) {
            json.writeStringProperty("type", "code");
            json.writeStringProperty("text", code.value());
        } else {
            json.writeStringProperty("type", "line_break");
        }
        json.writeEndObject();
    }

    private void highlight(Highlight highlight) {
        json.writeStartObject();
        string("title", highlight.title());
        array("points", highlight.points(), this::listItem);
        lines(highlight.lines());
        json.writeEndObject();
    }

    private void section(Section section) {
        json.writeStartObject();
        string("title", section.title());
        string("subtitle", section.subtitle());
        lines(section.lines());
        lines("titleLines", section.titleLines());
        array("turns", section.turns(), this::turn);
        json.writeEndObject();
    }

    private void turn(Turn turn) {
        json.writeStartObject();
        json.writeStringProperty("speaker", turn.speaker());
        string("label", turn.label());
        array("paragraphs", turn.paragraphs(), this::paragraph);
        array("originalParagraphs", turn.originalParagraphs(), this::paragraph);
        seconds("start", turn.start());
        seconds("end", turn.end());
        lines(turn.lines());
        json.writeEndObject();
    }

    private void media(MediaReference media) {
        json.writeStartObject();
        json.writeStringProperty("kind", JsonNames.of(media.kind()));
        json.writeStringProperty("url", media.url());
        string("title", media.title());
        seconds("startOffsetSeconds", media.startOffset());
        lines(media.lines());
        json.writeEndObject();
    }

    private void related(RelatedLink link) {
        json.writeStartObject();
        json.writeStringProperty("title", link.title());
        json.writeStringProperty("url", link.url());
        lines(link.lines());
        json.writeEndObject();
    }

    private void credit(Credit credit) {
        json.writeStartObject();
        json.writeStringProperty("text", credit.text());
        lines(credit.lines());
        json.writeEndObject();
    }

    private void boilerplate(Boilerplate boilerplate) {
        json.writeStartObject();
        json.writeStringProperty("kind", JsonNames.of(boilerplate.kind()));
        json.writeStringProperty("text", boilerplate.text());
        lines(boilerplate.lines());
        json.writeEndObject();
    }

    private void diagnostic(Diagnostic diagnostic) {
        json.writeStartObject();
        json.writeStringProperty("severity", JsonNames.of(diagnostic.severity()));
        json.writeStringProperty("code", JsonNames.of(diagnostic.code()));
        json.writeNumberProperty("line", diagnostic.line());
        json.writeNumberProperty("column", diagnostic.column());
        json.writeStringProperty("message", diagnostic.message());
        json.writeEndObject();
    }

    private void lineRange(LineRange range) {
        json.writeStartObject();
        json.writeNumberProperty("start", range.start());
        json.writeNumberProperty("end", range.end());
        json.writeEndObject();
    }

    private void lines(Optional<LineRange> lines) {
        lines("lines", lines);
    }

    private void lines(String name, Optional<LineRange> lines) {
        if (lines.isPresent()) {
            json.writeName(name);
            lineRange(lines.get());
        }
    }

    private void string(String name, Optional<String> value) {
        value.ifPresent(v -> json.writeStringProperty(name, v));
    }

    private void integer(String name, OptionalInt value) {
        value.ifPresent(v -> json.writeNumberProperty(name, v));
    }

    private void seconds(String name, Optional<Duration> value) {
        value.ifPresent(v -> json.writeNumberProperty(name, DurationSeconds.of(v)));
    }

    private <T> void array(String name, List<T> values, Consumer<T> element) {
        json.writeName(name);
        json.writeStartArray();
        values.forEach(element);
        json.writeEndArray();
    }
}
