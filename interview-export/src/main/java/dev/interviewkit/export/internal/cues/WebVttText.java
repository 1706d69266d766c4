package dev.interviewkit.export.internal.cues;

import java.io.IOException;

/**
 * Text in a WebVTT file, for the subtitle and chapter writers alike: cue text escaped, and the
 * {@code NOTE} block that says how the times were found.
 */
public final class WebVttText {

    private WebVttText() {}

    /** A {@code NOTE} block of {@code text}, which then holds no blank line and no {@code -->}. */
    public static void note(String text, Appendable out) throws IOException {
        out.append("NOTE\n").append(text.replace("-->", "->").replace('\n', ' ')).append('\n');
    }

    /** Cue text: {@code &}, {@code <} and {@code >} as character references, line ends as spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
