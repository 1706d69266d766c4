package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus 03: 极客公园's write-up of a group interview with 妙鸭's product lead, in 问/答 form with the
 * labels and questions split into several bold runs.
 */
class MiaoyaTest {

    private static final String FILE = "03_miaoya-wen-da-split-bold.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void zhangYueguangAnswersTheJournalistsQuestions() {
        assertThat(interview().participants()).hasSize(2);
        // Line 20: "妙鸭产品负责人张月光接受了包括极客公园在内多家科技商业媒体的群访", and line 26: "张月光回答了
        // 一系列有关妙鸭的问题". 答 is 张月光.
        Participant answers = Corpus.participant(interview(), "答");
        assertThat(answers.name()).isEqualTo("张月光");
        assertThat(answers.aliases()).containsExactly("答");
        assertThat(answers.role()).isEqualTo(Role.GUEST);
        // 问 stands for journalists of several outlets (a 群访); no one of them is named, so the
        // label stays the name.
        Participant asks = Corpus.participant(interview(), "问");
        assertThat(asks.name()).isEqualTo("问");
        assertThat(asks.aliases()).containsExactly("问");
        assertThat(asks.role()).isEqualTo(Role.INTERVIEWER);
    }

    @Test
    void fiftyTurnsTwentyFiveQuestionsAndTwentyFiveAnswers() {
        // 25 lines start `**问`, 24 start `**答`; the 25th answer shares line 215 with its question.
        assertThat(Corpus.turnsOf(interview(), "问")).isEqualTo(25);
        assertThat(Corpus.turnsOf(interview(), "答")).isEqualTo(25);
        assertThat(interview().turns()).hasSize(50);
    }

    @Test
    void threeSectionsTitledWithoutTheirNumbers() {
        // `**01**` then `****几个人的兴趣小组，****` + `****三个月打磨出「妙鸭」****`; the third heading
        // is split into two bold runs on one line (`****AIGC的产品**** ****第一天****`) before its
        // second line. The closing `**极客一问**` / `**妙鸭未来的**` / `**商业化思路是怎样的？**` come
        // after the copyright line: a reader prompt in the footer, not a section.
        assertThat(Corpus.sectionTitles(interview())).containsExactly(
                "几个人的兴趣小组，三个月打磨出「妙鸭」", "隐私和数据安全争议", "AIGC的产品第一天不收钱，就收不到钱");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(22, 14, 14);
    }

    @Test
    void aQuestionAndItsAnswerOnOneLineAreTwoTurns() {
        // Line 215: `**问：to** **B 产品上线了之后，…定价** **吗？** **答：**大家对产品保持关注，…`.
        List<Turn> turns = interview().turns();
        Turn question = turns.get(46);
        Turn answer = turns.get(47);
        assertThat(question.speaker()).isEqualTo(Corpus.participant(interview(), "问").id());
        assertThat(question.text()).isEqualTo("to B 产品上线了之后，除了 9 块 9 还会有其他定价吗？");
        assertThat(answer.speaker()).isEqualTo(Corpus.participant(interview(), "答").id());
        assertThat(answer.text()).startsWith("大家对产品保持关注，具体不太方便讲。");
        // The next line asks again: two questions of 问 in a row (the second is answered on line 219).
        assertThat(turns.get(48).speaker()).isEqualTo(question.speaker());
    }

    @Test
    void boldRunsSplitInsideAQuestionJoinWithoutSpaces() {
        List<Turn> turns = interview().turns();
        // Line 130: `**问：如何** **看待** **隐私条款的争议问题？**`.
        assertThat(turns).extracting(Turn::text).contains("如何看待隐私条款的争议问题？");
        // Line 217: the question is cut into five bold runs around its punctuation.
        assertThat(turns).extracting(Turn::text).contains("人像写实这个赛道做到什么程度，你会觉得比较满意、可以开拓其他的业务了？");
        // Line 183: `**问：现在看** **来，妙鸭** **APP …`: the runs even split the word 看来.
        assertThat(turns.get(36).text()).startsWith("现在看来，妙鸭");
    }

    @Test
    void anAnswerLabelSplitFromItsColonStillStartsTheAnswer() {
        // Line 41: `**答** **：**这个项目最初是在一二月份开始，…`.
        Turn first = interview().turns().get(1);
        assertThat(first.label()).contains("答");
        assertThat(first.text()).startsWith("这个项目最初是在一二月份开始");
    }

    @Test
    void theImageCreditAndFooterAreNotPartOfTheLastAnswer() {
        // Line 222, `\*头图来源：视觉中国`, credits the header image; the copyright line and the
        // 极客一问 prompt follow. None of it is 张月光 speaking.
        Turn last = interview().turns().get(49);
        assertThat(last.text()).startsWith("我觉得可能路还很长")
                .doesNotContain("头图来源", "极客公园原创", "极客一问", "商业化思路是怎样的");
    }

    @Test
    void theCuboxHeaderGivesTitleAuthorsAndSource() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("对话「妙鸭」产品负责人：AIGC 的产品第一天不收钱，就可能收不到钱");
        // `…HdHw)宛辰、郑玥 极客公园`: the authors, then the account; the byline agrees (作者 | 宛辰、郑玥).
        assertThat(metadata.author()).contains("宛辰、郑玥");
        assertThat(metadata.sourceUrl()).contains("https://mp.weixin.qq.com/s/x7L-hfvO55qNWX_cu-HdHw");
        assertThat(metadata.publishedAt()).isEmpty();
    }
}
