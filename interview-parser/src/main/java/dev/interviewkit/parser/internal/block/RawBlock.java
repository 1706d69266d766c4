package dev.interviewkit.parser.internal.block;

import dev.interviewkit.model.LineRange;
import java.util.List;

/**
 * A block as the scanner finds it, before anyone decides what it means: its kind, its source lines
 * and its content lines with the block markup ({@code #}, {@code * }, {@code >}) taken off.
 *
 * @param kind what kind of block
 * @param firstLine the 1-based number of its first source line
 * @param lastLine the 1-based number of its last source line
 * @param content the content lines, markup removed, one a source line
 * @param level the heading level, or the list item's indentation in columns
 */
public record RawBlock(Kind kind, int firstLine, int lastLine, List<String> content, int level) {

    /** The kinds of block the scanner tells apart. */
    public enum Kind {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        RULE,
        CODE
    }

    public RawBlock {
        content = List.copyOf(content);
    }

    public LineRange lines() {
        return LineRange.of(firstLine, lastLine);
    }

    /** The content lines joined by newlines, for classification by text. */
    public String rawText() {
        return String.join("\n", content);
    }
}
