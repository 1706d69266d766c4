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
 * Corpus 06: 李榜主会客室 with 周鸿祎, who is labelled only by his nickname 红衣大叔; labels have a space
 * before the full-width colon and the sections are titled by bare bold pull-quotes.
 */
class ZhouHongyiTest {

    private static final String FILE = "06_zhouhongyi-libangzhu-space-colon.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void redCoatUncleIsZhouHongyi() {
        assertThat(interview().participants()).hasSize(2);
        // The title says 对话周鸿祎, the lead (line 8) "李榜主邀请了 360集团创始人周鸿祎 来进行对话" and then
        // (line 10) "你可能刷到过很多红衣大叔的短视频": the only other speaker, 红衣大叔, is his nickname.
        Participant zhou = Corpus.participant(interview(), "红衣大叔");
        assertThat(zhou.name()).isEqualTo("周鸿祎");
        assertThat(zhou.aliases()).containsExactly("红衣大叔");
        assertThat(zhou.role()).isEqualTo(Role.GUEST);
    }

    @Test
    void liBangzhuHostsHisOwnShow() {
        // The show is 李榜主会客室 and he invited the guest (line 8).
        Participant li = Corpus.participant(interview(), "李榜主");
        assertThat(li.name()).isEqualTo("李榜主");
        // `**李榜主** ：`: the space before the colon is not part of the label.
        assertThat(li.aliases()).containsExactly("李榜主");
        assertThat(li.role()).isEqualTo(Role.HOST);
    }

    @Test
    void thirtySevenTurnsNineteenOfThemTheHosts() {
        assertThat(Corpus.turnsOf(interview(), "李榜主")).isEqualTo(19);
        assertThat(Corpus.turnsOf(interview(), "红衣大叔")).isEqualTo(18);
        assertThat(interview().turns()).hasSize(37);
    }

    @Test
    void tenSectionsTitledByTheBareBoldLines() {
        // A bold line alone, with no colon, right before a question of 李榜主, is a pull-quote heading.
        // Bold lines that end a sentence of the answer around them (line 50 `**电动机…** 。装上传送带…`,
        // line 186, line 210 `**如果我们说，…刚刚开始** 。`) are speech. `**C.AI 卖身了，怎么看。**`
        // ends with 。 but stands alone before 李榜主's question like the others: a heading.
        assertThat(Corpus.sectionTitles(interview())).containsExactly(
                "有的公司继续做闭源，我觉得是一种商业选择",
                "大模型应该消于无形，让用户意识不到大模型的存在",
                "AI 应用还不能着急，确实需要一个探索的过程",
                "toB 正因为比较碎，这里面才会有更多你的机会",
                "到底什么是场景，什么是细分垂直场景",
                "toC 的机会在出海，出海的机会在 NGFW",
                "C.AI 卖身了，怎么看。",
                "只要你场景选的足够窄，几百亿参数就够了，便宜还好用",
                "套壳的两种逻辑",
                "1 个千亿模型换成 5 个百亿模型，响应速度快十倍不止，推理成本降很多");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(2, 2, 4, 4, 4, 4, 4, 7, 2, 4);
    }

    @Test
    void boldSentencesInsideAnAnswerStayInIt() {
        List<Turn> turns = interview().turns();
        assertThat(turns.get(21).text()).contains("大家说他放弃了，说明还是做的不够尖锐、不够聚焦");
        assertThat(turns.get(25).text()).contains("大模型市场是一场工业革命，等于才刚刚开始");
    }

    @Test
    void aWordSplitAcrossTwoBoldRunsIsWholeAgain() {
        // Line 26: `**百** **度相当于是自动驾驶的黄埔军校**`.
        assertThat(interview().turns().get(1).text()).contains("百度相当于是自动驾驶的黄埔军校");
    }

    @Test
    void promotionsAndTheEditorsNoteAreNotZhouHongyisWords() {
        List<Turn> turns = interview().turns();
        // Line 160, inside his answer about NGFW: `*编辑补充：…后台回复关键词【NGFW】获取案例。*`.
        assertThat(turns.get(19).text()).contains("闷声发大财").doesNotContain("编辑补充");
        // Lines 288-300, inside his answer about COE: an ad for the account's radar chart and an
        // account card; his answer goes on after them (line 302).
        assertThat(turns.get(34).text()).contains("相当于 16 个有点偏科的学生")
                .doesNotContain("后台回复关键词", "原创内容", "发起人");
    }

    @Test
    void theCuboxHeaderGivesTitleAuthorAndSource() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("对话周鸿祎：别被 Co-pilot 带沟里去了｜李榜主会客室");
        // `…Kjuyw)李榜主 AI产品榜`: the author, then the account.
        assertThat(metadata.author()).contains("李榜主");
        assertThat(metadata.sourceUrl()).contains("https://mp.weixin.qq.com/s/Dm5H-k4UB4hn9EpE4Kjuyw");
    }

    @Test
    void theFooterIsNotPartOfTheLastAnswer() {
        Turn last = interview().turns().get(36);
        assertThat(last.text()).endsWith("这个想法固然很伟大，但是现在，真的做不到。").doesNotContain("阅读原文", "更多榜单", "赞");
    }
}
