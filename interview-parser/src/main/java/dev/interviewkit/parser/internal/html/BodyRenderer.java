package dev.interviewkit.parser.internal.html;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.parser.internal.Diagnostics;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an article body ({@code #js_content}) into the Markdown lines the pipeline reads, in one
 * pass over the tree (jsoup's traversal keeps no call stack, so deep nesting is safe): block
 * elements become paragraphs, headings, list items, quotes and code; {@code <br>} a hard break;
 * images their {@code data-src} (WeChat loads them lazily); links their {@code href}. Bold is what
 * a reader sees, decided as a browser cascades it: {@code <strong>}/{@code <b>} make text bold, a
 * {@code font-weight} in a {@code style} sets it either way ({@code bold}, {@code 600} and up, or
 * {@code normal}), and inner elements inherit it, so {@code <span leaf>} and {@code textstyle}
 * wrappers change nothing. Scripts, styles, forms and hidden elements are not text a reader sees.
 */
final class BodyRenderer implements NodeFilter {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "aside", "nav", "figure", "figcaption", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "center", "address", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "pre");

    /** Elements whose content no reader sees as article text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math", "head",
            "title", "meta", "link", "iframe", "frame", "object", "embed", "canvas", "audio", "video", "button", "input",
            "select", "textarea", "form");

    /**
     * Lists nested deeper are written at this depth: no article nests so far, and indentation that
     * grew with the depth would make a page of nested lists quadratic.
     */
    private static final int MAX_LIST_NESTING = 16;

    private final Element root;
    private final Diagnostics diagnostics;
    private final MarkdownLines out = new MarkdownLines();
    /** The bold state of each open element, innermost first. */
    private final Deque<Boolean> bold = new ArrayDeque<>();
    /** The open link's element and destination: links do not nest. */
    private Element link;
    private String linkUrl = "";
    /** For each open list, the next item's number, or 0 for a bulleted list. */
    private final Deque<int[]> lists = new ArrayDeque<>();
    private int quoteDepth;
    private int headingDepth;
    private int preDepth;

    private BodyRenderer(Element root, Diagnostics diagnostics) {
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /** The lines {@code root} renders to, with their page positions; javascript links are reported to {@code diagnostics}. */
    static PagePositions.Rendered render(Element root, Diagnostics diagnostics) {
        BodyRenderer renderer = new BodyRenderer(root, diagnostics);
        renderer.bold.push(false);
        NodeTraversor.filter(renderer, root);
        return new PagePositions.Rendered(renderer.out.lines(), new PagePositions(renderer.out.sourceLines(),
                renderer.out.sourceColumns()));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            text(text);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctypes, script data
        }
        String tag = element.normalName();
        if (element != root && (SKIPPED.contains(tag) || InlineStyle.hidden(element))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        bold.push(InlineStyle.bold(element, bold.peek()));
        Range.Position at = node.sourceRange().start();
        switch (tag) {
            case "br" -> out.lineBreak(at.lineNumber(), at.columnNumber());
            case "img" -> image(element, at);
            case "hr" -> out.wholeLine("* * *", at.lineNumber(), at.columnNumber());
            case "a" -> openLink(element, at);
            case "pre" -> {
                preDepth++;
                out.startCode(at.lineNumber(), at.columnNumber());
            }
            case "blockquote" -> {
                quoteDepth++;
                startBlock();
            }
            case "ul", "ol" -> {
                lists.push(new int[] {tag.equals("ol") ? Math.max(1, startNumber(element)) : 0});
                startBlock();
            }
            case "li" -> startItem();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                headingDepth++;
                String marks = "#".repeat(tag.charAt(1) - '0') + " ";
                out.startBlock(context() + marks, context() + marks, false);
            }
            case "td", "th" -> out.space(false);
            default -> {
                if (BLOCKS.contains(tag)) {
                    startBlock();
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        bold.pop();
        String tag = element.normalName();
        switch (tag) {
            case "a" -> {
                if (element == link) {
                    out.closeLink(linkUrl);
                    link = null;
                }
            }
            case "pre" -> {
                preDepth--;
                out.endBlock();
            }
            case "blockquote" -> {
                quoteDepth--;
                startBlock();
            }
            case "ul", "ol" -> {
                lists.pop();
                startBlock();
            }
            case "li" -> {
                out.endItem();
                startBlock();
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                headingDepth--;
                startBlock();
            }
            case "td", "th" -> out.space(false);
            default -> {
                if (BLOCKS.contains(tag)) {
                    startBlock();
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    /** Ends the block before and opens one at the current quote and list depth. */
    private void startBlock() {
        out.startBlock(context(), context(), false);
    }

    private void startItem() {
        int[] list = lists.isEmpty() ? new int[] {0} : lists.peek();
        String marker = list[0] == 0 ? "* " : (list[0]++) + ". ";
        out.startBlock(context() + marker, context() + " ".repeat(marker.length()), true);
    }

    /**
     * What every line at this depth starts with: a quote mark, and the indentation of enclosing
     * items. Quotes inside quotes are one quote: the pipeline reads one level, as html2text's
     * Markdown rarely has more.
     */
    private String context() {
        int nesting = Math.min(Math.max(0, lists.size() - 1), MAX_LIST_NESTING);
        return (quoteDepth > 0 ? "> " : "") + "  ".repeat(nesting);
    }

    private static int startNumber(Element list) {
        String start = list.attr("start").strip();
        if (start.isEmpty() || start.length() > 6 || !start.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        return Integer.parseInt(start);
    }

    private void openLink(Element a, Range.Position at) {
        String href = a.attr("href").strip();
        if (isScript(href)) {
            diagnostics.warning(DiagnosticCode.INLINE_HTML, at.lineNumber(), at.columnNumber(),
                    "a javascript: link was dropped (nothing in a page is run); its text is kept");
            return;
        }
        if (href.isEmpty() || href.startsWith("#") || link != null || preDepth > 0 || headingDepth > 0) {
            return; // no destination, a jump inside the page, or a link inside a link: its text is what counts
        }
        link = a;
        linkUrl = href;
        out.openLink(at.lineNumber(), at.columnNumber());
    }

    /** Whether a link would run script: browsers ignore white space and control characters in the scheme. */
    private static boolean isScript(String href) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < href.length() && scheme.length() < 11; i++) {
            char c = href.charAt(i);
            if (c > ' ') {
                scheme.append(Character.toLowerCase(c));
            }
        }
        return scheme.toString().startsWith("javascript:") || scheme.toString().startsWith("vbscript:");
    }

    private void image(Element img, Range.Position at) {
        String url = img.attr("data-src").strip();
        if (url.isEmpty() || url.startsWith("data:")) {
            url = img.attr("src").strip();
        }
        if (url.isEmpty() || url.regionMatches(true, 0, "data:", 0, 5)) {
            return; // a placeholder the page's script would have replaced: there is no picture to name
        }
        out.image(img.attr("alt").strip(), url, at.lineNumber(), at.columnNumber());
    }

    /** A text node, cut into runs of visible text and white space (HTML collapses white space). */
    private void text(TextNode node) {
        String text = node.getWholeText();
        Range.Position at = node.sourceRange().start();
        if (preDepth > 0) {
            out.text(text, false, at.lineNumber(), at.columnNumber());
            return;
        }
        boolean strong = headingDepth == 0 && bold.peek();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean lineEnd = false;
            while (i < text.length() && isHtmlSpace(text.charAt(i))) {
                lineEnd |= text.charAt(i) == '\n';
                i++;
            }
            if (i > start) {
                out.space(lineEnd);
                continue;
            }
            while (i < text.length() && !isHtmlSpace(text.charAt(i))) {
                i++;
            }
            out.text(text.subSequence(start, i), strong, at.lineNumber(), at.columnNumber());
        }
    }

    /** HTML's white space, which collapses; a no-break space does not. */
    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
