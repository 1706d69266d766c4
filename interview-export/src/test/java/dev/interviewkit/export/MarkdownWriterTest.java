package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each escaping and layout rule of the Markdown writer, checked by reading the output back. */
class MarkdownWriterTest {

    private static final MarkdownWriter WRITER = MarkdownWriter.builder().build();

    private static Interview withTurns(List<Paragraph> hostParagraphs) {
        return Interview.builder()
                .addParticipant(Participant.builder().id("host").name("主持人").role(Role.HOST).addAlias("主持人").build())
                .addParticipant(Participant.builder().id("guest").name("嘉宾").role(Role.GUEST).addAlias("嘉宾").build())
                .addSection(Section.builder()
                        .addTurn(Turn.builder().speaker("host").label("主持人").paragraphs(hostParagraphs).build())
                        .addTurn(Turn.builder().speaker("guest").label("嘉宾").addParagraph(Paragraph.of("好的。")).build())
                        .build())
                .build();
    }

    private static Turn firstTurnReadBack(String... texts) {
        Interview read = ReferenceArticles.PARSER.parse(WRITER.write(withTurns(
                java.util.Arrays.stream(texts).map(Paragraph::of).toList()))).interview();
        return read.turns().get(0);
    }

    private static void assertReadsBackAsText(String text) {
        Turn turn = firstTurnReadBack("我们从这里开始谈起吧，今天的话题很有意思。", text);
        assertThat(turn.paragraphs()).hasSize(2);
        assertThat(turn.paragraphs().get(1).inlines()).containsExactly(Inline.text(text));
    }

    @Test
    void markupCharactersAreEscaped() {
        for (String text : List.of("a*b*c", "**bold**", "_x_ and __y__", "[1](x)", "![img](u)", "`code`", "a\\b",
                "<br> <span>", "x < y > z")) {
            assertReadsBackAsText(text);
        }
    }

    @Test
    void aLineThatWouldStartABlockIsEscaped() {
        for (String text : List.of("# heading", "> quote", "- item", "+ item", "* item", "1. item", "2) item", "--- 分隔",
                "=== 标题", "~~~ fence", "``` fence")) {
            assertReadsBackAsText(text);
        }
    }

    @Test
    void ampersandsThatWouldStartAReferenceAreEscaped() {
        for (String text : List.of("AT&T", "&amp;", "&from;", "&#65;", "&copy 2024")) {
            assertReadsBackAsText(text);
        }
    }

    @Test
    void aBareAddressStaysText() {
        assertReadsBackAsText("see https://example.com/x now");
    }

    @Test
    void aParagraphThatOpensLikeASpeakerLabelStaysInTheTurn() {
        Interview interview = withTurns(List.of(Paragraph.of("我们从这里开始谈起吧，今天的话题很有意思。"), Paragraph.builder()
                .addInline(Inline.strong(Inline.text("关键是："))).addInline(Inline.text("我们要做。")).build()));
        String markdown = WRITER.write(interview);
        Interview read = ReferenceArticles.PARSER.parse(markdown).interview();
        assertThat(read.turns()).hasSize(2);
        assertThat(read.participants()).extracting(Participant::name).containsExactly("主持人", "嘉宾");
        assertThat(read.turns().get(0).text()).isEqualTo("我们从这里开始谈起吧，今天的话题很有意思。关键是：我们要做。");
    }

    @Test
    void invisibleCharactersAtTheEdgeOfALineAreKept() {
        assertReadsBackAsText("\u200b零宽");
        assertReadsBackAsText("全角\u3000");
    }

    @Test
    void eachTurnOpensWithOneNormalisedLabel() {
        String markdown = WRITER.write(ReferenceArticles.reference());
        assertThat(markdown).contains("\n**主持人：**这里是", "\n**嘉宾Sam Altman：**非常感谢邀请我。", "\n**Sam Altman：**我确实");
        assertThat(MarkdownWriter.builder().labels(MarkdownWriter.Labels.NAMES).build().write(ReferenceArticles.reference()))
                .contains("\n**Elain Chaw：**这里是", "\n**Sam Altman：**非常感谢邀请我。");
    }

    @Test
    void aTurnThatOpensInBoldHasItsLabelOnALineOfItsOwn() {
        Interview interview = withTurns(List.of(Paragraph.builder().addInline(Inline.strong(Inline.text("重点")))
                .addInline(Inline.text("在这里。")).build()));
        assertThat(WRITER.write(interview)).contains("**主持人：**\n**重点**在这里。");
        assertThat(ReferenceArticles.PARSER.parse(WRITER.write(interview)).interview().turns().get(0).paragraphs().get(0)
                .inlines()).containsExactly(Inline.strong(Inline.text("重点")), Inline.text("在这里。"));
    }

    @Test
    void theReferenceHeaderListsTheFieldsAndAFieldForEveryTypedValue() {
        Interview interview = Interview.builder().from(withTurns(List.of(Paragraph.of("你好。"))))
                .metadata(Metadata.builder().title("标题").author("作者甲").addField(HeaderField.of("发布地", "上海")).build())
                .build();
        assertThat(WRITER.write(interview)).startsWith("# 标题\n\n发布地: 上海\n文章作者: 作者甲\n\n");
    }

    @Test
    void boilerplateIsLeftOutUnlessKept() {
        Interview reference = ReferenceArticles.reference();
        assertThat(WRITER.write(reference)).doesNotContain("未经许可不得转载");
        assertThat(MarkdownWriter.builder().keepBoilerplate(true).build().write(reference))
                .contains("\n<!-- boilerplate: copyright -->\n未经许可不得转载，务必保留公众号原文链接和公众号按钮\n",
                        "\n<!-- boilerplate: end_marker -->\n\\--END--\n");
    }

    @Test
    void keptBoilerplateReadsBackAsBoilerplateOfItsKindNotAsTheLastTurnsWords() {
        Interview interview = Interview.builder().from(withTurns(List.of(Paragraph.of("你好。"))))
                .addBoilerplate(Boilerplate.builder().kind(BoilerplateKind.PROMOTION).text("我们的新课程上线了，欢迎报名").build())
                .addBoilerplate(Boilerplate.builder().kind(BoilerplateKind.MARKUP_DEBRIS).text("").build())
                .build();
        Interview back = ReferenceArticles.PARSER.parse(MarkdownWriter.builder().keepBoilerplate(true).build()
                .write(interview)).interview();
        assertThat(back.turns().get(1).text()).isEqualTo("好的。");
        assertThat(back.boilerplate()).extracting(Boilerplate::kind, Boilerplate::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BoilerplateKind.PROMOTION, "我们的新课程上线了，欢迎报名"),
                org.assertj.core.groups.Tuple.tuple(BoilerplateKind.MARKUP_DEBRIS, ""));
    }

    @Test
    void yamlFrontMatterCarriesMetadataAndParticipants() {
        String markdown = MarkdownWriter.builder().header(MarkdownWriter.Header.YAML_FRONT_MATTER).build()
                .write(ReferenceArticles.reference());
        assertThat(markdown).startsWith("---\ntitle: \"OpenAI o1发布前专访");
        assertThat(markdown).contains("published: \"2024-09-15T08:04+08:00\"\n", "participants:\n  - id: \"host\"\n"
                + "    name: \"Elain Chaw\"\n    role: host\n    aliases: [\"主持人\"]\n    evidence: [\"label '主持人'");
        assertThat(markdown).contains("fields:\n  - key: \"文章作者\"\n    value: \"AI深度研究员\"\n");
        assertThat(markdown).contains("\n---\n\n");
        assertThat(markdown).doesNotContain("\n# OpenAI");
    }

    @Test
    void frontMatterDeclaresParticipantsSoThatTheyReadBackAsTheyAre() {
        Interview interview = Interview.builder()
                .addParticipant(Participant.builder().id("p7").name("萨姆·奥尔特曼").role(Role.NARRATOR)
                        .addAliases("嘉宾Sam Altman", "Sam").affiliation("OpenAI").addRoleEvidence("编辑确认").build())
                .addSection(Section.builder().addTurn(Turn.builder().speaker("p7").label("嘉宾Sam Altman")
                        .addParagraph(Paragraph.of("你好。")).build()).build())
                .metadata(Metadata.builder().title("标题").claimedCharacters(3000).build())
                .build();
        String markdown = MarkdownWriter.builder().header(MarkdownWriter.Header.YAML_FRONT_MATTER).build().write(interview);
        assertThat(markdown).contains("fields: []\n", "characters: 3000\n", "    affiliation: \"OpenAI\"\n",
                "    evidence: [\"编辑确认\"]\n");
        Interview back = ReferenceArticles.PARSER.parse(markdown).interview();
        assertThat(back.participants()).isEqualTo(interview.participants());
        assertThat(back.metadata().fields()).isEmpty();
        assertThat(back.metadata().claimedCharacters()).hasValue(3000);
    }

    @Test
    void turnAndParagraphTimesKeepTheirFractionsAndEnds() {
        Interview interview = Interview.builder().from(withTurns(List.of(Paragraph.of("你好？"))))
                .sections(List.of(Section.builder()
                        .addTurn(Turn.builder().speaker("host").label("主持人").addParagraph(Paragraph.of("你好？"))
                                .start(java.time.Duration.ofMillis(262_250)).end(java.time.Duration.ofSeconds(310)).build())
                        .addTurn(Turn.builder().speaker("guest").label("嘉宾").addParagraph(Paragraph.of("好的。"))
                                .addParagraph(Paragraph.builder().from(Paragraph.of("还有。"))
                                        .start(java.time.Duration.ofSeconds(360)).build())
                                .end(java.time.Duration.ofSeconds(400)).build())
                        .build()))
                .build();
        String markdown = WRITER.write(interview);
        assertThat(markdown).contains("**主持人：**\\[04:22.25–05:10\\] 你好？", "**嘉宾：**\\[–06:40\\] 好的。",
                "\n\\[06:00\\] 还有。\n");
        Interview back = ReferenceArticles.PARSER.parse(markdown).interview();
        assertThat(back.turns()).extracting(Turn::start, Turn::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(java.time.Duration.ofMillis(262_250)),
                        java.util.Optional.of(java.time.Duration.ofSeconds(310))),
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.empty(),
                        java.util.Optional.of(java.time.Duration.ofSeconds(400))));
        assertThat(back.turns().get(1).paragraphs().get(1).start()).contains(java.time.Duration.ofSeconds(360));
    }

    @Test
    void startTimesAndOriginalTextSurviveTheRoundTrip() {
        Interview interview = Interview.builder()
                .addParticipant(Participant.builder().id("host").name("主持人").role(Role.HOST).addAlias("主持人").build())
                .addParticipant(Participant.builder().id("rob-pike").name("Rob Pike").addAlias("Rob Pike").build())
                .addSection(Section.builder()
                        .addTurn(Turn.builder().speaker("host").label("主持人").addParagraph(Paragraph.of("你好？"))
                                .start(java.time.Duration.ofSeconds(262))
                                .addOriginalParagraph(Paragraph.of("Hello <there> & welcome?")).build())
                        .addTurn(Turn.builder().speaker("rob-pike").label("Rob Pike").addParagraph(Paragraph.of("你好。"))
                                .start(java.time.Duration.ofSeconds(3725)).build())
                        .build())
                .build();
        String markdown = MarkdownWriter.builder().build().write(interview);
        assertThat(markdown).contains("\\[04:22\\] 你好？").contains("\\[1:02:05\\] 你好。")
                .contains("<p>Hello &lt;there&gt; &amp; welcome?</p>");
        Interview back = dev.interviewkit.parser.InterviewParser.builder().build().parse(markdown).interview();
        assertThat(back.turns()).extracting(Turn::start)
                .containsExactly(java.util.Optional.of(java.time.Duration.ofSeconds(262)),
                        java.util.Optional.of(java.time.Duration.ofSeconds(3725)));
        assertThat(back.turns().get(0).originalParagraphs()).extracting(Paragraph::text)
                .containsExactly("Hello <there> & welcome?");
        assertThat(back.turns()).extracting(Turn::text).containsExactly("你好？", "你好。");
    }
}
