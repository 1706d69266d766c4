package dev.interviewkit.export.internal.text;

import java.util.BitSet;

/**
 * A turn's text as it is spoken and shown in subtitles: every run of white space or control
 * characters becomes one space, and the text has no space at either end.
 */
public final class SpokenText {

    /**
     * {@link #isSpace} for every char, worked out once: the three {@link Character} property lookups
     * it takes cost more than the rest of {@link #of} together, and every writer normalises every turn.
     */
    private static final BitSet SPACES = new BitSet(1 << 16);

    static {
        for (int c = 0; c < 1 << 16; c++) {
            char ch = (char) c;
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isISOControl(ch)) {
                SPACES.set(c);
            }
        }
    }

    private SpokenText() {}

    /** {@code text} with white space collapsed and trimmed. */
    public static String of(CharSequence text) {
        int n = text.length();
        if (isSpoken(text, n)) {
            return text.toString(); // most turns have nothing to collapse: no copy
        }
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} is already what {@link #of} makes of it: its only spaces single {@code ' '} between other chars. */
    private static boolean isSpoken(CharSequence text, int n) {
        boolean afterSpace = true; // no space at the start
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (afterSpace || c != ' ') {
                    return false;
                }
                afterSpace = true;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || n == 0;
    }

    /** White space of any width, line ends and other control characters. */
    static boolean isSpace(char c) {
        return SPACES.get(c);
    }
}
