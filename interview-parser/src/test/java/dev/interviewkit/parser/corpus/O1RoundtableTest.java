package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus 01: the Founder Park roundtable after o1 (张鹏 with 姜大昕, 杨植麟, 朱军), a Cubox export whose
 * host writes his label both outside ({@code **张鹏**：}) and inside a bold question ({@code **张鹏：…**}).
 */
class O1RoundtableTest {

    private static final String FILE = "01_o1-roundtable-yangzhilin-jiangdaxin-zhujun.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void zhangPengChairsTheRoundtableAndAsksEveryQuestion() {
        Participant zhangPeng = Corpus.participant(interview(), "张鹏");
        // The lead (line 9) has the three founders "与极客公园创始人张鹏一起" discuss, and every question
        // is his. The title calls it a 圆桌 (roundtable), whose chair the model calls MODERATOR; the
        // issue calls him the host. Both are right, so both are accepted.
        assertThat(zhangPeng.role()).isIn(Role.MODERATOR, Role.HOST);
        // Both label forms clean to the same two characters: one alias.
        assertThat(zhangPeng.aliases()).containsExactly("张鹏");
    }

    @Test
    void theThreeFoundersAreTheGuests() {
        assertThat(interview().participants()).hasSize(4);
        for (String guest : List.of("姜大昕", "杨植麟", "朱军")) {
            Participant participant = Corpus.participant(interview(), guest);
            assertThat(participant.name()).isEqualTo(guest);
            assertThat(participant.aliases()).containsExactly(guest);
            assertThat(participant.role()).as(guest).isEqualTo(Role.GUEST);
        }
    }

    @Test
    void fortyNineTurnsTwentySixOfThemTheHosts() {
        // Counted label by label: 20 `**张鹏：` + 6 `**张鹏**：`; the three `**朱军：**`-style lines of
        // sections 9-11 are headings (underlined with ------), not turns.
        assertThat(Corpus.turnsOf(interview(), "张鹏")).isEqualTo(26);
        assertThat(Corpus.turnsOf(interview(), "姜大昕")).isEqualTo(7);
        assertThat(Corpus.turnsOf(interview(), "杨植麟")).isEqualTo(8);
        assertThat(Corpus.turnsOf(interview(), "朱军")).isEqualTo(8);
        assertThat(interview().turns()).hasSize(49);
    }

    @Test
    void elevenSectionsTitledByTheirHeadingsWithoutTheNumbers() {
        // Each section is `**NN**` + one or two bold setext lines; the number is dropped and the lines
        // join (Corpus conventions). Sections 9-11 put the speaker in the heading: `**朱军：**` then
        // `**18 个月，在 L4 取得进展**`; that is the title "朱军：18 个月，在 L4 取得进展", not a turn.
        // No turn precedes `**01**`, so there is no untitled opening section.
        assertThat(Corpus.sectionTitles(interview())).containsExactly(
                "AI 发展的速度太快了",
                "o1 提升了 AI 上限，带来了新范式",
                "推理能力泛化路径还不明确，是一个新的技术变量",
                "新范式对算力的需求会更大",
                "模型输出变慢了，怎么向用户交待？",
                "推理能力会向物理世界落地",
                "谈卡伤感情，没卡没感情",
                "做 AI 应用，找 ChatGPT 的弱点",
                "朱军：18 个月，在 L4 取得进展",
                "杨植麟：开放性的强化学习、自我进化",
                "姜大昕：多模融合，通向世界模型");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(6, 7, 7, 2, 2, 2, 4, 3, 6, 6, 4);
    }

    @Test
    void aQuestionInTwoBoldParagraphsIsOneTurnWithoutItsLabel() {
        Turn first = interview().turns().get(0);
        assertThat(first.speaker()).isEqualTo(Corpus.participant(interview(), "张鹏").id());
        assertThat(first.label()).contains("张鹏");
        assertThat(first.text()).startsWith("OpenAI 发布到现在快两年了")
                .contains("过去 18 个月，AI 技术的发展在减速吗？");
        assertThat(interview().turns().get(1).text()).startsWith("我觉得过去 18 个月是在加速的");
    }

    @Test
    void aSpeakerNamedInASectionHeadingDoesNotStartATurn() {
        Section zhuJun = interview().sections().get(8);
        Turn first = zhuJun.turns().get(0);
        assertThat(first.speaker()).isEqualTo(Corpus.participant(interview(), "张鹏").id());
        assertThat(first.text()).startsWith("在下一个 18 个月里");
    }

    @Test
    void theCuboxHeaderGivesTitleAccountAndSource() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("o1发布后，信息量最大的圆桌对话：杨植麟、姜大昕、朱军探讨大模型技术路径");
        // `[mp.weixin.qq.com](url)Founder Park Founder Park`: author, then account; here the same name.
        assertThat(metadata.author()).contains("Founder Park");
        assertThat(metadata.sourceUrl()).contains("https://mp.weixin.qq.com/s/nqEe8rNnED3-EGZwowPJBg");
        assertThat(metadata.publishedAt()).isEmpty();
    }

    @Test
    void theAccountCardAndFooterStayOutOfTheTurns() {
        assertThat(interview().turns()).allSatisfy(t -> assertThat(t.text())
                .doesNotContain("原创内容", "公众号", "更多阅读", "跳转到 Cubox 查看", "founderparker"));
        Turn last = interview().turns().get(interview().turns().size() - 1);
        assertThat(last.text()).endsWith("我们会努力一步步把这个功能做得越来越好。");
    }

    @Test
    void theFourFurtherReadingsAreRelatedLinks() {
        assertThat(interview().related()).extracting(RelatedLink::title).containsExactly(
                "Claude工程师聊prompt：不要把模型当小孩子、不需要角色扮演、实话实说",
                "8月份AI应用月活盘点，离超级应用有多远？ChatGPT还有机会吗？",
                "OpenAI o1是AGI下半场的开始，强化学习将成为新的 Scaling Law",
                "AI创业者李博杰：小公司也能做RL，过几个月可能出现o1开源平替");
    }
}
