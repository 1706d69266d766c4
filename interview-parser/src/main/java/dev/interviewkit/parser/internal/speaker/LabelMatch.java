package dev.interviewkit.parser.internal.speaker;

/**
 * A speaker label found at the start of a line.
 *
 * @param label the label's text, markup removed ({@code 嘉宾Sam Altman})
 * @param raw the label as written, markup and colon included ({@code **嘉宾Sam Altman: **})
 * @param contentStart where the turn's own text starts in the line
 * @param openBold whether the text after the label is still inside the label's bold run
 *     ({@code **问：question…**}), so that the inline parser must see the bold open
 * @param wellFormed whether the label's bold markers are the plain {@code **label:**} (or the
 *     {@code **label:} of a bold question); otherwise html2text broke them and they were repaired
 */
public record LabelMatch(String label, String raw, int contentStart, boolean openBold, boolean wellFormed) {}
