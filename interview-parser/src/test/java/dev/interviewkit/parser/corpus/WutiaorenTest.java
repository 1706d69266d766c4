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
 * Corpus 12: 看理想 talks with 仁科 and 阿茂 of 五条人. The hardest label layout of the corpus: several
 * turns on one physical line, and labels hard-wrapped so that the colon starts the next line.
 */
class WutiaorenTest {

    private static final String FILE = "12_kanlixiang-wutiaoren-inline-turns.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void theAccountAsksTheTwoBandMembers() {
        // Only three labels ever take a colon: 看理想, 仁科, 阿茂. `**商业合作** ：bd@…` and
        // `**投稿或其他事宜** ：linl@…` (lines 214-215) come after the credits: contact lines.
        assertThat(interview().participants()).extracting(Participant::name).containsExactlyInAnyOrder("看理想", "仁科", "阿茂");
        // 看理想 is the publishing account ("今天的文章，我们与五条人…聊起", line 16) asking for it.
        Participant kanlixiang = Corpus.participant(interview(), "看理想");
        assertThat(kanlixiang.aliases()).containsExactly("看理想");
        assertThat(kanlixiang.role()).isEqualTo(Role.INTERVIEWER);
        for (String member : List.of("仁科", "阿茂")) {
            Participant participant = Corpus.participant(interview(), member);
            assertThat(participant.aliases()).containsExactly(member);
            assertThat(participant.role()).as(member).isEqualTo(Role.GUEST);
        }
    }

    @Test
    void sixtyOneTurns() {
        // Counted label by label, not line by line: line 27 alone holds three labels.
        assertThat(Corpus.turnsOf(interview(), "看理想")).isEqualTo(27);
        assertThat(Corpus.turnsOf(interview(), "仁科")).isEqualTo(24);
        assertThat(Corpus.turnsOf(interview(), "阿茂")).isEqualTo(10);
        assertThat(interview().turns()).hasSize(61);
    }

    @Test
    void fourSectionsTitledByTheLineAfterTheirNumber() {
        // `####  ** **01.**** ** **` (later `****02.**** ** **`) only numbers the section; its title is
        // the plain line under it. The last heading puts 尾声. (epilogue) where the number goes and the
        // title on the same line: `** **尾声.**** ** **找到自己的“林中路”****`; 尾声. is dropped like the
        // numbers. The `****` lines under the titles are debris.
        assertThat(Corpus.sectionTitles(interview()))
                .containsExactly("快乐的反义词是幸福", "焦虑是人类进步的基石", "承认自己“没那么重要”", "找到自己的“林中路”");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(21, 18, 13, 9);
    }

    @Test
    void turnsSharingAPhysicalLineAreSeparateTurns() {
        List<Turn> turns = interview().turns();
        String kanlixiang = Corpus.participant(interview(), "看理想").id();
        String amao = Corpus.participant(interview(), "阿茂").id();
        String renke = Corpus.participant(interview(), "仁科").id();
        // Line 27: ` **看理想** ：大家最近快乐吗？ **阿茂** ：我很快乐，… **仁科**` + line 28 `：说到快乐，…`.
        assertThat(turns.get(0).speaker()).isEqualTo(kanlixiang);
        assertThat(turns.get(0).text()).isEqualTo("大家最近快乐吗？");
        assertThat(turns.get(1).speaker()).isEqualTo(amao);
        assertThat(turns.get(1).text())
                .isEqualTo("我很快乐，只是我这两天喉咙有点问题，所以话很少，会给别人一种“我不是很快乐”的感觉。");
        assertThat(turns.get(2).speaker()).isEqualTo(renke);
        assertThat(turns.get(2).text()).startsWith("说到快乐，我之前在上海专场上有说过");
    }

    @Test
    void aLabelWrappedBeforeItsColonStillStartsATurn() {
        // Line 28 ends `**看理想**`, line 29 starts `：为什么会觉得快乐和幸福是相反的呢？ **仁科**`.
        Turn question = interview().turns().get(3);
        assertThat(question.label()).contains("看理想");
        assertThat(question.text()).isEqualTo("为什么会觉得快乐和幸福是相反的呢？");
    }

    @Test
    void aTurnEndsMidLineWhereTheNextLabelStarts() {
        List<Turn> turns = interview().turns();
        // Lines 38-40: 仁科's answer runs over three lines and stops before ` **看理想** ：` on line 40.
        assertThat(turns.get(9).text()).startsWith("我看过一句话").endsWith("这是他2009年和我说的话，我至今记得很清楚。");
        assertThat(turns.get(10).text()).isEqualTo("那你们如何理解“发疯”这个行为呢？");
        // Line 40-41: ` **仁科** ： **是一种“酒神精神”吧` / `，一种发泄情绪的方式。**我觉得…`: the bold
        // run is wrapped, and the label is followed by its own space and stars.
        assertThat(turns.get(11).text()).startsWith("是一种“酒神精神”吧，一种发泄情绪的方式。我觉得大家可以享受这种状态");
    }

    @Test
    void aLabelInsideStrayStarsStillStartsATurn() {
        // Line 97: `** **看理想** ：**感觉是一种满足掌控欲的新思路。`.
        Turn turn = interview().turns().get(30);
        assertThat(turn.label()).contains("看理想");
        assertThat(turn.text()).isEqualTo("感觉是一种满足掌控欲的新思路。");
    }

    @Test
    void theCreditsAndContactLinesAreNotInTheLastTurn() {
        Turn last = interview().turns().get(60);
        assertThat(last.text()).startsWith("我也觉得，我们其实说什么都是错的")
                .contains("你还是要找到自己的林中路。")
                .doesNotContain("采写", "商业合作", "vistopia");
    }

    @Test
    void theBackupHeaderGivesTheTitleButNoSource() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("“已读乱回”，还是五条人最擅长");
        assertThat(metadata.sourceUrl()).isEmpty();
        assertThat(metadata.publishedAt()).isEmpty();
    }
}
