package dev.interviewkit.parser.internal.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inline quirks of html2text output, one test each. */
class InlineParserTest {

    private static List<Inline> parse(String text) {
        return InlineParser.parseJoined(text).inlines();
    }

    private static String plain(String text) {
        return InlineParser.parseJoined(text).plainText();
    }

    @Test
    void boldBecomesStrong() {
        assertThat(parse("前**重点**后")).containsExactly(Inline.text("前"), Inline.strong(Inline.text("重点")),
                Inline.text("后"));
    }

    @Test
    void brokenNestedBoldLeavesNoStars() {
        assertThat(plain("**ChatGPT的最新版本**o1** 和功能**：")).isEqualTo("ChatGPT的最新版本o1 和功能：");
    }

    @Test
    void emptyBoldRunsOfFourStarsVanish() {
        assertThat(plain("看法!**_****")).isEqualTo("看法!");
        assertThat(parse("****")).isEmpty();
    }

    /** Markup is rebuilt from the bold/italic state of each piece, bold outside italics. */
    @Test
    void italicsAroundBoldKeepBoth() {
        assertThat(parse("_**对了**_")).containsExactly(Inline.strong(Inline.emphasis(Inline.text("对了"))));
    }

    @Test
    void underscoresInsideWordsAndUrlsAreText() {
        assertThat(plain("mmbiz_jpg and snake_case")).isEqualTo("mmbiz_jpg and snake_case");
    }

    @Test
    void escapedPunctuationIsLiteral() {
        assertThat(plain("\\--END--")).isEqualTo("--END--");
        assertThat(plain("\\[04:22\\] \\| \\*")).isEqualTo("[04:22] | *");
    }

    @Test
    void aStarBetweenSpacesIsText() {
        assertThat(plain("5 * 3")).isEqualTo("5 * 3");
    }

    @Test
    void linksKeepTheirTextAndUrl() {
        assertThat(parse("[原文](https://example.com/a?b=1&c=2)"))
                .containsExactly(Inline.link("https://example.com/a?b=1&c=2", Inline.text("原文")));
    }

    @Test
    void nestedBracketsInsideALinkStayInItsText() {
        Inline.Link link = (Inline.Link) parse("[1、[标题]](https://example.com)").get(0);
        assertThat(link.plainText()).isEqualTo("1、[标题]");
    }

    @Test
    void imagesKeepUrlAndAlt() {
        assertThat(parse("![封面](https://img.example/a.png)")).containsExactly(Inline.image("https://img.example/a.png", "封面"));
    }

    @Test
    void bareUrlsBecomeLinksAndStopAtCjkText() {
        assertThat(parse("链接：https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s")).containsExactly(
                Inline.text("链接："), Inline.link("https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s",
                        Inline.text("https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s")));
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(plain("A &amp; B &lt;tag&gt; &#20013;")).isEqualTo("A & B <tag> 中");
    }

    @Test
    void brTagsBecomeLineBreaksAndOtherTagsAreDropped() {
        InlineParser.Result result = InlineParser.parseJoined("第一行<br />第二行 <span style=\"x\">文字</span>");
        assertThat(result.inlines()).containsExactly(Inline.text("第一行"), Inline.lineBreak(), Inline.text("第二行 文字"));
        assertThat(result.droppedHtml()).isTrue();
    }

    @Test
    void codeSpansAreVerbatim() {
        assertThat(parse("run `a*b_c` now")).containsExactly(Inline.text("run "), Inline.code("a*b_c"), Inline.text(" now"));
    }

    @Test
    void anUnclosedBracketIsText() {
        assertThat(plain("[未闭合 (x)")).isEqualTo("[未闭合 (x)");
    }

    @Test
    void whiteSpaceRunsCollapseAndEdgesAreTrimmed() {
        assertThat(parse("  a   b  ")).containsExactly(Inline.text("a b"));
    }

    @Test
    void aLessThanSignThatIsNoTagIsText() {
        assertThat(plain("1 < 2 and 3 > 2")).isEqualTo("1 < 2 and 3 > 2");
    }

    /** Cubox image proxies put parentheses in the URL; corpus files 01, 06 and 09. */
    @Test
    void balancedParenthesesStayInsideALinkDestination() {
        assertThat(parse("![](https://cubox.pro/c/filters:no_upscale()?imageUrl=x%2Fa.jpg)"))
                .containsExactly(Inline.image("https://cubox.pro/c/filters:no_upscale()?imageUrl=x%2Fa.jpg", ""));
    }

    /** html2text reads {@code &from} in a URL as an entity and writes {@code &from;}; corpus file 10. */
    @Test
    void aCorruptedEntityInAUrlIsRepairedAndSaid() {
        InlineParser.Result result = InlineParser.parseJoined("![](https://mmbiz.qpic.cn/a.jpg?wx_fmt=jpeg&from;=appmsg)");
        assertThat(result.inlines()).containsExactly(Inline.image("https://mmbiz.qpic.cn/a.jpg?wx_fmt=jpeg&from=appmsg", ""));
        assertThat(result.repairedEntity()).isTrue();
    }
}
