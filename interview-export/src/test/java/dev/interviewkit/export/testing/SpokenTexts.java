package dev.interviewkit.export.testing;

import java.util.List;

/**
 * What "nothing lost, nothing invented" means for subtitles: a turn's text with white space folded
 * (every run of white space or control characters one space, none at the ends), and pieces that
 * give it back when joined with nothing or one space, exactly where the text has one.
 */
public final class SpokenTexts {

    private SpokenTexts() {}

    /** {@code text} with white space folded and trimmed, independently of the writers' own code. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
            } else {
                out.append(space ? " " : "").append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code pieces}, in order, spell {@code text} exactly, with at most one space of
     * {@code text} between two pieces and none elsewhere.
     */
    public static boolean spell(String text, List<String> pieces) {
        int at = 0;
        for (int p = 0; p < pieces.size(); p++) {
            if (p > 0 && at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            String piece = pieces.get(p);
            if (piece.isEmpty() || !text.startsWith(piece, at)) {
                return false;
            }
            at += piece.length();
        }
        return at == text.length();
    }
}
