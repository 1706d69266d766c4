package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Interview;
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
import dev.interviewkit.model.Inline;
import dev.interviewkit.parser.testing.ReferenceArticle;
import dev.interviewkit.parser.testing.SourceCoverage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a careful reader finds in the reference article, checked fact by fact (issue 3). */
class ReferenceArticleTest {

    private static final ParseResult RESULT = InterviewParser.builder().build().parse(ReferenceArticle.text());
    private static final Interview INTERVIEW = RESULT.interview();

    @Test
    void metadataIsReadFromTheCrawlerHeader() {
        Metadata metadata = INTERVIEW.metadata();
        assertThat(metadata.title()).contains("OpenAI o1发布前专访 CEO Sam Altman， 阐释o1模型独特推理能力以及AI广泛应用场景");
        assertThat(metadata.author()).contains("AI深度研究员");
        assertThat(metadata.publishedAt()).contains(OffsetDateTime.parse("2024-09-15T08:04:00+08:00"));
        assertThat(metadata.location()).contains("上海");
        assertThat(metadata.sourceUrl()).contains("http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247493182&idx=1"
                + "&sn=d3fb26eca915448eccd6767a9b9a8e48&chksm=c00854dbf77fddcdc9593137548babff3557d147b338e44aed37383af8"
                + "40f77fc70bacf62cfe#rd");
        assertThat(metadata.coverImageUrl()).contains("https://mmbiz.qpic.cn/mmbiz_jpg/iaqv2tagPYAiaHhpLdx7gSq0ibSPtYe157"
                + "lWIoXDE1ribcET19WmeLn1Zoc7TUWUX9iaVzIFoYEuaIns7WBqwgRHBFg/300");
        assertThat(metadata.claimedCharacters()).hasValue(10_000);
        assertThat(metadata.claimedReadingMinutes()).hasValue(25);
        assertThat(metadata.fields()).extracting(f -> f.key())
                .containsExactly("文章作者", "发布时间", "发布地", "原文链接", "封面图链接");
    }

    @Test
    void thereAreExactlyTwoParticipantsTheHostAndSamAltman() {
        assertThat(INTERVIEW.participants()).extracting(Participant::id).containsExactly("host", "sam-altman");
        Participant host = INTERVIEW.participant("host").orElseThrow();
        assertThat(host.role()).isEqualTo(Role.HOST);
        assertThat(host.aliases()).containsExactly("主持人");
        Participant sam = INTERVIEW.participant("sam-altman").orElseThrow();
        assertThat(sam.name()).isEqualTo("Sam Altman");
        assertThat(sam.role()).isEqualTo(Role.GUEST);
        assertThat(sam.aliases()).containsExactly("嘉宾Sam Altman", "Sam Altman");
        assertThat(sam.roleEvidence()).anySatisfy(e -> assertThat(e).contains("嘉宾"));
    }

    @Test
    void theHostWhoIntroducesHerselfKeepsHerNameAndHerLabel() {
        Participant host = INTERVIEW.participant("host").orElseThrow();
        assertThat(host.name()).isEqualTo("Elain Chaw");
        assertThat(host.aliases()).contains("主持人");
        assertThat(host.roleEvidence()).anySatisfy(e -> assertThat(e).contains("Elain Chaw").contains("line 59"));
    }

    @Test
    void theTranscriptHasAnUntitledOpeningAndSixTopicSections() {
        Map<String, Integer> turnsBySection = INTERVIEW.sections().stream().collect(Collectors.toMap(
                s -> s.title().orElse("(opening)"), s -> s.turns().size(), (a, b) -> a, java.util.LinkedHashMap::new));
        assertThat(turnsBySection).containsExactly(
                Map.entry("(opening)", 2), Map.entry("高中生活", 20), Map.entry("程序员生涯", 12),
                Map.entry("o1模型新范式", 10), Map.entry("AI和教育行业", 20), Map.entry("OpenAI工作的要求", 6),
                Map.entry("各国AI竞赛", 10));
        assertThat(INTERVIEW.sections().get(0).title()).isEmpty();
    }

    @Test
    void eightyTurnsFortyEachStrictlyAlternating() {
        List<Turn> turns = INTERVIEW.turns();
        assertThat(turns).hasSize(80);
        for (int i = 0; i < turns.size(); i++) {
            assertThat(turns.get(i).speaker()).as("turn %d at %s", i + 1, turns.get(i).lines())
                    .isEqualTo(i % 2 == 0 ? "host" : "sam-altman");
        }
        assertThat(INTERVIEW.statistics("host").orElseThrow().turns()).isEqualTo(40);
        assertThat(INTERVIEW.statistics("sam-altman").orElseThrow().turns()).isEqualTo(40);
    }

    @Test
    void everyLabelVariantInTheFileStartsATurn() {
        List<String> lines = ReferenceArticle.lines();
        long labelLines = lines.stream().filter(l -> l.matches("^\\*+(主持人|嘉宾Sam Altman|Sam Altman)[:：].*")).count();
        assertThat(labelLines).isEqualTo(80);
        assertThat(INTERVIEW.turns()).extracting(t -> t.label().orElseThrow())
                .containsOnly("主持人", "嘉宾Sam Altman", "Sam Altman");
    }

    @Test
    void aTurnRunsAcrossParagraphsUntilTheNextLabel() {
        Turn first = INTERVIEW.turns().get(0);
        assertThat(first.paragraphs()).hasSize(2);
        assertThat(first.paragraphs().get(1).text()).isEqualTo("欢迎你，Sam Altman。");
        assertThat(INTERVIEW.turns().get(1).text()).isEqualTo("非常感谢邀请我。");
    }

    @Test
    void noMarkupOrNewlineIsLeftInTurnTextsOrNames() {
        for (Turn turn : INTERVIEW.turns()) {
            for (Paragraph paragraph : turn.paragraphs()) {
                assertThat(paragraph.text()).as("turn at %s", turn.lines()).doesNotContain("*", "\\", "\n");
            }
        }
        for (Participant participant : INTERVIEW.participants()) {
            assertThat(participant.name()).doesNotContain("*", "\\", "\n");
            participant.aliases().forEach(a -> assertThat(a).doesNotContain("*", "\\", "\n"));
        }
    }

    @Test
    void wrappedLinesJoinWithOneSpaceBetweenLatinWordsAndNoneBetweenCjk() {
        String opening = INTERVIEW.turns().get(0).text();
        assertThat(opening).contains("我是Elain Chaw。").contains("John Burroughs高中毕业").contains("Sam Altman今天早上");
        assertThat(INTERVIEW.turns()).allSatisfy(t -> assertThat(t.text())
                .doesNotContainPattern("\\p{IsHan} \\p{IsHan}")
                .doesNotContain("  "));
    }

    @Test
    void theLeadHoldsTheCoverImageFourParagraphsAndTheEditorsNote() {
        List<Block> lead = INTERVIEW.lead();
        assertThat(lead).hasSize(6);
        assertThat(((Paragraph) lead.get(0)).inlines()).singleElement().isInstanceOf(Inline.Image.class);
        assertThat(lead.subList(1, 5)).allSatisfy(b -> assertThat(b).isInstanceOf(Paragraph.class));
        assertThat(lead.get(1).text()).startsWith("在OpenAI最新版模型o1发布之际").contains("John Burroughs发表演讲");
        assertThat(lead.get(5)).isInstanceOf(Note.class);
        assertThat(lead.get(5).text()).isEqualTo("因本次采访为广播节目，不包含视频画面");
    }

    @Test
    void theHighlightsAreThreeTitledGroups() {
        assertThat(INTERVIEW.highlights()).extracting(h -> h.title().orElseThrow())
                .containsExactly("ChatGPT的最新版本o1 和功能", "谨慎对待AI炒作", "AI技术的未来发展方向");
        assertThat(INTERVIEW.highlights()).extracting(h -> h.points().size()).containsExactly(3, 2, 2);
        Highlight first = INTERVIEW.highlights().get(0);
        assertThat(first.points().get(0).text()).startsWith("Altman 谈到了 ChatGPT 的最新版本o1");
    }

    @Test
    void theSourceVideoIsAMediaReferenceStartingAt780Seconds() {
        assertThat(INTERVIEW.media()).singleElement().satisfies(media -> {
            assertThat(media.kind()).isEqualTo(MediaKind.VIDEO);
            assertThat(media.url()).isEqualTo("https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s");
            assertThat(media.startOffset()).contains(Duration.ofSeconds(780));
            assertThat(media.title()).contains("原视频链接");
        });
    }

    @Test
    void theSourceCreditIsKept() {
        assertThat(INTERVIEW.credits()).extracting(c -> c.text()).containsExactly("素材来源官方媒体/网络新闻");
    }

    @Test
    void theThreeRelatedLinksHaveCleanJoinedTitles() {
        assertThat(INTERVIEW.related()).extracting(RelatedLink::title).containsExactly(
                "演讲视频：2024年第65届国际奥数大会上，陶哲轩再次表示当前AI进展惊人，智能水平已与人类相当",
                "人与机器的智慧对话 - 《自私的基因》作者理查德·道金斯与 \"AI 版理查德\"就基因选择和脑机接口展开思维碰撞",
                "达特茅斯大学对话OpenAI CTO Mira Murati：她坦言职场会发生重大变化，一些岗位注定消失");
        assertThat(INTERVIEW.related()).allSatisfy(r -> assertThat(r.url())
                .startsWith("https://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=").endsWith("#wechat_redirect"));
    }

    @Test
    void everyFooterLineIsClassifiedBoilerplate() {
        Map<Integer, BoilerplateKind> kindByLine = INTERVIEW.boilerplate().stream()
                .collect(Collectors.toMap(b -> b.lines().orElseThrow().start(), Boilerplate::kind));
        assertThat(kindByLine).containsEntry(10, BoilerplateKind.CALL_TO_ACTION)
                .containsEntry(302, BoilerplateKind.SEPARATOR)
                .containsEntry(304, BoilerplateKind.CALL_TO_ACTION)
                .containsEntry(318, BoilerplateKind.DECORATION)
                .containsEntry(320, BoilerplateKind.MARKUP_DEBRIS)
                .containsEntry(322, BoilerplateKind.PROMOTION)
                .containsEntry(324, BoilerplateKind.PROMOTION)
                .containsEntry(326, BoilerplateKind.PROMOTION)
                .containsEntry(332, BoilerplateKind.CONTACT)
                .containsEntry(334, BoilerplateKind.CONTACT)
                .containsEntry(336, BoilerplateKind.END_MARKER)
                .containsEntry(338, BoilerplateKind.COPYRIGHT);
        assertThat(INTERVIEW.boilerplate()).filteredOn(b -> b.kind() == BoilerplateKind.END_MARKER)
                .extracting(Boilerplate::text).containsExactly("--END--");
    }

    @Test
    void nothingIsLostEveryNonBlankLineIsInExactlyOneElement() {
        assertThat(SourceCoverage.problems(INTERVIEW, ReferenceArticle.lines())).isEmpty();
    }

    @Test
    void noDiagnosticIsAnErrorAndRepairsCarryLineNumbers() {
        assertThat(RESULT.hasErrors()).isFalse();
        assertThat(RESULT.diagnostics()).allSatisfy(d -> {
            assertThat(d.severity()).isNotEqualTo(Severity.ERROR);
            assertThat(d.line()).isBetween(1, 339);
        });
    }

    @Test
    void sectionsKnowTheirHeadingLines() {
        Section highSchool = INTERVIEW.sections().get(1);
        assertThat(highSchool.titleLines().orElseThrow().start()).isEqualTo(69);
        assertThat(highSchool.turns().get(0).lines().orElseThrow().start()).isEqualTo(71);
    }

    @Test
    void theVideoReferenceIsNotPartOfTheLastTurn() {
        Turn last = INTERVIEW.turns().get(79);
        assertThat(last.text()).isEqualTo("谢谢你邀请我。");
        assertThat(INTERVIEW.media()).extracting(MediaReference::lines).allSatisfy(l -> assertThat(l).isPresent());
    }
}
