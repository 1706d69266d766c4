package dev.interviewkit.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.parser.InterviewParser;
import dev.interviewkit.parser.internal.ParserSettings;
import dev.interviewkit.parser.internal.source.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Pages are told from Markdown by how they start, never by inline HTML a Markdown file holds. */
class FormatDetectorTest {

    private static FormatDetector.Kind detect(String text) {
        return detect(text, Optional.empty());
    }

    private static FormatDetector.Kind detect(String text, Optional<String> name) {
        return FormatDetector.detect(List.of(text.split("\n", -1)), name);
    }

    @Test
    void aPageStartsWithADoctypeOrTheHtmlHeadOrBodyTag() {
        assertThat(detect("\uFEFF\n  <!DOCTYPE html>\n<html>")).isEqualTo(FormatDetector.Kind.HTML);
        assertThat(detect("<html lang=\"zh\"><body></body></html>")).isEqualTo(FormatDetector.Kind.HTML);
        assertThat(detect("<!-- saved with SingleFile -->\n<html>")).isEqualTo(FormatDetector.Kind.HTML);
        assertThat(detect("<body>\n<p>x</p>")).isEqualTo(FormatDetector.Kind.HTML);
    }

    @Test
    void aSavedBodyFragmentIsAPage() {
        assertThat(detect("<div class=\"rich_media_content\" id=\"js_content\">\n<p>x</p></div>"))
                .isEqualTo(FormatDetector.Kind.HTML);
    }

    @Test
    void markdownWithInlineHtmlStaysMarkdown() {
        assertThat(detect("<details><summary>Original</summary>\n<p>text</p></details>\n\n**Host:** hi"))
                .isEqualTo(FormatDetector.Kind.MARKDOWN);
        assertThat(detect("<br />\n# 标题\n正文<br>")).isEqualTo(FormatDetector.Kind.MARKDOWN);
        assertThat(detect("<!-- boilerplate: promotion -->\n关注我们")).isEqualTo(FormatDetector.Kind.MARKDOWN);
        assertThat(detect("<htmlx>")).isEqualTo(FormatDetector.Kind.MARKDOWN);
    }

    @Test
    void theFileNameDecidesForPagesAndArchives() {
        assertThat(detect("<p>x</p>", Optional.of("Article.HTM"))).isEqualTo(FormatDetector.Kind.HTML);
        assertThat(detect("anything", Optional.of("page.mhtml"))).isEqualTo(FormatDetector.Kind.MHTML);
        assertThat(detect("# title", Optional.of("a.md"))).isEqualTo(FormatDetector.Kind.MARKDOWN);
    }

    @Test
    void anMhtmlArchiveIsToldByItsMimeHeaders() {
        assertThat(detect("From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;"))
                .isEqualTo(FormatDetector.Kind.MHTML);
        assertThat(detect("MIME-Version: 1.0 is a header")).isEqualTo(FormatDetector.Kind.MARKDOWN);
    }

    /**
     * The wild corpus (12,146 articles, unpacked beside the project as {@code ../wild}): none of its
     * Markdown files is read as a page, by content alone (as from standard input) or with its name.
     */
    @Test
    void noMarkdownFileOfTheWildCorpusIsReadAsAPage() throws IOException {
        Path wild = List.of(Path.of("..", "..", "wild"), Path.of("..", "wild")).stream()
                .filter(p -> Files.isRegularFile(p.resolve("LIST"))).findFirst().orElse(null);
        Assumptions.assumeTrue(wild != null, "wild corpus ../wild is absent: the detection check over it is skipped");
        ParserSettings settings = new ParserSettings(InterviewParser.DEFAULT_MAX_INPUT_CHARS,
                InterviewParser.DEFAULT_MAX_DIAGNOSTICS);
        List<String> pages = new ArrayList<>();
        int markdownFiles = 0;
        for (String name : Files.readAllLines(wild.resolve("LIST"))) {
            if (!name.endsWith(".md")) {
                continue;
            }
            markdownFiles++;
            Path file = wild.resolve(name);
            List<String> lines;
            try (InputStream in = Files.newInputStream(file)) {
                lines = SourceDecoder.decode(in, settings).lines();
            }
            if (FormatDetector.detect(lines, Optional.empty()) != FormatDetector.Kind.MARKDOWN
                    || FormatDetector.detect(lines, Optional.of(file.getFileName().toString())) != FormatDetector.Kind.MARKDOWN) {
                pages.add(name);
            }
        }
        assertThat(markdownFiles).isGreaterThan(12_000);
        assertThat(pages).isEmpty();
    }
}
