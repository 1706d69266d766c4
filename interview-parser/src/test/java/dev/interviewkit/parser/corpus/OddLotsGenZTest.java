package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Corpus 15: a machine-translated Bloomberg Odd Lots episode with Emily Sundberg, not from WeChat:
 * YAML front matter, {@code ###} topic headings, and the English original of each turn in a
 * {@code <details>} block under it.
 */
class OddLotsGenZTest {

    private static final String FILE = "15_oddlots-genz-bilingual-details-html.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void threeLabelsThreeParticipants() {
        // 主持人 is not merged into Tracy Alloway. Odd Lots has two hosts, and both are in this episode:
        // the outro, all labelled Tracy Alloway, says "我是Tracy Alloway" (line 889) and then "我是Jill
        // Weisenthal" (line 896, the transcription's Joe Weisenthal). No 主持人 turn says who is
        // speaking, so the document does not tell which host 主持人 is, turn by turn.
        assertThat(interview().participants()).hasSize(3);
        Participant host = Corpus.participant(interview(), "主持人");
        assertThat(host.aliases()).containsExactly("主持人");
        assertThat(host.role()).isEqualTo(Role.HOST);
        Participant tracy = Corpus.participant(interview(), "Tracy Alloway");
        assertThat(tracy.id()).isNotEqualTo(host.id());
        assertThat(tracy.name()).isEqualTo("Tracy Alloway");
        // "这是《Odd Lots Podcast》的又一集。我是Tracy Alloway。"
        assertThat(tracy.role()).isEqualTo(Role.HOST);
    }

    @Test
    void emilySundbergIsTheGuestWhateverTheSpelling() {
        // The labels say Sunberg (76 times, as the speech recognition heard it); the summary and the
        // host's introduction (line 55) say Sundberg, her real name. Either is a fair display name;
        // the label form must be an alias.
        Participant emily = Corpus.participant(interview(), "Emily Sunberg");
        assertThat(emily.name()).isIn("Emily Sunberg", "Emily Sundberg");
        assertThat(emily.aliases()).contains("Emily Sunberg");
        // "本期《Odd Lots》播客邀请了《FeedMe》电子报的Emily Sundberg" (summary).
        assertThat(emily.role()).isEqualTo(Role.GUEST);
    }

    @Test
    void everyLabelStartsATurn() {
        // The translation labels each subtitle segment: the same speaker is labelled again and again
        // (85 labels repeat the speaker before them), and nearly each has its own English block. One label, one
        // turn.
        assertThat(Corpus.turnsOf(interview(), "主持人")).isEqualTo(46);
        assertThat(Corpus.turnsOf(interview(), "Emily Sunberg")).isEqualTo(76);
        assertThat(Corpus.turnsOf(interview(), "Tracy Alloway")).isEqualTo(6);
        assertThat(interview().turns()).hasSize(128);
    }

    @Test
    void eightTopicSections() {
        // The first `###` heading is the first line after the front matter: no untitled opening.
        assertThat(Corpus.sectionTitles(interview())).containsExactly(
                "Z世代的世界观：无人拯救与财富追求",
                "Z世代的财富观：高薪渴望与创作者经济",
                "AI恐惧与扁平化职业发展",
                "Z世代与千禧一代：真实的代际差异",
                "Z世代的消费模式：同质化与“世界末日”心态",
                "城市吸引力与创业精神的转变",
                "创业模式的演变：从风投到自力更生",
                "消费主义与社交压力：婚礼文化与礼仪危机");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(21, 10, 5, 14, 17, 25, 9, 27);
    }

    @Test
    void theEnglishOriginalStaysWithTheTurnAboveIt() {
        // The page shows each block as "View/Hide Original English" of the paragraph above it. The
        // machine segmentation drifts (some blocks hold the English of the next paragraph), but a
        // reader cannot realign it: the block belongs to the turn it follows.
        List<Turn> turns = interview().turns();
        Turn first = turns.get(0);
        assertThat(first.text()).isEqualTo("大家好，各位《Odd Lots》（Bloomberg旗下专注于金融和经济的播客节目）的听众。");
        assertThat(first.originalParagraphs()).extracting(Paragraph::text)
                .containsExactly("Hello OddLots listeners. You are listening to another special episode of the podcast.");
        Turn last = turns.get(127);
        assertThat(last.originalParagraphs()).extracting(Paragraph::text).containsExactly(
                "And if you enjoy OddLots, if you like it when we do these live recordings, then please leave us "
                + "a positive review on your favorite podcast platform. Thanks for listening.");
    }

    @Test
    void oneHundredAndTwentyFourTurnsHaveTheirOriginalAndNoneShowsTheToggle() {
        // 124 blocks for 128 turns: the last turn before four of the headings has none. Two blocks are
        // malformed (`<summary>View/Hide Original English</p>` on line 163, `View/Hide Original Original
        // English` on line 434) and still belong to their turns.
        List<Turn> withOriginal = interview().turns().stream().filter(t -> !t.originalParagraphs().isEmpty())
                .collect(Collectors.toList());
        assertThat(withOriginal).hasSize(124);
        assertThat(interview().turns()).allSatisfy(turn -> {
            assertThat(turn.text()).doesNotContain("View/Hide", "english-text", "<details>", "<p");
            assertThat(turn.originalParagraphs()).extracting(Paragraph::text)
                    .allSatisfy(text -> assertThat(text).doesNotContain("View/Hide", "<", ">").isNotBlank());
        });
    }

    @Test
    void theFrontMatterGivesTitleAndSource() {
        Metadata metadata = interview().metadata();
        // There is no title line, but the YAML front matter has `title:`: the document's own title.
        assertThat(metadata.title()).contains("Z世代的财富观：无人拯救下的资本主义与消费主义");
        assertThat(metadata.sourceUrl()).contains("https://www.youtube.com/watch?v=IkPH06e8SlY");
    }
}
