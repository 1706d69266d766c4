package dev.interviewkit.parser.internal.speaker;

/**
 * One place where a text stands like a speaker label, with what a careful reader looks at before
 * deciding whether someone speaks there.
 *
 * @param match the label as found: its text, markup and where the words after it start
 * @param line the 1-based source line of the label
 * @param column where in that line the label starts (0-based)
 * @param bold whether the label is bold ({@code **张三：**}) rather than plain ({@code 张三：})
 * @param placement where it stands in its paragraph
 * @param following what follows it: speech, or a caption, a value, a link
 * @param besideImage whether an image stands in its paragraph or right before or after it, where captions are
 * @param block the index of its block in the body, to measure stretches of the body
 */
public record LabelOccurrence(LabelMatch match, int line, int column, boolean bold, Placement placement,
        FollowingText following, boolean besideImage, int block) {

    /** Where a label stands. */
    public enum Placement {
        /** At the start of a paragraph, where turns start. */
        PARAGRAPH_START,
        /** At the start of a line inside a paragraph (the exporter joined two paragraphs). */
        LINE_START,
        /** After a finished sentence inside a line ({@code …吗？ **阿茂** ：…}), or glued to text before it. */
        MID_LINE,
        /** At the end of a line, its colon on the next ({@code **仁科**} ⏎ {@code ：说到…}). */
        WRAPPED,
        /**
         * Glued to the text before it with no sentence end between ({@code …剧照三联生活周刊：…}):
         * html2text lost a paragraph break. Only an accepted speaker's label is looked for there.
         */
        GLUED
    }

    /** The label's text. */
    public String label() {
        return match.label();
    }

    /** Whether the label was found glued to the text before it. */
    public boolean glued() {
        return placement == Placement.GLUED;
    }

    /** Whether the label opens its line (a paragraph or a line of one). */
    public boolean opensLine() {
        return placement == Placement.PARAGRAPH_START || placement == Placement.LINE_START;
    }
}
