package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What canonical Markdown says beyond an article, so that it carries the whole model: participants
 * declared in the front matter, the header's fields listed apart, the length claim as numbers, turn
 * times with fractions and ends, and boilerplate marked with its kind.
 */
class CanonicalMarkdownTest {

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    private static ParseResult parse(String... lines) {
        return PARSER.parse(String.join("\n", lines));
    }

    @Test
    void aDeclaredParticipantIsExactlyAsDeclaredAndOwnsTheTurnsOfItsLabels() {
        Interview interview = parse("---", "participants:", "  - id: \"p1\"", "    name: \"萨姆·奥尔特曼\"", "    role: narrator",
                "    aliases: [\"嘉宾Sam Altman\", \"Sam\"]", "    affiliation: \"OpenAI\"", "    evidence: [\"编辑确认\"]", "---",
                "", "**嘉宾Sam Altman：**我们开始吧。", "", "**Sam：**好的。").interview();
        assertThat(interview.participants()).containsExactly(Participant.builder().id("p1").name("萨姆·奥尔特曼")
                .role(Role.NARRATOR).addAliases("嘉宾Sam Altman", "Sam").affiliation("OpenAI").addRoleEvidence("编辑确认").build());
        assertThat(interview.turns()).extracting(Turn::speaker).containsExactly("p1", "p1");
    }

    @Test
    void aDeclaredLabelOpensATurnEvenWhenItAppearsOnceAndLooksLikeNoName() {
        // Alone, `**第3点：**` once would be emphasis; declared, it is a speaker.
        Interview interview = parse("---", "participants:", "  - name: \"第3点\"", "    role: guest", "---", "",
                "**第3点：**这是一句话。").interview();
        assertThat(interview.turns()).singleElement().satisfies(t -> {
            assertThat(t.speaker()).isEqualTo("第3点");
            assertThat(t.text()).isEqualTo("这是一句话。");
        });
        assertThat(interview.participants().get(0).roleEvidence())
                .containsExactly("the front matter declares 第3点 as guest (line 2)");
    }

    @Test
    void undeclaredSpeakersAreInferredAndGiveWayToADeclaredId() {
        Interview interview = parse("---", "participants:", "  - id: \"host\"", "    name: \"Ben\"", "    aliases: [\"Ben\"]",
                "---", "", "**主持人：**你好？", "", "**Ben：**你好。", "", "**主持人：**再见。").interview();
        assertThat(interview.participants()).extracting(Participant::id).containsExactly("host", "host-2");
        assertThat(interview.participant("host-2").orElseThrow().role()).isEqualTo(Role.HOST);
        assertThat(interview.turns()).extracting(Turn::speaker).containsExactly("host-2", "host", "host-2");
    }

    @Test
    void aDeclaredParticipantWithoutTurnsIsStillAParticipant() {
        Interview interview = parse("---", "participants:", "  - name: \"旁听者\"", "    role: audience", "---", "",
                "**主持人：**你好？", "", "**主持人：**没人说话。").interview();
        assertThat(interview.participants()).extracting(Participant::name).containsExactly("旁听者", "主持人");
    }

    @Test
    void aDeclarationWithoutANameOrWithAnUnknownRoleIsReported() {
        ParseResult result = parse("---", "participants:", "  - id: \"x\"", "  - name: \"Ann\"", "    role: chef", "---", "",
                "**Ann：**你好。");
        assertThat(result.interview().participants()).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Role.UNKNOWN));
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.INVALID_HEADER_VALUE)
                .extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m).contains("no name"))
                .anySatisfy(m -> assertThat(m).contains("'chef' is no role"));
    }

    @Test
    void aListedFieldsIsTheHeaderAndTheTypedKeysFillTheMetadataOnly() {
        Interview interview = parse("---", "title: \"一期播客\"", "author: \"暗涌\"", "characters: 12000", "readingMinutes: 30",
                "fields:", "  - key: \"文章作者\"", "    value: \"暗涌Waves\"", "---", "", "**主持人：**你好？").interview();
        assertThat(interview.metadata().title()).contains("一期播客");
        assertThat(interview.metadata().author()).contains("暗涌");
        assertThat(interview.metadata().claimedCharacters()).hasValue(12000);
        assertThat(interview.metadata().claimedReadingMinutes()).hasValue(30);
        assertThat(interview.metadata().fields()).containsExactly(HeaderField.of("文章作者", "暗涌Waves"));
    }

    @Test
    void anEmptyFieldsListMeansTheSourceHadNoFields() {
        Interview interview = parse("---", "title: \"一期播客\"", "fields: []", "---", "", "**主持人：**你好？").interview();
        assertThat(interview.metadata().title()).contains("一期播客");
        assertThat(interview.metadata().fields()).isEmpty();
    }

    @Test
    void aLengthClaimThatIsNoWholeNumberStaysAField() {
        Interview interview = parse("---", "characters: \"about 3000\"", "---", "", "**主持人：**你好？").interview();
        assertThat(interview.metadata().claimedCharacters()).isEmpty();
        assertThat(interview.metadata().field("characters")).contains("about 3000");
    }

    @Test
    void aTimeSpanGivesTheTurnItsStartAndEndToTheNanosecond() {
        Interview interview = parse("**主持人：**\\[04:22.25–05:10\\] 你好？", "", "**嘉宾：**\\[–1:00:00.000000001\\] 你好。",
                "", "**主持人：**\\[123:00:00\\] 很长的录音。").interview();
        Turn first = interview.turns().get(0);
        assertThat(first.start()).contains(Duration.ofSeconds(262, 250_000_000));
        assertThat(first.end()).contains(Duration.ofSeconds(310));
        assertThat(first.text()).isEqualTo("你好？");
        Turn second = interview.turns().get(1);
        assertThat(second.start()).isEmpty();
        assertThat(second.end()).contains(Duration.ofSeconds(3600, 1));
        assertThat(interview.turns().get(2).start()).contains(Duration.ofHours(123));
    }

    @Test
    void aTimeBeforeALaterParagraphIsThatParagraphsStartButASpanThereStaysText() {
        Interview interview = parse("**主持人：**你好？", "", "\\[08:23.5\\] 接着说。", "", "\\[09:00–09:10\\] 再说。", "",
                "**嘉宾：**好。").interview();
        Turn turn = interview.turns().get(0);
        assertThat(turn.start()).isEmpty();
        assertThat(turn.paragraphs()).extracting(p -> p.start().orElse(null), p -> p.text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "你好？"),
                org.assertj.core.groups.Tuple.tuple(Duration.ofMillis(503_500), "接着说。"),
                org.assertj.core.groups.Tuple.tuple(null, "[09:00–09:10] 再说。"));
    }

    @Test
    void aSpanThatEndsBeforeItStartsIsNoTimeAndStaysText() {
        Interview interview = parse("**主持人：**\\[05:10–04:22\\] 你好？", "", "**嘉宾：**\\[1-2\\] 好。").interview();
        assertThat(interview.turns().get(0).start()).isEmpty();
        assertThat(interview.turns().get(0).text()).isEqualTo("[05:10–04:22] 你好？");
        assertThat(interview.turns().get(1).text()).isEqualTo("[1-2] 好。");
    }

    @Test
    void markedBoilerplateAfterTheLastTurnIsNoSpeechAndKeepsItsKind() {
        ParseResult result = parse("**主持人：**你好？", "", "**嘉宾：**你好。", "", "<!-- boilerplate: call_to_action -->",
                "点击关注，每天更新", "", "<!-- boilerplate: separator -->", "", "<!-- boilerplate: recipe -->", "做法");
        Interview interview = result.interview();
        assertThat(interview.turns().get(1).text()).isEqualTo("你好。");
        assertThat(interview.boilerplate()).extracting(Boilerplate::kind, Boilerplate::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BoilerplateKind.CALL_TO_ACTION, "点击关注，每天更新"),
                org.assertj.core.groups.Tuple.tuple(BoilerplateKind.SEPARATOR, ""),
                org.assertj.core.groups.Tuple.tuple(BoilerplateKind.OTHER, "做法"));
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("'recipe' is no boilerplate kind"));
    }

    @Test
    void aLabelInsideMarkedBoilerplateOpensNoTurn() {
        Interview interview = parse("**主持人：**你好？", "", "**嘉宾：**你好。", "", "<!-- boilerplate: roster -->",
                "Q：CBS 主持人 Brook Silva-Braga").interview();
        assertThat(interview.turns()).hasSize(2);
        assertThat(interview.boilerplate()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BoilerplateKind.ROSTER);
            assertThat(b.text()).isEqualTo("Q：CBS 主持人 Brook Silva-Braga");
        });
    }

    @Test
    void markedBoilerplateTakesItsPlaceInSourceOrderAmongTheRest() {
        Interview interview = parse("<!-- boilerplate: promotion -->", "早鸟票开售", "", "**主持人：**你好？", "",
                "**嘉宾：**你好。", "", "\\--END--").interview();
        assertThat(interview.boilerplate()).extracting(Boilerplate::kind)
                .containsExactly(BoilerplateKind.PROMOTION, BoilerplateKind.END_MARKER);
    }
}
