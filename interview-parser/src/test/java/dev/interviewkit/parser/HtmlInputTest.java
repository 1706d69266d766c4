package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.testing.InternalErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved WeChat pages, quirk by quirk: the HTML front end gives the pipeline what a reader sees. */
class HtmlInputTest {

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    /** A modern page around {@code body}, which starts on line 4 of the page. */
    private static String page(String body) {
        return "<!DOCTYPE html>\n<html><head><title></title><style>p { color: red; }</style></head><body>\n"
                + "<div class=\"rich_media_content\" id=\"js_content\" style=\"visibility: hidden;\">\n"
                + body + "\n</div>\n<script>var ct = \"1700000000\";</script>\n</body></html>\n";
    }

    private static final String INTERVIEW = String.join("\n",
            "<section><span leaf=\"\" style=\"font-weight: normal;\"><span textstyle=\"\" style=\"font-weight: bold;\">主持</span>"
                    + "<span textstyle=\"\" style=\"font-weight: 600;\">人：</span></span><span leaf=\"\">今天想和你聊聊模型的推理能力。你怎么看？</span></section>",
            "<section><strong><span leaf=\"\">张</span></strong><strong><span leaf=\"\">三丰</span></strong>"
                    + "<span leaf=\"\">：我觉得这是一个非常重要的问题。</span></section>",
            "<p><b>主持人：</b>能谈谈你的经历吗？</p>",
            "<p><span style=\"font-weight:bold\">张三丰</span>：我在圣路易斯长大，那里有很多回忆。</p>",
            "<p><strong>主持人：</strong>为什么这么说？</p>",
            "<p><strong>张三丰：</strong>教育行业会发生深刻的变化。</p>");

    @Test
    void labelsInCssBoldSplitAcrossSpansAndTagsOpenTurns() {
        ParseResult result = PARSER.parse(page(INTERVIEW));
        Interview interview = result.interview();
        InternalErrors.assertNone(result, "interview page");
        assertThat(interview.participants()).extracting(p -> p.name() + " " + p.role())
                .containsExactly("主持人 " + Role.HOST, "张三丰 " + Role.GUEST);
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("今天想和你聊聊模型的推理能力。你怎么看？",
                "我觉得这是一个非常重要的问题。", "能谈谈你的经历吗？", "我在圣路易斯长大，那里有很多回忆。", "为什么这么说？",
                "教育行业会发生深刻的变化。");
        // Positions are the page's: the first turn's <section> is on line 4, the last <p> on line 9.
        assertThat(interview.turns().get(0).lines()).contains(LineRange.line(4));
        assertThat(interview.turns().get(5).lines()).contains(LineRange.line(9));
        assertThat(interview.metadata().publishedAt()).contains(OffsetDateTime.parse("2023-11-15T06:13:20+08:00"));
    }

    @Test
    void latinLabelsKeepTheSpaceAfterTheirBoldRunOutsideIt() {
        Interview interview = PARSER.parse(page("<p><strong>Rob Pike:</strong> We started Go in 2007. It was a long time ago.</p>"
                + "<p><strong>Carmen Andoh:</strong> Why did you start it?</p>"
                + "<p><b>Rob Pike: </b>Because C++ builds were slow. We waited for the compiler.</p>"
                + "<p><b>Carmen Andoh:</b> And then?</p>")).interview();
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("We started Go in 2007. It was a long time ago.",
                "Why did you start it?", "Because C++ builds were slow. We waited for the compiler.", "And then?");
    }

    @Test
    void aBodyFragmentWithoutThePageIsReadToo() {
        Interview interview = PARSER.parse("<div id=\"js_content\">\n" + INTERVIEW + "\n</div>").interview();
        assertThat(interview.turns()).hasSize(6);
    }

    @Test
    void boldWeightNormalInsideStrongIsNotBold() {
        Paragraph p = onlyParagraph("<p><strong><span style=\"font-weight: normal\">平常</span>加粗</strong></p>");
        assertThat(p.inlines()).hasSize(2);
        assertThat(p.inlines().get(0)).isEqualTo(Inline.text("平常"));
        assertThat(p.inlines().get(1)).isInstanceOf(Inline.Strong.class);
    }

    @Test
    void lineBreaksImagesAndLinksAreKept() {
        List<Block> lead = PARSER.parse(page("<p>第一行<br>第二行 <img data-src=\"https://mmbiz.qpic.cn/a/640?wx_fmt=png&amp;from=appmsg\" "
                + "src=\"data:image/gif;base64,AAAA\"> <a href=\"https://example.com/a_(b)?x=1&amp;y=2\">链接 [1]</a></p>"))
                .interview().lead();
        // A <br> is a hard break, which parts lead paragraphs as it does in Markdown (WeChat breaks paragraphs so).
        assertThat(lead).extracting(Block::text).containsExactly("第一行", "第二行  链接 [1]"); // the picture between the spaces has no text
        assertThat(lead).extracting(Block::lines).containsOnly(Optional.of(LineRange.line(4)));
        Paragraph p = (Paragraph) lead.get(1);
        assertThat(p.inlines()).contains(new Inline.Image("https://mmbiz.qpic.cn/a/640?wx_fmt=png&from=appmsg", ""));
        assertThat(p.inlines()).anySatisfy(i -> {
            assertThat(i).isInstanceOf(Inline.Link.class);
            assertThat(((Inline.Link) i).url()).isEqualTo("https://example.com/a_%28b%29?x=1&y=2");
            assertThat(((Inline.Link) i).plainText()).isEqualTo("链接 [1]");
        });
    }

    @Test
    void textThatLooksLikeMarkdownIsText() {
        Paragraph p = onlyParagraph("<p>1. **不是粗体** _x_ &lt;br&gt; \\ [a](b) &amp;amp;</p>");
        assertThat(p.text()).isEqualTo("1. **不是粗体** _x_ <br> \\ [a](b) &amp;");
        assertThat(p.inlines()).noneMatch(i -> i instanceof Inline.Strong || i instanceof Inline.Link);
    }

    @Test
    void aJavascriptLinkIsDroppedWithADiagnosticAndItsTextKept() {
        ParseResult result = PARSER.parse(page("<p>看<a href=\" JavaScript:alert(1)\">这里</a>。</p>"));
        Paragraph p = (Paragraph) result.interview().lead().get(0);
        assertThat(p.inlines()).containsExactly(Inline.text("看这里。"));
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.INLINE_HTML);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line() + ":" + d.column()).isEqualTo("4:5");
            assertThat(d.message()).contains("javascript:");
        });
    }

    @Test
    void scriptsStylesAndHiddenElementsInTheBodyAreNoText() {
        Interview interview = PARSER.parse(page("<p>看得见</p><script>var x = 1;</script><style>p{}</style>"
                + "<p style=\"display: none\">看不见</p><section hidden>也看不见</section>")).interview();
        assertThat(interview.lead()).extracting(b -> b.text()).containsExactly("看得见");
        assertThat(interview.boilerplate()).isEmpty();
    }

    @Test
    void listsHeadingsQuotesAndCodeBecomeTheirBlocks() {
        Interview interview = PARSER.parse(page("<h2>一、开场</h2><p><strong>主持人：</strong>你好吗？</p>"
                + "<p><strong>张三丰：</strong>很好。我们开始吧。</p><h2>二、正题</h2><p><strong>主持人：</strong>为什么？</p>"
                + "<p><strong>张三丰：</strong>因为如此。</p><ul><li>要点一</li><li>要点二</li></ul>")).interview();
        // The headings' numbers only place the sections, as in Markdown
        assertThat(interview.sections()).extracting(s -> s.title().orElse("")).containsExactly("开场", "正题");
        assertThat(interview.turns()).hasSize(4);
    }

    @Test
    void theChromeOutsideTheBodyIsSkippedWithOneInfoDiagnostic() {
        ParseResult result = PARSER.parse(page("<p>正文</p>"));
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.INLINE_HTML).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.INFO);
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.message()).contains("#js_content");
                });
        assertThat(result.interview().lead()).extracting(b -> b.text()).containsExactly("正文");
    }

    @Test
    void metadataFallsBackFromScriptsToMetaTagsToThePage() {
        String html = "<html><head><meta property=\"og:title\" content=\"标题 &amp; 副题\">"
                + "<meta name=\"author\" content=\"作者甲\"><meta property=\"og:url\" content=\"https://mp.weixin.qq.com/s/x\">"
                + "</head><body><h2 id=\"activity-name\">页面标题</h2><em id=\"post-date\">2015-06-01</em>"
                + "<a id=\"post-user\">某公众号</a><div id=\"js_content\"><p>正文</p></div>"
                + "<script>var msg_title = \"A \\x26 B \\u003c C\";\nvar nickname = htmlDecode(\"甲&amp;乙\");</script></body></html>";
        Interview interview = PARSER.parse(html).interview();
        assertThat(interview.metadata().title()).contains("A & B < C");
        assertThat(interview.metadata().field("nickname")).contains("甲&乙");
        assertThat(interview.metadata().author()).contains("作者甲");
        assertThat(interview.metadata().sourceUrl()).contains("https://mp.weixin.qq.com/s/x");
        assertThat(interview.metadata().publishedAt()).contains(OffsetDateTime.parse("2015-06-01T00:00+08:00"));
    }

    @Test
    void anOldPageWithoutScriptsTakesItsMetadataFromThePage() {
        String html = "<html><body><h2 class=\"rich_media_title\" id=\"activity-name\">\n旧标题\n</h2>"
                + "<em id=\"post-date\">2014-03-02</em><a id=\"post-user\">旧公众号</a>"
                + "<div class=\"rich_media_content\" id=\"js_content\"><p>正文</p></div></body></html>";
        Interview interview = PARSER.parse(html).interview();
        assertThat(interview.metadata().title()).contains("旧标题");
        assertThat(interview.metadata().author()).contains("旧公众号"); // no author: the account stands for it
        assertThat(interview.metadata().publishedAt()).contains(OffsetDateTime.parse("2014-03-02T00:00+08:00"));
    }

    @Test
    void anMhtmlArchiveIsRefusedWithOneError() {
        ParseResult result = PARSER.parse("From: <Saved by Blink>\nSubject: x\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"----MultipartBoundary\"\n");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNSUPPORTED_INPUT);
            assertThat(d.message()).contains("MHTML");
        });
        assertThat(result.interview().lead()).isEmpty();
    }

    @Test
    void markdownHoldingInlineHtmlStaysMarkdown() {
        Interview interview = PARSER.parse("<details><summary>原文</summary><p>x</p></details>\n\n**主持人：** 你好<br>吗？\n")
                .interview();
        assertThat(interview.diagnostics()).noneMatch(d -> d.message().contains("#js_content"));
    }

    @Test
    void theFileNameDecidesAndAnInputFormatForces(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("article.html");
        Files.writeString(html, "<p><strong>正文</strong></p>", StandardCharsets.UTF_8);
        Interview byName = PARSER.parse(html).interview();
        assertThat(((Paragraph) byName.lead().get(0)).inlines()).singleElement().isInstanceOf(Inline.Strong.class);
        // Without the name, a <p> is inline HTML in Markdown, which the Markdown path reduces to text and reports
        assertThat(PARSER.parse(Files.readString(html)).diagnostics())
                .anyMatch(d -> d.code() == DiagnosticCode.INLINE_HTML && d.message().contains("reduced to its text"));
        InterviewParser forced = InterviewParser.builder().inputFormat(InputFormat.MARKDOWN).build();
        assertThat(forced.parse(page("<p>正文</p>")).diagnostics())
                .anyMatch(d -> d.code() == DiagnosticCode.UNSUPPORTED_INPUT && d.severity() == Severity.WARNING);
    }

    private static Paragraph onlyParagraph(String body) {
        List<?> lead = PARSER.parse(page(body)).interview().lead();
        assertThat(lead).hasSize(1);
        return (Paragraph) lead.get(0);
    }
}
