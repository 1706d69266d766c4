package dev.interviewkit.parser.internal.html;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.DocumentParser;
import dev.interviewkit.parser.internal.ParserSettings;
import dev.interviewkit.parser.internal.source.SourceDecoder;
import dev.interviewkit.parser.internal.source.SourceText;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The HTML front end: reads a saved WeChat article page (or a fragment of one) with jsoup, takes
 * its metadata ({@link PageMetadata}) and renders its body ({@code #js_content}) into the Markdown
 * lines the pipeline reads ({@link BodyRenderer}), runs the same pipeline as Markdown does, and
 * gives every position back in the page ({@link PageRelocation}). Nothing in the page is run or
 * fetched: jsoup builds a tree and nothing more. See docs/DESIGN.md, "HTML front end".
 */
public final class PageParser {

    private final ParserSettings settings;
    private final Diagnostics diagnostics;

    private PageParser(ParserSettings settings) {
        this.settings = settings;
        this.diagnostics = new Diagnostics(settings.maxDiagnostics());
    }

    /** Parses the page whose decoded lines are {@code decoded}. */
    public static DocumentParser.Outcome parse(SourceDecoder.Decoded decoded, ParserSettings settings) {
        PageParser parser = new PageParser(settings);
        try {
            return parser.read(decoded);
        } catch (RuntimeException | StackOverflowError fault) {
            return new DocumentParser(settings).failed(decoded.lines(), fault);
        }
    }

    /** An MHTML archive: refused with one error, since its parts are MIME-encoded, not a page. */
    public static DocumentParser.Outcome mhtml(SourceDecoder.Decoded decoded, ParserSettings settings) {
        Diagnostics diagnostics = new Diagnostics(settings.maxDiagnostics());
        diagnostics.addAll(decoded.diagnostics());
        diagnostics.error(DiagnosticCode.UNSUPPORTED_INPUT, 1, 1, "this is an MHTML archive (a page saved as a single "
                + "file), which this parser does not read: save the page as HTML (\"Webpage, HTML only\") and read that");
        return empty(decoded, diagnostics);
    }

    private DocumentParser.Outcome read(SourceDecoder.Decoded decoded) {
        diagnostics.addAll(decoded.diagnostics());
        // The decoded text as it is: jsoup's tracked positions are then positions in the page.
        String text = decoded.source().text();
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        Element body = page.getElementById("js_content");
        if (body == null) {
            body = page.selectFirst(".rich_media_content");
        }
        Element notice = page.selectFirst("." + NoticePages.TITLE_CLASS);
        if (body == null && notice != null) {
            Range.Position at = notice.sourceRange().start();
            diagnostics.error(DiagnosticCode.UNSUPPORTED_INPUT, at.lineNumber(), at.columnNumber(),
                    NoticePages.message(notice.text().strip()));
            return empty(decoded, diagnostics);
        }
        PageMetadata metadata = PageMetadata.read(page);
        Element root = body != null ? body : page.body();
        if (body != null) {
            reportChrome(body, text.length());
        }
        PagePositions.Rendered rendered = BodyRenderer.render(root, diagnostics);
        List<String> lines = rendered.lines().isEmpty() ? List.of("") : rendered.lines();
        DocumentParser.Outcome outcome = new DocumentParser(settings).parseRendered(
                new SourceDecoder.Decoded(SourceText.ofLines(lines), List.of()),
                new DocumentParser.KnownHeader(metadata.metadata(), metadata.account()));
        PageRelocation relocation = new PageRelocation(rendered.positions(), settings.maxDiagnostics());
        Interview interview = relocation.relocate(outcome.interview(), diagnostics.toList(), metadata.lines());
        return new DocumentParser.Outcome(interview, decoded.source().lineCount(),
                relocation.labelDecisions(outcome.labelDecisions()), outcome.transcriptEvidence());
    }

    /** One info diagnostic on how much of the page lies outside the article body. */
    private void reportChrome(Element body, int pageLength) {
        int start = body.sourceRange().start().pos();
        Range end = body.endSourceRange();
        int bodyEnd = end.isTracked() ? end.end().pos() : pageLength;
        int outside = Math.max(0, pageLength - Math.max(0, bodyEnd - start));
        if (outside > 0 && start >= 0) {
            Range.Position at = body.sourceRange().start();
            diagnostics.info(DiagnosticCode.INLINE_HTML, at.lineNumber(), at.columnNumber(), String.format(java.util.Locale.ROOT,
                    "read the article body #%s only; %,d of the page's %,d characters (%.1f%%) lie outside it (scripts, "
                            + "styles, menus, account cards) and are not article text", body.id().isEmpty()
                            ? "rich_media_content" : body.id(), outside, pageLength,
                    100.0 * outside / Math.max(1, pageLength)));
        }
    }

    private static DocumentParser.Outcome empty(SourceDecoder.Decoded decoded, Diagnostics diagnostics) {
        Interview interview = Interview.builder().diagnostics(diagnostics.toList()).build();
        return new DocumentParser.Outcome(interview, decoded.source().lineCount(), List.of(), List.of());
    }
}
