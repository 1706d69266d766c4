package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per label shape html2text leaves in WeChat articles (docs/DESIGN.md, "Label shapes"; issue 3). */
class LabelVariantsTest {

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    /** A two-speaker dialogue whose guest label is written as {@code guestLabel}. */
    private static Interview dialogue(String guestLabel) {
        return PARSER.parse(String.join("\n",
                "**主持人:** 你好，欢迎来到节目。",
                "",
                guestLabel,
                "",
                "**主持人:** 我们开始吧？",
                "",
                "**Sam Altman:** 好的。")).interview();
    }

    private static void assertGuestSays(Interview interview, String text) {
        List<Turn> turns = interview.turns();
        assertThat(turns).extracting(Turn::speaker).containsExactly("host", "sam-altman", "host", "sam-altman");
        assertThat(turns.get(1).text()).isEqualTo(text);
    }

    @Test
    void plainBoldLabelWithHalfWidthColonStartsATurn() {
        assertGuestSays(dialogue("**Sam Altman:** 谢谢邀请。"), "谢谢邀请。");
    }

    @Test
    void fullWidthColonInsideTheBoldStartsATurn() {
        assertGuestSays(dialogue("**Sam Altman：** 谢谢邀请。"), "谢谢邀请。");
    }

    @Test
    void spaceBeforeTheClosingStarsStartsATurn() {
        assertGuestSays(dialogue("**Sam Altman: **谢谢邀请。"), "谢谢邀请。");
    }

    @Test
    void sixLeadingStarsAreRepaired() {
        Interview interview = dialogue("******Sam Altman:** 谢谢邀请。");
        assertGuestSays(interview, "谢谢邀请。");
        assertThat(interview.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(dev.interviewkit.model.DiagnosticCode.REPAIRED_MARKUP);
            assertThat(d.line()).isEqualTo(3);
        });
    }

    @Test
    void fourStarsOnBothSidesAreRepaired() {
        assertGuestSays(dialogue("****Sam Altman:**** 谢谢邀请。"), "谢谢邀请。");
    }

    @Test
    void closingStarsSplitBySpaceAreRepaired() {
        assertGuestSays(dialogue("****Sam Altman:** ** 谢谢邀请。"), "谢谢邀请。");
    }

    @Test
    void labelAloneOnItsLineTakesTheNextLineAsText() {
        assertGuestSays(dialogue("******Sam Altman:**\n谢谢邀请，\n很高兴来。"), "谢谢邀请，很高兴来。");
    }

    @Test
    void colonOutsideTheBoldStartsATurn() {
        assertGuestSays(dialogue("**Sam Altman**：谢谢邀请。"), "谢谢邀请。");
    }

    @Test
    void rolePrefixedLabelJoinsTheNamedParticipant() {
        Interview interview = dialogue("**嘉宾Sam Altman: **谢谢邀请。");
        assertGuestSays(interview, "谢谢邀请。");
        assertThat(interview.participant("sam-altman").orElseThrow().aliases())
                .containsExactly("嘉宾Sam Altman", "Sam Altman");
    }

    @Test
    void boldEmphasisEndingInAColonInsideAParagraphIsNotASpeaker() {
        Interview interview = PARSER.parse(String.join("\n",
                "**主持人:** 你好。",
                "",
                "**Sam Altman:** 我想说两点。",
                "**关键是：** 要专注。",
                "",
                "**主持人:** 明白。",
                "",
                "**Sam Altman:** 好。")).interview();
        assertThat(interview.participants()).extracting(p -> p.id()).containsExactly("host", "sam-altman");
        assertThat(interview.turns().get(1).text()).isEqualTo("我想说两点。关键是：要专注。");
    }

    @Test
    void aNameUsedOnceWithoutRoleWordIsNotASpeaker() {
        Interview interview = PARSER.parse(String.join("\n",
                "**主持人:** 你好？",
                "",
                "**Sam Altman:** 你好。",
                "",
                "**注意:** 以下内容有删节。",
                "",
                "**Sam Altman:** 好。")).interview();
        assertThat(interview.participants()).extracting(p -> p.id()).containsExactly("host", "sam-altman");
    }

    @Test
    void twoLabelsInOneParagraphStartTwoTurns() {
        Interview interview = PARSER.parse("**主持人:** 你好？\n**Sam Altman:** 你好。\n**主持人:** 再见？\n**Sam Altman:** 再见。")
                .interview();
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("你好？", "你好。", "再见？", "再见。");
    }

    @Test
    void sentencePunctuationMeansNotALabel() {
        Interview interview = PARSER.parse("**主持人:** 你好。\n\n**他说，这很好:** 是的。\n\n**嘉宾:** 好。")
                .interview();
        assertThat(interview.participants()).extracting(p -> p.id()).containsExactly("host", "guest");
        assertThat(interview.turns().get(0).text()).isEqualTo("你好。他说，这很好: 是的。");
    }

    /** Found by the generated-document property: a guest who answers once was read as text. */
    @Test
    void aGuestWhoSpeaksOnceBetweenTurnsIsASpeaker() {
        Interview interview = PARSER.parse("**主持人:** 你怎么看？\n\n**张三丰:** 很好。\n\n**主持人:** 谢谢。").interview();
        assertThat(interview.turns()).extracting(Turn::speaker).containsExactly("host", "张三丰", "host");
    }

    /** Found by the generated-document property: {@code ** **} between spaces was kept as text. */
    @Test
    void brokenBoldBetweenSpacesLeavesNoStars() {
        Interview interview = PARSER.parse("**主持人:** 你好？\n\n****张三丰:** ** 这是一个问题。\n\n**主持人:** 好。")
                .interview();
        assertThat(interview.turns().get(1).text()).isEqualTo("这是一个问题。");
    }
}
