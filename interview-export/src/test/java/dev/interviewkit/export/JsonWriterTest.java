package dev.interviewkit.export;

import static dev.interviewkit.export.JsonSupport.COMPACT;
import static dev.interviewkit.export.JsonSupport.PRETTY;
import static dev.interviewkit.export.JsonSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.BulletList;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Note;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.Turn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Golden snippets: how each kind of value looks in JSON. */
class JsonWriterTest {

    private static final Participant HOST = Participant.builder().id("host").name("主持人").role(Role.HOST).build();

    private static String at(Interview interview, String pointer) {
        return tree(interview).at(pointer).toString();
    }

    private static Interview withTurn(Turn turn) {
        return Interview.builder().addParticipant(HOST).addSection(Section.builder().addTurn(turn).build()).build();
    }

    private static Interview withLead(dev.interviewkit.model.Block block) {
        return Interview.builder().addLead(block).build();
    }

    @Test
    void emptyInterviewHasEveryTopLevelKeyAndEmptyLists() {
        assertThat(COMPACT.write(Interview.builder().build())).isEqualTo("{\"schemaVersion\":2,\"hasTranscript\":false,"
                + "\"metadata\":{\"fields\":[],\"lines\":[]},\"speakers\":[],\"lead\":[],\"highlights\":[],"
                + "\"sections\":[],\"media\":[],\"related\":[],\"credits\":[],\"boilerplate\":[],\"diagnostics\":[]}");
    }

    @Test
    void prettyOutputIndentsByTwoSpacesAndEndsWithALineFeed() {
        Interview interview = Interview.builder()
                .metadata(Metadata.builder().title("专访").addLine(LineRange.line(1)).build())
                .addParticipant(HOST)
                .build();
        assertThat(PRETTY.write(interview)).isEqualTo("""
                {
                  "schemaVersion": 2,
                  "hasTranscript": false,
                  "metadata": {
                    "title": "专访",
                    "fields": [],
                    "lines": [
                      {
                        "start": 1,
                        "end": 1
                      }
                    ]
                  },
                  "speakers": [
                    {
                      "id": "host",
                      "name": "主持人",
                      "role": "host",
                      "aliases": [],
                      "roleEvidence": []
                    }
                  ],
                  "lead": [],
                  "highlights": [],
                  "sections": [],
                  "media": [],
                  "related": [],
                  "credits": [],
                  "boilerplate": [],
                  "diagnostics": []
                }
                """);
    }

    @Test
    void compactOutputIsOneLineWithoutALineFeed() {
        assertThat(COMPACT.write(Interview.builder().build())).doesNotContain("\n", " ");
    }

    @Test
    void metadataWritesEveryValueItHas() {
        Metadata metadata = Metadata.builder()
                .title("OpenAI o1发布前专访")
                .author("AI深度研究员")
                .publishedAt(OffsetDateTime.of(2024, 9, 15, 8, 4, 0, 0, ZoneOffset.ofHours(8)))
                .location("上海")
                .sourceUrl("http://mp.weixin.qq.com/s?__biz=Mzg5&mid=22#rd")
                .coverImageUrl("https://mmbiz.qpic.cn/a/300")
                .claimedCharacters(10_000)
                .claimedReadingMinutes(25)
                .addField(HeaderField.of("发布地", "上海"))
                .addLine(LineRange.of(3, 8))
                .build();
        assertThat(at(Interview.builder().metadata(metadata).build(), "/metadata")).isEqualTo("{"
                + "\"title\":\"OpenAI o1发布前专访\",\"author\":\"AI深度研究员\",\"publishedAt\":\"2024-09-15T08:04:00+08:00\","
                + "\"location\":\"上海\",\"sourceUrl\":\"http://mp.weixin.qq.com/s?__biz=Mzg5&mid=22#rd\","
                + "\"coverImageUrl\":\"https://mmbiz.qpic.cn/a/300\",\"claimedCharacters\":10000,\"claimedReadingMinutes\":25,"
                + "\"fields\":[{\"key\":\"发布地\",\"value\":\"上海\"}],\"lines\":[{\"start\":3,\"end\":8}]}");
    }

    @Test
    void publishedAtKeepsFractionsAndWritesUtcAsZ() {
        Metadata metadata = Metadata.builder()
                .publishedAt(OffsetDateTime.of(2024, 9, 15, 0, 4, 0, 500_000_000, ZoneOffset.UTC))
                .build();
        assertThat(at(Interview.builder().metadata(metadata).build(), "/metadata/publishedAt"))
                .isEqualTo("\"2024-09-15T00:04:00.5Z\"");
    }

    @Test
    void speakerWritesRoleInLowerCaseAndLeavesOutAnAbsentAffiliation() {
        Participant guest = Participant.builder()
                .id("sam-altman")
                .name("Sam Altman")
                .role(Role.GUEST)
                .addAlias("嘉宾Sam Altman")
                .addAlias("Sam Altman")
                .affiliation("OpenAI")
                .addRoleEvidence("label starts with 嘉宾")
                .build();
        assertThat(at(Interview.builder().addParticipant(guest).addParticipant(Participant.builder().id("x").name("X").build())
                .build(), "/speakers")).isEqualTo("["
                + "{\"id\":\"sam-altman\",\"name\":\"Sam Altman\",\"role\":\"guest\",\"aliases\":[\"嘉宾Sam Altman\",\"Sam Altman\"],"
                + "\"affiliation\":\"OpenAI\",\"roleEvidence\":[\"label starts with 嘉宾\"]},"
                + "{\"id\":\"x\",\"name\":\"X\",\"role\":\"unknown\",\"aliases\":[],\"roleEvidence\":[]}]");
    }

    @Test
    void turnWritesSpeakerIdLabelParagraphsTimesInSecondsAndLines() {
        Turn turn = Turn.builder()
                .speaker("host")
                .label("主持人")
                .addParagraph(Paragraph.builder().addInline(Inline.text("欢迎你。")).lines(LineRange.line(65)).build())
                .start(Duration.ofMillis(262_500))
                .end(Duration.ofSeconds(270, 1_000_000))
                .lines(LineRange.of(59, 65))
                .build();
        assertThat(at(withTurn(turn), "/sections/0")).isEqualTo("{\"turns\":[{\"speaker\":\"host\",\"label\":\"主持人\","
                + "\"paragraphs\":[{\"text\":\"欢迎你。\",\"inlines\":[{\"type\":\"text\",\"text\":\"欢迎你。\"}],"
                + "\"lines\":{\"start\":65,\"end\":65}}],\"originalParagraphs\":[],\"start\":262.5,\"end\":270.001,"
                + "\"lines\":{\"start\":59,\"end\":65}}]}");
    }

    @Test
    void durationsAreWrittenInSecondsExactlyWithoutTrailingZeros() {
        Turn.Builder turn = Turn.builder().speaker("host").addParagraph(Paragraph.of("好"));
        assertThat(at(withTurn(turn.start(Duration.ZERO).end(Duration.ofMinutes(13)).build()), "/sections/0/turns/0/start"))
                .isEqualTo("0");
        assertThat(at(withTurn(turn.start(Duration.ZERO).end(Duration.ofMinutes(13)).build()), "/sections/0/turns/0/end"))
                .isEqualTo("780");
        assertThat(COMPACT.write(withTurn(turn.start(Duration.ofNanos(1)).end(Duration.ofHours(100_000)).build())))
                .contains("\"start\":0.000000001,\"end\":360000000");
    }

    @Test
    void paragraphWritesItsPlainTextBesideItsInlines() {
        Paragraph paragraph = Paragraph.builder()
                .addInline(Inline.text("母校John"))
                .addInline(Inline.lineBreak())
                .addInline(Inline.strong(Inline.text("Burroughs")))
                .addInline(Inline.link("https://example.com", Inline.emphasis(Inline.text("链接"))))
                .addInline(Inline.image("https://example.com/a.png", ""))
                .addInline(Inline.code("x < y"))
                .build();
        assertThat(at(withLead(paragraph), "/lead/0")).isEqualTo("{\"type\":\"paragraph\",\"text\":\"母校John Burroughs链接x < y\","
                + "\"inlines\":[{\"type\":\"text\",\"text\":\"母校John\"},{\"type\":\"line_break\"},"
                + "{\"type\":\"strong\",\"children\":[{\"type\":\"text\",\"text\":\"Burroughs\"}]},"
                + "{\"type\":\"link\",\"url\":\"https://example.com\",\"children\":[{\"type\":\"emphasis\",\"children\":"
                + "[{\"type\":\"text\",\"text\":\"链接\"}]}]},"
                + "{\"type\":\"image\",\"url\":\"https://example.com/a.png\",\"alt\":\"\"},"
                + "{\"type\":\"code\",\"text\":\"x < y\"}]}");
    }

    @Test
    void noteAndListAreLeadBlocksWithTheirType() {
        assertThat(at(withLead(Note.builder().addInline(Inline.text("因本次采访为广播节目")).lines(LineRange.line(53)).build()),
                "/lead/0")).isEqualTo("{\"type\":\"note\",\"text\":\"因本次采访为广播节目\","
                + "\"inlines\":[{\"type\":\"text\",\"text\":\"因本次采访为广播节目\"}],\"lines\":{\"start\":53,\"end\":53}}");
        BulletList list = BulletList.builder()
                .addItem(ListItem.builder().addInline(Inline.text("一")).addChildren(ListItem.of("一之一")).build())
                .build();
        assertThat(at(withLead(list), "/lead/0")).isEqualTo("{\"type\":\"list\",\"text\":\"一\",\"items\":["
                + "{\"text\":\"一\",\"inlines\":[{\"type\":\"text\",\"text\":\"一\"}],\"children\":["
                + "{\"text\":\"一之一\",\"inlines\":[{\"type\":\"text\",\"text\":\"一之一\"}],\"children\":[]}]}]}");
    }

    @Test
    void highlightWritesTitlePointsAndLines() {
        Highlight highlight = Highlight.builder()
                .title("谨慎对待AI炒作")
                .addPoint(ListItem.builder().addInline(Inline.text("要点")).lines(LineRange.line(41)).build())
                .lines(LineRange.line(39))
                .build();
        assertThat(at(Interview.builder().addHighlight(highlight).build(), "/highlights")).isEqualTo("[{\"title\":\"谨慎对待AI炒作\","
                + "\"points\":[{\"text\":\"要点\",\"inlines\":[{\"type\":\"text\",\"text\":\"要点\"}],\"children\":[],"
                + "\"lines\":{\"start\":41,\"end\":41}}],\"lines\":{\"start\":39,\"end\":39}}]");
    }

    @Test
    void untitledSectionHasNoTitleKeyAndTitledOneHasIt() {
        Interview interview = Interview.builder()
                .addSection(Section.builder().build())
                .addSection(Section.builder().title("高中生活").lines(LineRange.of(69, 118)).build())
                .build();
        assertThat(at(interview, "/sections")).isEqualTo("[{\"turns\":[]},"
                + "{\"title\":\"高中生活\",\"lines\":{\"start\":69,\"end\":118},\"turns\":[]}]");
    }

    @Test
    void mediaWritesKindInLowerCaseAndStartOffsetInSeconds() {
        MediaReference video = MediaReference.builder()
                .kind(MediaKind.VIDEO)
                .url("https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s")
                .title("原视频链接")
                .startOffset(Duration.ofSeconds(780))
                .lines(LineRange.line(298))
                .build();
        MediaReference image = MediaReference.builder().kind(MediaKind.IMAGE).url("https://mmbiz.qpic.cn/a/640").build();
        assertThat(at(Interview.builder().addMedia(video, image).build(), "/media")).isEqualTo("["
                + "{\"kind\":\"video\",\"url\":\"https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s\",\"title\":\"原视频链接\","
                + "\"startOffsetSeconds\":780,\"lines\":{\"start\":298,\"end\":298}},"
                + "{\"kind\":\"image\",\"url\":\"https://mmbiz.qpic.cn/a/640\"}]");
    }

    @Test
    void relatedCreditsBoilerplateAndDiagnosticsAreFlatObjects() {
        Interview interview = Interview.builder()
                .addRelated(RelatedLink.builder().title("往期").url("https://mp.weixin.qq.com/s?a=1").lines(LineRange.of(313, 314)).build())
                .addCredit(Credit.builder().text("素材来源官方媒体/网络新闻").build())
                .addBoilerplate(Boilerplate.builder().kind(BoilerplateKind.CALL_TO_ACTION).text("喜欢就别忘了点赞").build())
                .addDiagnostic(Diagnostic.builder().severity(Severity.WARNING).code(DiagnosticCode.REPAIRED_MARKUP)
                        .line(79).column(3).message("repaired").build())
                .build();
        assertThat(at(interview, "/related")).isEqualTo(
                "[{\"title\":\"往期\",\"url\":\"https://mp.weixin.qq.com/s?a=1\",\"lines\":{\"start\":313,\"end\":314}}]");
        assertThat(at(interview, "/credits")).isEqualTo("[{\"text\":\"素材来源官方媒体/网络新闻\"}]");
        assertThat(at(interview, "/boilerplate")).isEqualTo("[{\"kind\":\"call_to_action\",\"text\":\"喜欢就别忘了点赞\"}]");
        assertThat(at(interview, "/diagnostics")).isEqualTo(
                "[{\"severity\":\"warning\",\"code\":\"repaired_markup\",\"line\":79,\"column\":3,\"message\":\"repaired\"}]");
    }

    @Test
    void textIsEscapedAsJsonRequiresAndNothingElse() {
        Interview interview = withLead(Paragraph.of("引号\"反斜杠\\ <br> & --> 🌟\t\u0001"));
        assertThat(COMPACT.write(interview)).contains("\"text\":\"引号\\\"反斜杠\\\\ <br> & --> 🌟\\t\\u0001\"");
    }

    @Test
    void outputStreamGetsUtf8WithoutByteOrderMark() throws IOException {
        Interview interview = withLead(Paragraph.of("圣路易斯🌟"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PRETTY.write(interview, bytes);
        byte[] written = bytes.toByteArray();
        assertThat(written[0]).isEqualTo((byte) '{');
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(PRETTY.write(interview));
    }

    @Test
    void writingLeavesTheInterviewAsItWas() {
        Interview interview = dev.interviewkit.model.testing.ReferenceInterview.interview();
        Interview copy = Interview.builder().from(interview).build();
        PRETTY.write(interview);
        assertThat(interview).isEqualTo(copy);
    }
}
