package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.speaker.LabelMatch;
import dev.interviewkit.parser.internal.speaker.SpeakerDraft;
import java.util.List;
import java.util.Optional;

/**
 * A block after speaker labels are known: paragraphs are split where an accepted label starts a
 * line, and such a piece starts a turn.
 *
 *
 * <p>Every stage asks a unit for its inline content, so it is read once, when first asked; a unit
 * belongs to one parse and is not shared between threads.
 */
public final class Unit {

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

    private final Kind kind;
    private final int firstLine;
    private final int lastLine;
    private final List<String> content;
    private final int level;
    private final Optional<Label> label;
    private final List<String> subtitle;
    private InlineParser.Result inlines;

    /**
     * A unit.
     *
     * @param kind what the unit is
     * @param firstLine its first source line
     * @param lastLine its last source line
     * @param content its content lines; for a turn start, the label is cut off the first line
     * @param level heading level or list indentation
     * @param label the label and its speaker, for a turn start
     * @param subtitle for a heading, the lines of a pull quote set under it; empty otherwise
     */
    public Unit(Kind kind, int firstLine, int lastLine, List<String> content, int level, Optional<Label> label,
            List<String> subtitle) {
        this.kind = kind;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.content = List.copyOf(content);
        this.level = level;
        this.label = label;
        this.subtitle = List.copyOf(subtitle);
    }

    /** A unit that is not a turn start and has no subtitle. */
    public static Unit of(Kind kind, int firstLine, int lastLine, List<String> content, int level) {
        return new Unit(kind, firstLine, lastLine, content, level, Optional.empty(), List.of());
    }

    /** The same lines and content as another kind (and label), its inline content kept. */
    public Unit as(Kind newKind, Optional<Label> newLabel) {
        Unit unit = new Unit(newKind, firstLine, lastLine, content, level, newLabel, subtitle);
        unit.inlines = inlines;
        return unit;
    }

    public Kind kind() {
        return kind;
    }

    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return lastLine;
    }

    public List<String> content() {
        return content;
    }

    public int level() {
        return level;
    }

    public Optional<Label> label() {
        return label;
    }

    public List<String> subtitle() {
        return subtitle;
    }

    /** The content's inlines, read on first use: code blocks verbatim, everything else as Markdown. */
    public InlineParser.Result inlines() {
        if (inlines == null) {
            if (kind == Kind.CODE) {
                String code = String.join("\n", content);
                inlines = new InlineParser.Result(code.isBlank() ? List.of() : List.of(Inline.code(code)), false, false);
            } else {
                inlines = InlineParser.parse(content);
            }
        }
        return inlines;
    }

    public LineRange lines() {
        return LineRange.of(firstLine, lastLine);
    }

    public boolean isTextual() {
        return kind == Kind.TEXT || kind == Kind.QUOTE || kind == Kind.LIST_ITEM || kind == Kind.CODE;
    }
}
