package dev.interviewkit.parser.testing;

import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.block.BlockScanner;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.source.LineJoiner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Writes a Markdown article the way WeChat's editor would have published it: a page whose
 * {@code #js_content} holds {@code <section>}-wrapped {@code <p>}s of {@code <span leaf>} text,
 * bold as {@code <strong>} (or, in the styled variant, as {@code font-weight} in a
 * {@code textstyle} span, with bold runs cut into several spans, labels included), images as
 * lazily loaded {@code data-src}, and the metadata in the script variables and meta tags the real
 * pages carry. Blocks come from the parser's own block scanner and inline text from its line
 * joiner, so that the page says what the Markdown says; html2text's broken star runs toggle bold
 * the way the inline parser reads them (a pair of stars toggles bold, a lone star italics).
 */
public final class WeChatPages {

    /** How bold is marked. */
    public enum Bold { STRONG, STYLED_AND_SPLIT }

    private final StringBuilder out = new StringBuilder();
    private final Bold boldStyle;
    private final Random random;

    private WeChatPages(Bold boldStyle, long seed) {
        this.boldStyle = boldStyle;
        this.random = new Random(seed);
    }

    /**
     * The page of the Markdown {@code markdown}, whose header (the lines {@code metadata} was read
     * from) becomes the page's metadata and is left out of the body.
     */
    public static String page(String markdown, Metadata metadata, Bold bold, long seed) {
        return new WeChatPages(bold, seed).write(markdown, metadata);
    }

    private String write(String markdown, Metadata metadata) {
        out.append("<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n<title></title>\n");
        metadata.title().ifPresent(t -> out.append("<meta property=\"og:title\" content=\"").append(attr(t)).append("\" />\n"));
        metadata.author().ifPresent(a -> out.append("<meta name=\"author\" content=\"").append(attr(a)).append("\" />\n"));
        out.append("<style>.rich_media_content { font-size: 17px; }</style>\n</head>\n<body>\n");
        out.append("<div id=\"page-content\"><div class=\"rich_media_area_primary\">\n");
        metadata.title().ifPresent(t -> out.append("<h1 class=\"rich_media_title\" id=\"activity-name\">").append(text(t))
                .append("</h1>\n"));
        out.append("<div class=\"rich_media_content js_underline_content\" id=\"js_content\" style=\"visibility: hidden;\">\n");
        List<String> lines = List.of(markdown.split("\n", -1));
        Deque<Integer> lists = new ArrayDeque<>();
        boolean inHeader = true;
        for (RawBlock block : BlockScanner.scan(lines)) {
            inHeader &= isHeader(block, metadata);
            if (inHeader) {
                continue;
            }
            if (block.kind() != RawBlock.Kind.LIST_ITEM) {
                closeLists(lists, -1);
            }
            switch (block.kind()) {
                case HEADING -> out.append("<h2>").append(inline(LineJoiner.join(block.content()))).append("</h2>\n");
                case LIST_ITEM -> listItem(block, lists);
                case QUOTE -> out.append("<blockquote><p>").append(inline(LineJoiner.join(block.content())))
                        .append("</p></blockquote>\n");
                case RULE -> out.append("<hr>\n");
                case CODE -> out.append("<pre>").append(text(String.join("\n", block.content()))).append("</pre>\n");
                case PARAGRAPH -> out.append("<section style=\"margin-bottom: 24px;\"><p>")
                        .append(inline(LineJoiner.join(block.content()))).append("</p></section>\n");
            }
        }
        closeLists(lists, -1);
        out.append("</div>\n</div></div>\n<script>\n");
        metadata.title().ifPresent(t -> out.append("    var msg_title = '").append(js(t)).append("'.html(false);\n"));
        metadata.author().ifPresent(a -> out.append("    var nickname = htmlDecode(\"").append(js(a)).append("\");\n"));
        out.append("    document.getElementById('js_content').style.visibility = 'visible';\n</script>\n</body></html>\n");
        return out.toString();
    }

    /** Whether the block holds header lines; the header is the run of such blocks that opens the document. */
    private static boolean isHeader(RawBlock block, Metadata metadata) {
        return metadata.lines().stream().anyMatch(r -> r.contains(block.firstLine()) || r.contains(block.lastLine()));
    }

    /** List items nest by their indentation, as the Markdown's do. */
    private void listItem(RawBlock block, Deque<Integer> lists) {
        int indent = block.level();
        closeLists(lists, indent);
        if (lists.isEmpty() || lists.peek() < indent) {
            out.append("<ul>\n");
            lists.push(indent);
        } else {
            out.append("</li>\n");
        }
        out.append("<li><section>").append(inline(LineJoiner.join(block.content()))).append("</section>\n");
    }

    /** Closes the lists deeper than {@code indent}. */
    private void closeLists(Deque<Integer> lists, int indent) {
        while (!lists.isEmpty() && lists.peek() > indent) {
            lists.pop();
            out.append("</li>\n</ul>\n");
        }
    }

    /** The joined inline Markdown of a block as WeChat's editor marks it up. */
    private String inline(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < markdown.length()) {
            char c = markdown.charAt(i);
            if (c == '*') {
                int stars = 0;
                while (i < markdown.length() && markdown.charAt(i) == '*') {
                    stars++;
                    i++;
                }
                flush(html, run, bold, italic);
                bold ^= (stars / 2) % 2 == 1;
                italic ^= stars % 2 == 1;
                continue;
            }
            if (c == LineJoiner.HARD_BREAK) {
                flush(html, run, bold, italic);
                html.append("<br>");
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < markdown.length() && isPunctuation(markdown.charAt(i + 1))) {
                run.append(markdown.charAt(i + 1));
                i += 2;
                continue;
            }
            int media = media(markdown, i, html, run, bold, italic);
            if (media > i) {
                i = media;
                continue;
            }
            run.append(c);
            i++;
        }
        flush(html, run, bold, italic);
        return html.toString();
    }

    /** An image or a link at {@code i}: written, and the index after it; {@code i} when there is none. */
    private int media(String s, int i, StringBuilder html, StringBuilder run, boolean bold, boolean italic) {
        boolean image = s.startsWith("![", i);
        if (!image && s.charAt(i) != '[') {
            return i;
        }
        int textStart = i + (image ? 2 : 1);
        int close = s.indexOf("](", textStart);
        int end = close < 0 ? -1 : s.indexOf(')', close);
        if (close < 0 || end < 0 || s.indexOf('[', textStart) >= 0 && s.indexOf('[', textStart) < close) {
            return i;
        }
        String label = s.substring(textStart, close);
        String url = s.substring(close + 2, end);
        flush(html, run, bold, italic);
        if (image) {
            html.append("<img class=\"rich_pages wxw-img\" data-src=\"").append(attr(url)).append("\" src=\"data:image/svg+xml,%3Csvg%3E\" alt=\"")
                    .append(attr(label)).append("\">");
        } else {
            html.append("<a href=\"").append(attr(url)).append("\">").append(inline(label)).append("</a>");
        }
        return end + 1;
    }

    private void flush(StringBuilder html, StringBuilder run, boolean bold, boolean italic) {
        if (run.length() == 0) {
            return;
        }
        String text = run.toString();
        run.setLength(0);
        if (italic) {
            html.append("<em>");
        }
        if (bold && boldStyle == Bold.STYLED_AND_SPLIT) {
            // The editor cuts bold text into spans wherever a style changed, labels included.
            int cut = text.length() > 1 ? 1 + random.nextInt(text.length() - 1) : text.length();
            if (Character.isLowSurrogate(text.charAt(Math.min(cut, text.length() - 1)))) {
                cut = text.length();
            }
            html.append("<span leaf=\"\" style=\"font-size: 17px;font-weight: normal;\"><span textstyle=\"\" style=\"font-weight: bold;\">")
                    .append(text(text.substring(0, cut))).append("</span></span>");
            if (cut < text.length()) {
                html.append("<span leaf=\"\"><span textstyle=\"\" style=\"font-size: 16px; font-weight: 700\">")
                        .append(text(text.substring(cut))).append("</span></span>");
            }
        } else if (bold) {
            html.append("<strong><span leaf=\"\">").append(text(text)).append("</span></strong>");
        } else {
            html.append("<span leaf=\"\">").append(text(text)).append("</span>");
        }
        if (italic) {
            html.append("</em>");
        }
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ';
    }

    /** Text as HTML: the Markdown's entities stay entities, markup characters are escaped. */
    private static String text(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String js(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\x27").replace("\"", "\\x22").replace("<", "\\u003c").replace("&", "\\x26");
    }
}
