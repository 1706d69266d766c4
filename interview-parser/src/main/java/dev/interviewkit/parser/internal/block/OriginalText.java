package dev.interviewkit.parser.internal.block;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a {@code <details>} block that holds a turn's original-language text
 * ({@code <summary>View/Hide Original English</summary><p class="english-text">…</p>}) with jsoup:
 * the summary is the toggle's caption and is dropped; each paragraph's text is kept, even when
 * the markup is broken.
 */
public final class OriginalText {

    private OriginalText() {}

    /** Whether the paragraph of {@code lines} is a {@code <details>} block. */
    public static boolean isDetailsBlock(List<String> lines) {
        return !lines.isEmpty() && opensDetails(lines.get(0));
    }

    /** Whether {@code line} opens a {@code <details>} block. */
    public static boolean opensDetails(String line) {
        // Every paragraph is asked: compare in place rather than lower-case a copy of its first line.
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return startsWithIgnoringAsciiCase(line, i, "<details");
    }

    /**
     * Whether {@code text} holds {@code prefix} (lower-case ASCII) at {@code from}, in either case.
     * Only ASCII letters lower-case to ASCII letters here (the Kelvin sign's {@code k} is in no
     * prefix), so this answers as {@code toLowerCase(Locale.ROOT).startsWith} did.
     */
    private static boolean startsWithIgnoringAsciiCase(String text, int from, String prefix) {
        if (text.length() - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(from + k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code line} holds the closing tag of a {@code <details>} block, in either case. */
    public static boolean closesDetails(String line) {
        return line.indexOf("</") >= 0 && line.toLowerCase(Locale.ROOT).contains("</details");
    }

    /** The paragraphs of the {@code <details>} block {@code html}, which stands on {@code lines}. */
    public static List<Paragraph> paragraphs(List<String> html, LineRange lines) {
        Document document = Jsoup.parseBodyFragment(String.join("\n", html));
        List<Paragraph> paragraphs = new ArrayList<>();
        // Paragraphs first: an unclosed <summary> (line 163 of one export) swallows the <p> after it.
        List<Element> blocks = document.select("p");
        if (blocks.isEmpty() && html.stream().anyMatch(String::isBlank)) {
            return markdownParagraphs(html, lines);
        }
        if (blocks.isEmpty()) {
            document.select("summary").remove();
            blocks = List.of(document.body());
        }
        for (Element block : blocks) {
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(Paragraph.builder().addInline(Inline.text(text)).lines(lines).build());
            }
        }
        return paragraphs;
    }

    /** A bold label at the start of a paragraph ({@code **Host:**}, {@code **Host**：}) and the space after it. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^\\*\\*[^*\\n]{1,40}?(?:[:：]\\*\\*|\\*\\*\\s*[:：])\\s*");

    /**
     * The paragraphs of a {@code <details>} block that holds Markdown: its paragraphs between blank
     * lines, tags and the summary left out, emphasis stars dropped, and the label that opens one
     * ({@code **Host:**}, the original language's name of the turn's speaker) too: the turn already
     * says who speaks, and the original text is what was said.
     */
    private static List<Paragraph> markdownParagraphs(List<String> html, LineRange lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (int k = 0; k <= html.size(); k++) {
            if (k < html.size() && !html.get(k).isBlank()) {
                group.add(html.get(k));
                continue;
            }
            if (!group.isEmpty()) {
                String markdown = LEADING_LABEL.matcher(String.join("\n", group).strip()).replaceFirst("");
                Document part = Jsoup.parseBodyFragment(markdown);
                part.select("summary").remove();
                String text = part.body().text().replace("**", "").strip();
                if (!text.isEmpty()) {
                    paragraphs.add(Paragraph.builder().addInline(Inline.text(text)).lines(lines).build());
                }
                group.clear();
            }
        }
        return paragraphs;
    }
}
