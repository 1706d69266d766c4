package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus 09: Founder Park's translation of Anthropic's prompt-engineering roundtable, with a guest
 * roster in label shape before the dialogue.
 */
class ClaudePromptEngineersTest {

    private static final String FILE = "09_claude-prompt-engineers-podcast.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void fourEngineersEachUnderOneLabel() {
        assertThat(interview().participants()).hasSize(4);
        for (String name : List.of("Amanda Askell", "Alex Albert", "David Hershey", "Zack Witten")) {
            Participant participant = Corpus.participant(interview(), name);
            assertThat(participant.name()).isEqualTo(name);
            // `**Alex Albert**：`, `**Alex Albert：question**` and `**David Hershey** ：` are one label each.
            assertThat(participant.aliases()).as(name).containsExactly(name);
        }
    }

    @Test
    void alexAlbertLeadsTheDiscussionTheOthersAreGuests() {
        // The roster (line 21, 讨论嘉宾) lists all four alike, but Alex Albert asks the questions that
        // open six of the eight sections and moves the talk on ("这实际上是个很好的过渡"): he chairs
        // the roundtable. Host or moderator, both fit.
        assertThat(Corpus.participant(interview(), "Alex Albert").role()).isIn(Role.HOST, Role.MODERATOR);
        for (String guest : List.of("Amanda Askell", "David Hershey", "Zack Witten")) {
            assertThat(Corpus.participant(interview(), guest).role()).as(guest).isEqualTo(Role.GUEST);
        }
    }

    @Test
    void theRosterLinesAreNotTurns() {
        // Lines 23-29, `Amanda Askell：负责对齐微调` and the like, say what each guest does at Anthropic;
        // they come before the first heading and nobody says them. The first turn is Alex's question.
        Turn first = interview().turns().get(0);
        assertThat(first.speaker()).isEqualTo(Corpus.participant(interview(), "Alex Albert").id());
        assertThat(first.text()).isEqualTo("什么是提示工程？为什么它是「工程」？prompt 到底是什么？");
        assertThat(interview().turns()).noneSatisfy(t -> assertThat(t.text()).startsWith("负责"));
    }

    @Test
    void eightySevenTurns() {
        assertThat(Corpus.turnsOf(interview(), "Alex Albert")).isEqualTo(23);
        assertThat(Corpus.turnsOf(interview(), "Amanda Askell")).isEqualTo(21);
        assertThat(Corpus.turnsOf(interview(), "David Hershey")).isEqualTo(22);
        assertThat(Corpus.turnsOf(interview(), "Zack Witten")).isEqualTo(21);
        assertThat(interview().turns()).hasSize(87);
    }

    @Test
    void aSpeakerLabelledTwiceInARowHasTwoTurns() {
        // Lines 258 and 260: Alex finishes his remark, then asks the next question under a new label.
        List<Turn> turns = interview().turns();
        String alex = Corpus.participant(interview(), "Alex Albert").id();
        assertThat(turns.get(51).speaker()).isEqualTo(alex);
        assertThat(turns.get(51).text()).startsWith("我一时间想不起来那个例子了");
        assertThat(turns.get(52).speaker()).isEqualTo(alex);
        assertThat(turns.get(52).text()).isEqualTo("你们觉得良好的语法，标点，在提示中是必要的吗？这会影响模型进行推理吗？");
    }

    @Test
    void eightSectionsFromTheSetextHeadingPairs() {
        // `**01**` / `------` then one or two bold setext lines: the number is dropped, the lines join.
        assertThat(Corpus.sectionTitles(interview())).containsExactly(
                "好的 prompt：足够清晰、持续迭代",
                "要把你知道模型不知道的东西写出来",
                "越调越偏，不如直接放弃",
                "不需要角色扮演，和模型实话实说",
                "模型有推理，但不是人类的推理",
                "尝试做一些难的任务，会有效提高 prompt 能力",
                "信任模型的能力，不要把它当小孩子",
                "未来的模型可能会主动获取我们的想法");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(12, 13, 12, 11, 7, 14, 11, 7);
    }

    @Test
    void theCuboxHeaderGivesTitleAccountAndSource() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("Claude工程师聊prompt：不要把模型当小孩子、不需要角色扮演、实话实说");
        assertThat(metadata.author()).contains("Founder Park");
        assertThat(metadata.sourceUrl()).contains("https://mp.weixin.qq.com/s/3GbkY87snrj5ih1rXW2WUg");
        assertThat(metadata.publishedAt()).isEmpty();
    }

    @Test
    void theAccountCardAndFurtherReadingStayOutOfTheTurns() {
        assertThat(interview().turns()).allSatisfy(t -> assertThat(t.text())
                .doesNotContain("原创内容", "公众号", "更多阅读", "跳转到 Cubox 查看", "founderparker"));
        assertThat(interview().related()).extracting(RelatedLink::title).containsExactly(
                "8月份AI应用月活盘点，离超级应用有多远？ChatGPT还有机会吗？",
                "OpenAI o1是AGI下半场的开始，强化学习将成为新的 Scaling Law",
                "OpenAI o1 团队在线答疑：o1的o指OpenAI，强化后的推理有泛化能力，未来模型思考时间可控！",
                "AI创业者李博杰：小公司也能做RL，过几个月可能出现o1开源平替");
    }
}
