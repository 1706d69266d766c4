package dev.interviewkit.parser.internal;

import dev.interviewkit.model.LineRange;
import java.util.List;
import java.util.Optional;

/**
 * A block after speaker labels are known: paragraphs are split where an accepted label starts a
 * line, and such a piece starts a turn.
 *
 * @param kind what the unit is
 * @param firstLine its first source line
 * @param lastLine its last source line
 * @param content its content lines; for a turn start, the label is cut off the first line
 * @param level heading level or list indentation
 * @param label the label and its speaker, for a turn start
 * @param subtitle for a heading, the lines of a pull quote set under it; empty otherwise
 */
public record Unit(Kind kind, int firstLine, int lastLine, List<String> content, int level, Optional<Label> label,
        List<String> subtitle) {

    /** The kinds of unit. */
    public enum Kind {
        TURN_START,
        /** A label followed by a name, not by speech ({@code A：Geoffrey Hinton}). */
        ROSTER,
        /** A {@code <details>} block: the original-language text of the turn above it. */
        DETAILS,
        /** The start of a speech the lead introduces ({@code 以下是 Ilya Sutskever 的演讲全文：}), unlabelled. */
        SPEECH,
        /** The editor speaking between parts of the transcript ({@code Ilya 回答了几位提问者简短的问题。}). */
        NARRATION,
        TEXT,
        HEADING,
        LIST_ITEM,
        QUOTE,
        RULE,
        CODE
    }

    /** A turn's label and who it names. */
    public record Label(LabelMatch match, SpeakerDraft speaker) {}

    public Unit {
        content = List.copyOf(content);
        subtitle = List.copyOf(subtitle);
    }

    /** A unit that is not a turn start and has no subtitle. */
    public static Unit of(Kind kind, int firstLine, int lastLine, List<String> content, int level) {
        return new Unit(kind, firstLine, lastLine, content, level, Optional.empty(), List.of());
    }

    public LineRange lines() {
        return LineRange.of(firstLine, lastLine);
    }

    public boolean isTextual() {
        return kind == Kind.TEXT || kind == Kind.QUOTE || kind == Kind.LIST_ITEM || kind == Kind.CODE;
    }
}
