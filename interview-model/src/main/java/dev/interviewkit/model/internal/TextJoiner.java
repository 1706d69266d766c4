package dev.interviewkit.model.internal;

/**
 * Joins pieces of text across line breaks the way a reader expects (pandoc's
 * {@code east_asian_line_breaks}): nothing between two wide CJK characters, one space elsewhere,
 * never a doubled space.
 */
public final class TextJoiner {

    private final StringBuilder text = new StringBuilder();
    private boolean pendingBreak;

    /** Appends {@code piece}, resolving a pending line break before it. */
    public TextJoiner append(CharSequence piece) {
        if (piece.length() == 0) {
            return this;
        }
        if (pendingBreak) {
            pendingBreak = false;
            if (text.length() > 0 && needsSpace(lastCodePoint(), Character.codePointAt(piece, 0))) {
                text.append(' ');
            }
        }
        text.append(piece);
        return this;
    }

    /** Marks a line break; it becomes a space or nothing when the next piece arrives. */
    public TextJoiner breakLine() {
        pendingBreak = true;
        return this;
    }

    /** Whether nothing has been appended yet. */
    public boolean isEmpty() {
        return text.length() == 0;
    }

    private int lastCodePoint() {
        return Character.codePointBefore(text, text.length());
    }

    /** Whether a line break between {@code before} and {@code after} reads as a space. */
    public static boolean needsSpace(int before, int after) {
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return false;
        }
        return !(CjkCharacters.isWide(before) && CjkCharacters.isWide(after));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
