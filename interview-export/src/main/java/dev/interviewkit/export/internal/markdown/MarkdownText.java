package dev.interviewkit.export.internal.markdown;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.internal.CjkCharacters;
import java.util.List;

/**
 * Spells inline content and plain strings as Markdown that reads back as exactly the same content,
 * nothing of it turning into markup: {@code \ * _ [ ] ` < >} are escaped, {@code &} before what
 * could be a character reference is {@code &amp;}, a bare {@code http://} is kept from becoming a
 * link, and at the start of a line {@code # > - + = ~ 1.} are escaped so that no heading, quote,
 * list, rule or fence begins there. White space the reader would fold, or strip at the edges of a
 * line, is written so that the reader keeps what the model holds.
 *
 * <p>Lines a speaker-label detector would take for a label ({@code **关键是：**…}) get their first
 * letter as a character reference, which no label holds.
 */
public final class MarkdownText {

    /**
     * Speaker labels are at most this long; longer bold openings are text anyway. The parser reads
     * labels by this rule and {@link #LABEL_STOPS}, in a table of its own that this module cannot
     * see: a test in this module checks that the two agree.
     */
    public static final int MAX_LABEL_LENGTH = 32;
    /**
     * The characters no speaker label holds: sentence punctuation, brackets of links, markup. The
     * enumeration comma is none: it joins two names that answer together ({@code 陈天勇、张亚蕊}),
     * though no label opens with it.
     */
    public static final String LABEL_STOPS = "。，,！!？?；;[]()（）<>\"“”《》\\_`#/=";

    private final StringBuilder out = new StringBuilder();
    private int lineStart;
    private boolean strong;
    private boolean emphasis;

    /** The Markdown of one paragraph of {@code inlines}, on one line; hard breaks as {@code <br>}. */
    public static String paragraph(List<? extends Inline> inlines) {
        MarkdownText text = new MarkdownText();
        text.run(InlineRuns.canonical(inlines));
        text.toggle(false, false);
        return text.finish();
    }

    /** A plain string as Markdown text on one line: white space folded to spaces, every marker escaped. */
    public static String plain(String value) {
        MarkdownText text = new MarkdownText();
        text.text(InlineRuns.spaces(value).strip());
        return text.finish();
    }

    /** {@code url} as a link destination: characters that would end or change it are references. */
    public static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            boolean edge = i == 0 && cp == '<' || i + Character.charCount(cp) == url.length() && cp == '>';
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp) || cp == ')'
                    || cp == '(' || cp == '[' || cp == ']' || cp == '`' || cp == '"' || cp == '\\' || edge
                    || cp == '\u200B' || cp == '\uFEFF') {
                out.append("&#").append(cp).append(';');
            } else if (cp == '&' && !startsQueryParameter(url, i + 1)) {
                out.append("&amp;");
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@code &name=} in a URL is a parameter, never a reference; anything else after {@code &} may be one. */
    private static boolean startsQueryParameter(String url, int from) {
        int i = from;
        while (i < url.length() && url.charAt(i) < 128 && Character.isLetterOrDigit(url.charAt(i))) {
            i++;
        }
        return i > from && i < url.length() && "=-_".indexOf(url.charAt(i)) >= 0;
    }

    /** Whether {@code url} can stand bare in text and read back as a link to itself. */
    public static boolean isBareUrl(String url) {
        if (!(url.startsWith("http://") || url.startsWith("https://")) || url.length() <= "https://".length()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 127 || "<>\"`[]".indexOf(c) >= 0) {
                return false;
            }
        }
        return ".,;:!?'\")".indexOf(url.charAt(url.length() - 1)) < 0;
    }

    private void run(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Strong s) {
                for (Inline child : s.children()) {
                    atom(child, true);
                }
            } else {
                atom(inline, false);
            }
        }
    }

    private void atom(Inline inline, boolean inStrong) {
        if (inline instanceof Inline.Emphasis e) {
            for (Inline child : e.children()) {
                toggle(inStrong, true);
                content(child);
            }
            return;
        }
        toggle(inStrong, false);
        content(inline);
    }

    private void content(Inline inline) {
        if (inline instanceof Inline.Text t) {
            text(t.value());
        } else if (inline instanceof Inline.LineBreak) {
            // A hard break at the end of a Markdown line starts a new paragraph for the parser; an
            // HTML line break keeps the paragraph whole and on one line.
            out.append("<br>");
        } else if (inline instanceof Inline.Code c) {
            code(c.value());
        } else if (inline instanceof Inline.Image image) {
            out.append("![");
            text(image.alt());
            out.append("](").append(destination(image.url())).append(')');
        } else if (inline instanceof Inline.Link link) {
            boolean outerStrong = strong;
            boolean outerEmphasis = emphasis;
            out.append('[');
            strong = false;
            emphasis = false;
            run(link.children());
            toggle(false, false);
            out.append("](").append(destination(link.url())).append(')');
            strong = outerStrong;
            emphasis = outerEmphasis;
        }
    }

    /** Opens or closes strong emphasis and emphasis: one {@code *} toggles emphasis, a pair toggles strong. */
    private void toggle(boolean toStrong, boolean toEmphasis) {
        int stars = (toStrong != strong ? 2 : 0) + (toEmphasis != emphasis ? 1 : 0);
        out.append("*".repeat(stars));
        strong = toStrong;
        emphasis = toEmphasis;
    }

    private void code(String value) {
        int fence = 1;
        while (containsRunOf(value, fence)) {
            fence++;
        }
        boolean afterBacktick = out.length() > 0 && out.charAt(out.length() - 1) == '`';
        if (afterBacktick || fence >= 3 && out.length() == lineStart) {
            // Backticks run together (`a``b`), and three at a line's start open a fenced block:
            // an empty comment, which readers drop, keeps them apart.
            out.append("<!-- -->");
        }
        boolean pad = value.startsWith("`") || value.endsWith("`")
                || value.length() > 2 && value.startsWith(" ") && value.endsWith(" ") && !value.isBlank();
        String delimiter = "`".repeat(fence);
        out.append(delimiter).append(pad ? " " : "").append(value).append(pad ? " " : "").append(delimiter);
    }

    private static boolean containsRunOf(String value, int length) {
        int run = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i < value.length() && value.charAt(i) == '`') {
                run++;
            } else {
                if (run == length) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    private void text(String value) {
        for (int i = 0; i < value.length(); ) {
            if (CjkCharacters.isCommonIdeograph(value.charAt(i))) {
                // Han ideographs are most of a Chinese text and none needs escaping or any rule
                // below, at a line's start or not: copy the run in one go.
                int end = i + 1;
                while (end < value.length() && CjkCharacters.isCommonIdeograph(value.charAt(end))) {
                    end++;
                }
                out.append(value, i, end);
                i = end;
                continue;
            }
            int cp = value.codePointAt(i);
            int size = Character.charCount(cp);
            boolean atLineStart = out.length() == lineStart;
            if (atLineStart && isInvisible(cp)) {
                reference(cp);
            } else if (InlineRuns.foldsToSpace((char) cp) && size == 1) {
                out.append(' ');
            } else if ("\\*_[]`<>".indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '&' && i + 1 < value.length() && isReferenceStart(value.charAt(i + 1))) {
                out.append("&amp;");
            } else if (cp == 'h' && (value.startsWith("http://", i) || value.startsWith("https://", i))
                    && (i == 0 || !Character.isLetterOrDigit(value.codePointBefore(i)))) {
                reference(cp); // keeps a bare address from becoming a link
            } else if (atLineStart && "#>-+=~".indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
            } else if (atLineStart && cp >= '0' && cp <= '9') {
                int end = i;
                while (end < value.length() && end - i < 10 && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
                    end++;
                }
                out.append(value, i, end);
                if (end < value.length() && (value.charAt(end) == '.' || value.charAt(end) == ')')) {
                    out.append('\\').append(value.charAt(end));
                    end++;
                }
                i = end;
                continue;
            } else {
                out.appendCodePoint(cp);
            }
            i += size;
        }
    }

    private static boolean isReferenceStart(char c) {
        return c == '#' || c < 128 && Character.isLetterOrDigit(c);
    }

    /** Characters a reader strips from the edges of a line. */
    private static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\u200C'
                || cp == '\u200D' || cp == '\u2060' || cp == '\uFEFF';
    }

    private void reference(int cp) {
        out.append("&#").append(cp).append(';');
    }

    /** Finishes the current line: invisible characters at its end as references, a label-like opening defused. */
    private void endLine() {
        int end = out.length();
        int k = end;
        while (k > lineStart && isInvisible(Character.codePointBefore(out, k)) && out.charAt(k - 1) != ' ') {
            k -= Character.charCount(Character.codePointBefore(out, k));
        }
        if (k < end) {
            String tail = out.substring(k);
            out.setLength(k);
            tail.codePoints().forEach(this::reference);
        }
        defuseLabel();
    }

    private String finish() {
        endLine();
        return out.toString();
    }

    /** Turns the first letter of a line that opens like a speaker label into a character reference. */
    private void defuseLabel() {
        int labelStart = labelStart(out, lineStart);
        if (labelStart >= 0) {
            int cp = out.codePointAt(labelStart);
            out.replace(labelStart, labelStart + Character.charCount(cp), "&#" + cp + ";");
        }
    }

    /**
     * Where the label text starts when the line at {@code from} opens like a speaker label
     * ({@code **name:**}, stars and spaces around the colon in any arrangement), else -1.
     */
    static int labelStart(CharSequence line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        int stars = 0;
        while (i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == ' ')) {
            stars += line.charAt(i) == '*' ? 1 : 0;
            i++;
        }
        if (stars < 2) {
            return -1;
        }
        int start = i;
        int length = 0;
        while (i < line.length() && line.charAt(i) != '\n' && line.charAt(i) != '*' && line.charAt(i) != ':'
                && line.charAt(i) != '：') {
            if (LABEL_STOPS.indexOf(line.charAt(i)) >= 0 || line.charAt(i) == '、' && length == 0
                    || ++length > MAX_LABEL_LENGTH) {
                return -1;
            }
            i++;
        }
        if (length == 0) {
            return -1;
        }
        while (i < line.length() && (line.charAt(i) == '*' || line.charAt(i) == ' ')) {
            i++;
        }
        return i < line.length() && (line.charAt(i) == ':' || line.charAt(i) == '：') ? start : -1;
    }
}
