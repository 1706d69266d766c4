package dev.interviewkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTest {

    @Test
    void plainTextDropsStrongEmphasisLinkAndCodeMarkup() {
        List<Inline> inlines = List.of(
                Inline.text("欢迎你，"),
                Inline.strong(Inline.text("Sam "), Inline.emphasis(Inline.text("Altman"))),
                Inline.text("。见"),
                Inline.link("https://example.com", Inline.text("链接")),
                Inline.code("x < y"));
        assertThat(Inline.plainText(inlines)).isEqualTo("欢迎你，Sam Altman。见链接x < y");
    }

    @Test
    void imagesHaveNoPlainText() {
        assertThat(Inline.plainText(List.of(Inline.text("图："), Inline.image("https://example.com/a.png", "封面"))))
                .isEqualTo("图：");
    }

    @Test
    void lineBreakBetweenLatinWordsReadsAsOneSpace() {
        assertThat(Inline.plainText(List.of(Inline.text("母校John"), Inline.lineBreak(), Inline.text("Burroughs"))))
                .isEqualTo("母校John Burroughs");
    }

    @Test
    void lineBreakBetweenCjkCharactersReadsAsNothing() {
        assertThat(Inline.plainText(List.of(Inline.text("非常美好。"), Inline.lineBreak(), Inline.text("这也是"))))
                .isEqualTo("非常美好。这也是");
    }

    @Test
    void lineBreakAtTheEdgeOfStrongTextStillSeparatesWords() {
        List<Inline> inlines = List.of(Inline.strong(Inline.text("Sam"), Inline.lineBreak()), Inline.text("Altman"));
        assertThat(Inline.plainText(inlines)).isEqualTo("Sam Altman");
        assertThat(Inline.plainText(List.of(Inline.text("John"), Inline.emphasis(Inline.lineBreak(), Inline.text("Burroughs")))))
                .isEqualTo("John Burroughs");
    }

    @Test
    void lineBreakInsideALinkFollowsTheJoiningRule() {
        Inline link = Inline.link("https://example.com",
                Inline.text("\"AI"), Inline.lineBreak(), Inline.text("版理查德\""), Inline.lineBreak(), Inline.text("就基因"));
        assertThat(link.plainText()).isEqualTo("\"AI 版理查德\" 就基因");
    }

    @Test
    void lineBreakOnItsOwnReadsAsOneSpace() {
        assertThat(Inline.lineBreak().plainText()).isEqualTo(" ");
    }

    @Test
    void leadingAndTrailingLineBreaksAreDropped() {
        assertThat(Inline.plainText(List.of(Inline.lineBreak(), Inline.text("你好"), Inline.lineBreak()))).isEqualTo("你好");
    }

    @Test
    void containersCopyTheirChildren() {
        List<Inline> children = new java.util.ArrayList<>(List.of(Inline.text("a")));
        Inline.Strong strong = new Inline.Strong(children);
        children.add(Inline.text("b"));
        assertThat(strong.children()).containsExactly(Inline.text("a"));
    }

    @Test
    void inlinesAreValuesComparedByContent() {
        assertThat(Inline.link("u", Inline.text("t"))).isEqualTo(Inline.link("u", Inline.text("t")));
        assertThat(Inline.strong(Inline.text("t"))).isNotEqualTo(Inline.emphasis(Inline.text("t")));
        assertThat(Inline.lineBreak()).isEqualTo(Inline.lineBreak());
    }

    @Test
    void blockTextsFollowTheirInlines() {
        BulletList list = BulletList.builder()
                .addItem(ListItem.builder().addInline(Inline.strong(Inline.text("谨慎对待AI炒作"))).addChildren(ListItem.of("子项")).build())
                .addItem(ListItem.of("第二项"))
                .build();
        assertThat(list.text()).isEqualTo("谨慎对待AI炒作\n第二项");
        assertThat(Note.of("因本次采访为广播节目").text()).isEqualTo("因本次采访为广播节目");
        assertThat(Paragraph.of("o1").text()).isEqualTo("o1");
    }
}
