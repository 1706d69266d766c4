package dev.interviewkit.export.internal.text;

/**
 * A turn's text as it is spoken and shown in subtitles: every run of white space or control
 * characters becomes one space, and the text has no space at either end.
 */
public final class SpokenText {

    private SpokenText() {}

    /** {@code text} with white space collapsed and trimmed. */
    public static String of(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
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

    /** White space of any width, line ends and other control characters. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
