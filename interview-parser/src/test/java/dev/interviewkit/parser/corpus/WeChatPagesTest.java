package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Severity;
import dev.interviewkit.parser.ParseResult;
import dev.interviewkit.parser.testing.InternalErrors;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Corpus 17, 18 and 20: raw mp.weixin.qq.com pages, read by the HTML front end. The expected
 * values were read off the pages: the script variables near their ends ({@code var ct},
 * {@code nickname}, {@code author}, {@code window.ip_wording}), and the article body as a browser
 * shows it.
 */
class WeChatPagesTest {

    /** Words of script and style that must never reach the model as article text. */
    private static final List<String> PAGE_CODE = List.of("function", "var ", "window.", "{", "}", "px;", "!important",
            "document.", "=>", "rich_media");

    @Test
    void theModernPagesMetadataComesFromItsScriptVariables() {
        ParseResult result = Corpus.parse("17_wechat-raw-article-page.html");
        var metadata = result.interview().metadata();
        assertThat(metadata.title()).contains("好险，就差1.5点，两手准备");
        assertThat(metadata.author()).contains("元霸");
        assertThat(metadata.field("nickname")).contains("波元霸"); // the account
        // var ct = "1762243169": Unix seconds, shown in Beijing time (createTime says 2025-11-04 15:59)
        assertThat(metadata.publishedAt()).contains(OffsetDateTime.parse("2025-11-04T15:59:29+08:00"));
        assertThat(metadata.location()).contains("浙江"); // provinceName in window.ip_wording
        assertThat(metadata.sourceUrl()).contains("https://mp.weixin.qq.com/s/NJgNozEXo47KCvmRL4hDiw");
        assertThat(metadata.coverImageUrl()).hasValueSatisfying(url -> assertThat(url)
                .startsWith("https://mmbiz.qpic.cn/mmbiz_jpg/7WHLfokF8e1ZaWgJvKG61YFxoAJFIRQ2l64EQ6UibFhxd"));
        assertThat(metadata.field("msg_desc")).contains("长4");
        // var nickname, var ct and the others stand on lines 29891-29909 of the page; provinceName on 30242
        assertThat(metadata.lines()).contains(LineRange.line(29891), LineRange.line(29893), LineRange.line(29904),
                LineRange.line(30242));
    }

    @Test
    void theModernPagesBodyIsItsArticleTextWithNoScriptOrStyle() {
        ParseResult result = Corpus.parse("17_wechat-raw-article-page.html");
        Interview interview = result.interview();
        InternalErrors.assertNone(result, "17");
        assertThat(interview.hasTranscript()).isFalse(); // a market commentary, not an interview
        // 17 paragraphs of text and 5 pictures, in page order, at the lines of their <p>s
        assertThat(interview.lead()).hasSize(22);
        assertThat(interview.lead().get(0).text()).startsWith("原以为下午2点之前或左右一根大阳线拔起").endsWith("我在午评文章提过一嘴。");
        assertThat(interview.lead().get(0).lines()).contains(LineRange.line(2833));
        assertThat(interview.lead().get(interview.lead().size() - 1).text())
                .isEqualTo("但我还是想给大盘养老送终，体现时时刻刻无微不至的关怀之高尚情操，哈哈哈∽");
        assertThat(interview.lead().stream().filter(b -> b.text().isEmpty()).map(WeChatPagesTest::imageUrl))
                .hasSize(5).allMatch(url -> url.startsWith("https://mmbiz.qpic.cn/mmbiz_jpg/") && url.endsWith("wx_fmt=jpeg"));
        assertThat(allText(interview)).allSatisfy(text -> assertThat(text).doesNotContain(PAGE_CODE));
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.INLINE_HTML).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.INFO);
                    assertThat(d.line() + ":" + d.column()).isEqualTo("2830:21"); // the #js_content <div>
                    assertThat(d.message()).contains("#js_content", "outside it");
                });
        assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void theDeletedArticlePageSaysThereIsNoArticle() {
        // Line 716: <div class="weui-msg__title warn">该内容已被发布者删除</div>
        ParseResult result = Corpus.parse("18_wechat-raw-deleted-article-page.html");
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNSUPPORTED_INPUT);
            assertThat(d.line() + ":" + d.column()).isEqualTo("716:9");
            assertThat(d.message()).contains("'该内容已被发布者删除'", "no interview");
        });
        Interview interview = result.interview();
        assertThat(interview.lead()).isEmpty();
        assertThat(interview.boilerplate()).isEmpty();
        assertThat(interview.sections()).isEmpty();
        assertThat(interview.metadata().title()).isEmpty();
    }

    @Test
    void thePageWithCssBoldReadsItsMetadataAndIsABookListNotAnInterview() {
        ParseResult result = Corpus.parse("20_wechat-raw-page-css-bold-span-leaf.html");
        Interview interview = result.interview();
        InternalErrors.assertNone(result, "20");
        assertThat(interview.metadata().title()).contains("来聊聊我心目中近三年的仙草（2022-2025）");
        assertThat(interview.metadata().author()).contains("十一");
        assertThat(interview.metadata().field("nickname")).contains("小说拾遗");
        assertThat(interview.metadata().publishedAt()).contains(OffsetDateTime.parse("2026-04-01T18:13:05+08:00"));
        assertThat(interview.metadata().location()).contains("新疆");
        // A list of recommended novels: bold book titles and verdicts, no one speaking.
        assertThat(interview.hasTranscript()).isFalse();
        assertThat(interview.participants()).isEmpty();
        assertThat(result.labelDecisions()).noneMatch(d -> d.speaker());
        assertThat(allText(interview)).allSatisfy(text -> assertThat(text).doesNotContain(PAGE_CODE));
    }

    @Test
    void cssBoldIsReadAsABrowserShowsIt() {
        Interview interview = Corpus.interview("20_wechat-raw-page-css-bold-span-leaf.html");
        // <span textstyle style="font-size: 20px; …font-weight: bold;">《直言怪话》</span><span textstyle
        // style="font-size: 16px;font-weight: bold;">拟态，…</span> inside a <span leaf> of weight normal,
        // then <strong><span leaf …font-weight: normal;>…: one bold run, the rest plain, as on screen.
        Paragraph book = paragraphStartingWith(interview, "《直言怪话》");
        assertThat(book.inlines().get(0)).isInstanceOf(Inline.Strong.class);
        assertThat(Inline.plainText(List.of(book.inlines().get(0)))).isEqualTo("《直言怪话》拟态，聊斋志异+白话小品文+网文奇书。");
        assertThat(book.inlines().subList(1, book.inlines().size())).noneMatch(i -> i instanceof Inline.Strong);
        // <strong><span leaf style="…font-weight: normal;">本书最大的亮点…: the inner weight wins, nothing is bold
        assertThat(paragraphStartingWith(interview, "本书最大的亮点在于感情戏的刻画").inlines())
                .noneMatch(i -> i instanceof Inline.Strong);
        // a section title set in a 24px bold span
        assertThat(paragraphStartingWith(interview, "一、小众仙草").inlines()).singleElement().isInstanceOf(Inline.Strong.class);
    }

    @Test
    void everyTextBlockOfTheBodiesIsInTheModel() {
        for (String page : List.of("17_wechat-raw-article-page.html", "20_wechat-raw-page-css-bold-span-leaf.html")) {
            String model = withoutSpace(String.join("", allText(Corpus.interview(page))));
            Document html = Jsoup.parse(String.join("\n", Corpus.lines(page)));
            List<String> blocks = html.getElementById("js_content").select("p, section").stream()
                    .filter(e -> e.select("p, section").size() == 1) // innermost blocks, no double counting
                    .map(e -> withoutSpace(e.text())).filter(t -> !t.isEmpty()).toList();
            assertThat(blocks).as(page).hasSizeGreaterThan(15).allSatisfy(text -> assertThat(model).contains(text));
        }
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("[\\s\u00A0\u200B]+", "");
    }

    private static Paragraph paragraphStartingWith(Interview interview, String start) {
        return interview.lead().stream().filter(b -> b instanceof Paragraph && b.text().startsWith(start))
                .map(Paragraph.class::cast).findFirst().orElseThrow(() -> new AssertionError("no paragraph " + start));
    }

    private static String imageUrl(Block block) {
        return ((Paragraph) block).inlines().stream().filter(i -> i instanceof Inline.Image)
                .map(i -> ((Inline.Image) i).url()).findFirst().orElse("");
    }

    private static List<String> allText(Interview interview) {
        return Stream.of(interview.lead().stream().map(Block::text),
                interview.boilerplate().stream().map(b -> b.text()),
                interview.credits().stream().map(c -> c.text()),
                interview.turns().stream().map(t -> t.text())).flatMap(s -> s).toList();
    }
}
