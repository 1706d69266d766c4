package dev.interviewkit.parser.internal.html;

import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a saved web page from Markdown by how the document starts, and by its file name where it
 * has one. Markdown may hold inline HTML ({@code <details>}, {@code <br>}, {@code <span>}) anywhere,
 * even on its first line, so only what a page starts with counts: a doctype, {@code <html>},
 * {@code <head>} or {@code <body>}, or markup that opens a WeChat article body. An MHTML archive
 * ("save as single file") is told apart too, to be refused plainly.
 */
public final class FormatDetector {

    /** What a document is. */
    public enum Kind { MARKDOWN, HTML, MHTML }

    /** How much of the start is searched for a WeChat body in a fragment. */
    private static final int FRAGMENT_REACH = 64 * 1024;
    /** How many leading HTML comments (a saver's banner) are looked past. */
    private static final int MAX_COMMENTS = 8;

    private FormatDetector() {}

    /** What the document of {@code lines}, named {@code fileName} when known, is. */
    public static Kind detect(List<String> lines, Optional<String> fileName) {
        String name = fileName.map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
        if (name.endsWith(".mht") || name.endsWith(".mhtml")) {
            return Kind.MHTML;
        }
        String first = firstVisibleLine(lines);
        boolean markup = first.startsWith("<");
        if (!markup && !first.regionMatches(true, 0, "from:", 0, 5) && !first.regionMatches(true, 0, "mime-version:", 0, 13)) {
            // Most documents answer here, before any copy of their start: Markdown that is not even markup.
            return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") ? Kind.HTML : Kind.MARKDOWN;
        }
        String start = start(lines).toLowerCase(Locale.ROOT);
        if (isMhtml(start)) {
            return Kind.MHTML;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        String opening = afterComments(start);
        if (opening.startsWith("<!doctype html") || opensTag(opening, "html") || opensTag(opening, "head")
                || opensTag(opening, "body")) {
            return Kind.HTML;
        }
        boolean wechatBody = markup && (start.contains("id=\"js_content\"") || start.contains("id=js_content")
                || start.contains("class=\"rich_media_content"));
        return wechatBody ? Kind.HTML : Kind.MARKDOWN;
    }

    private static String firstVisibleLine(List<String> lines) {
        for (String line : lines) {
            if (!SourceLines.isBlank(line)) {
                return SourceLines.strip(line);
            }
        }
        return "";
    }

    /** The document's first characters, lines joined, from its first visible one. */
    private static String start(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() == 0 && SourceLines.isBlank(line)) {
                continue;
            }
            out.append(out.length() == 0 ? SourceLines.strip(line) : line).append('\n');
            if (out.length() >= FRAGMENT_REACH) {
                break;
            }
        }
        return out.length() > FRAGMENT_REACH ? out.substring(0, FRAGMENT_REACH) : out.toString();
    }

    /** A MIME archive's headers: Chrome writes {@code From: <Saved by Blink>}, every saver {@code MIME-Version}. */
    private static boolean isMhtml(String lower) {
        String head = lower.length() > 4096 ? lower.substring(0, 4096) : lower;
        return (head.startsWith("from: <saved by blink>") || head.startsWith("mime-version:"))
                && head.contains("multipart/related");
    }

    /** {@code text} after leading HTML comments and white space. */
    private static String afterComments(String text) {
        String s = text;
        for (int i = 0; i < MAX_COMMENTS && s.startsWith("<!--"); i++) {
            int end = s.indexOf("-->");
            if (end < 0) {
                return s;
            }
            s = s.substring(end + 3).stripLeading();
        }
        return s;
    }

    private static boolean opensTag(String text, String tag) {
        if (!text.startsWith("<" + tag)) {
            return false;
        }
        int after = tag.length() + 1;
        return after < text.length() && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)));
    }
}
