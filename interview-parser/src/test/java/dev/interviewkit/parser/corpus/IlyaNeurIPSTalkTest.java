package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus 14: 机器之心's translation of Ilya Sutskever's NeurIPS 2024 talk, saved by the same crawler as
 * the reference article: an unlabelled talk, then a short Q&A with {@code 提问：} and {@code **Ilya：**}.
 */
class IlyaNeurIPSTalkTest {

    private static final String FILE = "14_jiqizhixin-ilya-neurips-talk-exporter-header.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void ilyaSutskeverSpeaksAndTheAudienceAsks() {
        assertThat(interview().participants()).hasSize(2);
        // The label is only "Ilya"; the title and the lead call him Ilya Sutskever.
        Participant ilya = Corpus.participant(interview(), "Ilya");
        assertThat(ilya.name()).isEqualTo("Ilya Sutskever");
        assertThat(ilya.aliases()).contains("Ilya");
        assertThat(ilya.role()).isEqualTo(Role.GUEST);
        // 提问 is several people ("Ilya 回答了几位提问者简短的问题", line 127; "接下来是第二位提问者"), but
        // none is named: one participant for the one label.
        Participant audience = Corpus.participant(interview(), "提问");
        assertThat(audience.aliases()).containsExactly("提问");
        assertThat(audience.role()).isEqualTo(Role.AUDIENCE);
    }

    @Test
    void theTalkIsIlyasFirstTurnThoughItHasNoLabel() {
        // Line 44: "以下是 Ilya Sutskever 的演讲全文：". Everything from line 46 to "谢谢大家。" (line 126)
        // is Ilya speaking, with no label; the lead before it is 机器之心's report. Line 127, "Neurlps
        // 大会上一阵掌声过后，Ilya 回答了几位提问者简短的问题。", is the editor's narration, not the talk.
        Turn talk = interview().turns().get(0);
        assertThat(talk.speaker()).isEqualTo(Corpus.participant(interview(), "Ilya").id());
        assertThat(talk.label()).isEmpty();
        assertThat(talk.text()).startsWith("我要感谢大会组织者为这个奖项选择了一篇论文").endsWith("谢谢大家。");
        // Hard-wrapped at about 80 columns: `还有 Jared` / `Kaplan 和 Dario Amodei` (lines 89-90).
        assertThat(talk.text()).contains("Jared Kaplan 和 Dario Amodei");
    }

    @Test
    void thirteenTurnsSixOfThemIlyas() {
        // The talk plus five answers; seven 提问 lines. Lines 143 and 144 are two 提问 turns in a row:
        // the first questioner thanks him, then the second asks.
        assertThat(Corpus.turnsOf(interview(), "Ilya")).isEqualTo(6);
        assertThat(Corpus.turnsOf(interview(), "提问")).isEqualTo(7);
        assertThat(interview().turns()).hasSize(13);
        List<Turn> turns = interview().turns();
        assertThat(turns.get(7).text()).startsWith("谢谢。");
        assertThat(turns.get(8).text()).startsWith("嗨，Ilya。我很喜欢那个神秘留白的结局。");
        assertThat(turns.get(12).text()).isEqualTo("谢谢。");
    }

    @Test
    void thereAreNoHeadingsSoOneUntitledSection() {
        assertThat(Corpus.sectionTitles(interview())).containsExactly("");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(13);
    }

    @Test
    void aLabelAloneOnItsLineStartsTheTurnOnTheNext() {
        // Line 147 is `**Ilya：**` and nothing else; his answer is on line 148.
        Turn answer = interview().turns().get(9);
        assertThat(answer.label()).contains("Ilya");
        assertThat(answer.text()).startsWith("我觉得这些问题在某种意义上是人们应该更多思考和反思的。");
    }

    @Test
    void theCrawlerHeaderGivesEverything() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("Ilya Sutskever在NeurIPS炸裂宣判：预训练将结束，数据压榨到头了（全文+视频）");
        assertThat(metadata.author()).contains("机器之心");
        assertThat(metadata.publishedAt()).contains(OffsetDateTime.parse("2024-12-14T11:45:00+08:00"));
        assertThat(metadata.location()).contains("北京");
        assertThat(metadata.sourceUrl()).contains("http://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650947130&idx=1"
                + "&sn=6808fab944a856e84131da7be46e47fa&chksm=84e7fa44b3907352b99efa02eabaedfe63927e6c765a9ecc3566c05b"
                + "878a5028ca6dee06ee7f#rd");
        assertThat(metadata.coverImageUrl()).contains("https://mmbiz.qpic.cn/sz_mmbiz_jpg/KmXPKA19gW9PQFxbvSm2Oq9HsbL86NQ5"
                + "HqVe4sBlkBefoibvk33o2iaRhWZAmkefYmVItWRlttD0Qo6LTJXvvUUQ/300");
        assertThat(metadata.fields()).extracting(HeaderField::key)
                .containsExactly("文章作者", "发布时间", "发布地", "原文链接", "封面图链接");
    }

    @Test
    void hardWrappedLeadLinesJoinWithASpaceBetweenLatinWords() {
        // Lines 20-21: `…人工智能实验室 Safe` / `Superintelligence，成为头条新闻。`
        assertThat(interview().lead()).extracting(Block::text)
                .anySatisfy(text -> assertThat(text).contains("Safe Superintelligence，成为头条新闻"));
    }

    @Test
    void theReferencesAndEndMarkerAreNotTheLastQuestion() {
        assertThat(interview().turns()).allSatisfy(t -> assertThat(t.text())
                .doesNotContain("参考内容", "theverge", "THE END", "jiqizhixin.com"));
        assertThat(interview().boilerplate()).extracting(Boilerplate::text)
                .anySatisfy(text -> assertThat(text).contains("THE END"));
    }
}
