package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.testing.InternalErrors;
import dev.interviewkit.parser.testing.InterviewDocuments;
import dev.interviewkit.parser.testing.SourceCoverage;
import dev.interviewkit.parser.testing.WeChatPages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the HTML front end: a generated interview published as a WeChat page reads back
 * as the transcript that was written, and no HTML-ish input makes the parser fault.
 */
class HtmlPagePropertyTest {

    private static final int MAX_DIAGNOSTICS = 50;
    private static final InterviewParser PARSER = InterviewParser.builder().maxDiagnostics(MAX_DIAGNOSTICS).build();

    /** Page markup and WeChat's editor debris, mixed with Markdown's, so that random pages hit every path. */
    private static final List<String> FRAGMENTS = List.of("<p>", "</p>", "<section>", "</section>", "<div>", "</div>",
            "<strong>", "</strong>", "<b>", "</b>", "<span leaf=\"\">", "<span textstyle=\"\" style=\"font-weight: bold;\">",
            "<span style=\"font-weight:normal\">", "<span style=\"font-weight: 700 !important\">", "</span>", "<br>",
            "<br/>", "<img data-src=\"https://mmbiz.qpic.cn/a.jpg\">", "<img src=\"data:image/png;base64,AA\">",
            "<a href=\"https://mp.weixin.qq.com/s?a=1&amp;b=2\">", "<a href=\"javascript:void(0)\">", "<a href=\"#x\">",
            "</a>", "<ul>", "<ol start=\"3\">", "<li>", "</li>", "</ul>", "</ol>", "<h2>", "</h2>", "<blockquote>",
            "</blockquote>", "<pre>", "</pre>", "<hr>", "<table><tr><td>", "</td><td>", "</td></tr></table>",
            "<script>var ct = \"1762243169\";</script>", "<style>p{}</style>", "<em>", "</em>",
            "<p style=\"display:none\">", "<!-- c -->", "主持人", "：", "Sam Altman:", "你好。", "问：", "**", "*", "\\", "[",
            "](", "&amp;", "&lt;", "&nbsp;", "&#", "<", ">", "\n", " ", "\t", "🌟", "\u0000", "\uD800", "# ", "1. ", "> ",
            "weui-msg__title", "<div class=\"weui-msg__title\">删除</div>");

    private static final List<String> PAGE_STARTS = List.of("<!DOCTYPE html>\n<html><body><div id=\"js_content\">",
            "<html>", "<div id=\"js_content\">", "<section class=\"rich_media_content\" id=\"js_content\">", "");

    private static Gen<String> pageSoup() {
        Gen<String> body = SourceDSL.lists().of(Generate.pick(FRAGMENTS).mix(SourceDSL.strings().allPossible().ofLengthBetween(0, 4)))
                .ofSizeBetween(0, 80).map(parts -> String.join("", parts));
        return Generate.pick(PAGE_STARTS).zip(body, String::concat);
    }

    @Test
    void generatedInterviewsPublishedAsPagesGiveBackTheirTranscript() {
        qt().withExamples(150).forAll(InterviewDocuments.documents(), SourceDSL.longs().all()).checkAssert((doc, seed) -> {
            Interview markdown = PARSER.parse(doc.text()).interview();
            for (WeChatPages.Bold bold : WeChatPages.Bold.values()) {
                String page = WeChatPages.page(doc.text(), markdown.metadata(), bold, seed);
                ParseResult result = PARSER.parse(page);
                Interview interview = result.interview();
                String context = doc + "\n---- page ----\n" + page;
                InternalErrors.assertNone(result, context);
                List<Turn> turns = interview.turns();
                assertThat(turns).as(context).hasSameSizeAs(doc.turns());
                for (int i = 0; i < turns.size(); i++) {
                    InterviewDocuments.ExpectedTurn expected = doc.turns().get(i);
                    assertThat(turns.get(i).text()).as("turn %d of %s", i + 1, context).isEqualTo(expected.text());
                    if (!expected.speakerName().equals("主持人")) {
                        assertThat(interview.participant(turns.get(i).speaker()).orElseThrow().name())
                                .as("turn %d of %s", i + 1, context).isEqualTo(expected.speakerName());
                    }
                }
                assertThat(interview.sections().stream().flatMap(s -> s.title().stream()).toList()).as(context)
                        .isEqualTo(doc.sectionTitles());
                assertThat(interview.participants()).as(context).hasSize(doc.speakers().size());
            }
        });
    }

    @Test
    void htmlDebrisParsesWithoutAFaultWithBoundedDiagnosticsAndPagePositions() {
        qt().withExamples(1_000).forAll(pageSoup()).checkAssert(text -> {
            ParseResult result = PARSER.parse(text);
            InternalErrors.assertNone(result, text);
            assertThat(result.diagnostics()).as(text).hasSizeLessThanOrEqualTo(MAX_DIAGNOSTICS + 1);
            int lines = SourceCoverage.decodedLines(text).size();
            assertThat(result.diagnostics()).as(text).allMatch(d -> d.line() <= lines);
            assertThat(SourceCoverage.problems(result.interview(), SourceCoverage.decodedLines(text)))
                    .as(text).noneMatch(p -> p.contains("past the end"));
        });
    }

    @Test
    void forcedHtmlNeverFaultsOnAnyString() {
        InterviewParser html = InterviewParser.builder().inputFormat(InputFormat.HTML).maxDiagnostics(MAX_DIAGNOSTICS).build();
        qt().withExamples(300).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(text -> InternalErrors.assertNone(html.parse(text), text));
    }
}
