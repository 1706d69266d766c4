package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus 02: 「暗涌」 interviews 梁文锋 of 幻方; the interviewer's label comes in five bold layouts and the
 * byline is buried in runs of stars.
 */
class HuanfangLiangWenfengTest {

    private static final String FILE = "02_huanfang-liangwenfeng-anyong.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void theMagazineAsksAndLiangWenfengAnswers() {
        assertThat(interview().participants()).hasSize(2);
        // The interviewer is the publication itself, written with its corner brackets as the
        // document writes it; the model names 「暗涌」 as the example of an outlet that interviews.
        Participant anyong = Corpus.participant(interview(), "「暗涌」");
        assertThat(anyong.name()).isEqualTo("「暗涌」");
        assertThat(anyong.role()).isEqualTo(Role.INTERVIEWER);
        // `**「暗涌」：`, `**「暗涌」** **：`, `**「暗涌」：****`, `****「暗涌」：****` and `**「****暗涌」：`
        // (lines 251, 255) are one label once the stars are gone.
        assertThat(anyong.aliases()).containsExactly("「暗涌」");
        Participant liang = Corpus.participant(interview(), "梁文锋");
        assertThat(liang.name()).isEqualTo("梁文锋");
        assertThat(liang.aliases()).containsExactly("梁文锋");
        // The lead (line 52): "我们还和幻方创始人梁文锋特别聊了聊".
        assertThat(liang.role()).isEqualTo(Role.GUEST);
    }

    @Test
    void eightyTurnsFortyEachStrictlyAlternating() {
        assertThat(Corpus.turnsOf(interview(), "「暗涌」")).isEqualTo(40);
        assertThat(Corpus.turnsOf(interview(), "梁文锋")).isEqualTo(40);
        List<Turn> turns = interview().turns();
        assertThat(turns).hasSize(80);
        String anyong = Corpus.participant(interview(), "「暗涌」").id();
        String liang = Corpus.participant(interview(), "梁文锋").id();
        for (int i = 0; i < turns.size(); i++) {
            assertThat(turns.get(i).speaker()).as("turn %d", i + 1).isEqualTo(i % 2 == 0 ? anyong : liang);
        }
    }

    @Test
    void fourSectionsTitledByTheBoldHeadingsNotByThePullQuotes() {
        // Each part opens with a bold heading (the first two glued to the end of an image line,
        // `![图片](…)**做研究，做探索**`) and a pull-quote `**\>****"做最重要、最困难的事"**` that repeats a
        // sentence of the part. A reader titles the part by the heading; the quote is an epigraph.
        // "以下为对话：" comes right before the first heading: no untitled opening section.
        assertThat(Corpus.sectionTitles(interview()))
                .containsExactly("做研究，做探索", "万卡储备与它的代价", "如何让创新真正发生", "真正的疯狂");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(22, 22, 22, 14);
    }

    @Test
    void thePullQuotesAreNeitherTurnsNorTurnText() {
        assertThat(interview().turns()).noneSatisfy(t -> assertThat(t.text()).startsWith("\"做最重要、最困难的事\""));
        assertThat(interview().turns()).allSatisfy(t -> assertThat(t.text()).doesNotContain(">"));
    }

    @Test
    void aDashWrittenAsSixHyphensStaysInsideTheQuestion() {
        // Line 70: `…还是某个垂直行业------比如金融相关的大模型？**` is a dash in the question, not a
        // setext underline: the question stays one turn of 「暗涌」, whatever the dash becomes.
        Turn question = interview().turns().get(2);
        assertThat(question.speaker()).isEqualTo(Corpus.participant(interview(), "「暗涌」").id());
        assertThat(question.text()).startsWith("你们要自训一个大模型，还是某个垂直行业").endsWith("比如金融相关的大模型？");
    }

    @Test
    void theHeaderGivesTitleAccountAndTheLongShareUrl() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("疯狂的幻方：一家隐形AI巨头的大模型之路");
        // `…#rd)暗涌Waves 暗涌Waves`: the header's author is the account name, written twice.
        assertThat(metadata.author()).contains("暗涌Waves");
        // Kept as written, share parameters and all: the reader cannot know which ones matter.
        assertThat(metadata.sourceUrl()).contains("http://mp.weixin.qq.com/s?__biz=Mzk0MDMyNDUxOQ==&mid=2247486864&idx=1"
                + "&sn=dd80bd76dd937e363a5c61aa542e6d18&chksm=c2e22e58f595a74ece1d9938463852ccea072ac1b8445149dbfa2dea6506"
                + "3f160e2f8502b379&mpshare=1&scene=1&srcid=0524AsPeWuTODQmFOv5zTACV&sharer_sharetime=1684908584953"
                + "&sharer_shareid=c58007142b3c8dd4da3163f5c61d6b7b#rd");
        assertThat(metadata.publishedAt()).isEmpty();
    }

    @Test
    void theStarBuriedBylineNamesWriterAndEditor() {
        // `**文****************\|****…于丽丽**************` and `****编辑****…\|****…刘旌****…`: the
        // byline under the title, a credit by the Corpus conventions, clean of stars and escapes.
        assertThat(interview().credits()).extracting(Credit::text)
                .anySatisfy(text -> assertThat(text).contains("于丽丽"))
                .anySatisfy(text -> assertThat(text).contains("刘旌"))
                .allSatisfy(text -> assertThat(text).doesNotContain("*", "\\"));
    }
}
