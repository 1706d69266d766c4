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
 * Corpus 10: 三联生活周刊's eleven questions to 汪民安 on Foucault, with plain {@code 问：}/{@code 答：}
 * labels, long unlabelled (often bold) continuations and html2text debris around the images.
 */
class WangMinanFoucaultTest {

    private static final String FILE = "10_sanlian-wangminan-foucault-wen-da-plain.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void theMagazineAsksWangMinanElevenQuestions() {
        assertThat(interview().participants()).hasSize(2);
        // Line 19: "《三联生活周刊》以11个问题访谈清华大学人文学院教授汪民安". The lead names both sides:
        // 答 is 汪民安, 问 is the magazine (no journalist is named).
        Participant wang = Corpus.participant(interview(), "答");
        assertThat(wang.name()).isEqualTo("汪民安");
        assertThat(wang.aliases()).containsExactly("答");
        assertThat(wang.role()).isEqualTo(Role.GUEST);
        Participant magazine = Corpus.participant(interview(), "问");
        assertThat(magazine.name()).isEqualTo("三联生活周刊");
        assertThat(magazine.aliases()).containsExactly("问");
        assertThat(magazine.role()).isEqualTo(Role.INTERVIEWER);
    }

    @Test
    void elevenQuestionsElevenAnswersAlternating() {
        // The lead's "11个问题" agrees with the 11 lines that start `问：`.
        assertThat(Corpus.turnsOf(interview(), "问")).isEqualTo(11);
        assertThat(Corpus.turnsOf(interview(), "答")).isEqualTo(11);
        List<Turn> turns = interview().turns();
        assertThat(turns).hasSize(22);
        String asks = Corpus.participant(interview(), "问").id();
        String answers = Corpus.participant(interview(), "答").id();
        for (int i = 0; i < turns.size(); i++) {
            assertThat(turns.get(i).speaker()).as("turn %d", i + 1).isEqualTo(i % 2 == 0 ? asks : answers);
        }
    }

    @Test
    void thereAreNoHeadingsSoOneUntitledSection() {
        // The bold quote of line 20 and the issue promotion of line 15 come before the first 问: lead.
        assertThat(Corpus.sectionTitles(interview())).containsExactly("");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(22);
    }

    @Test
    void aQuestionContinuesOverItsBoldParagraphs() {
        // Lines 24-26: `问：…完全不同。` then two bold lines with no label, still the question.
        Turn first = interview().turns().get(0);
        assertThat(first.text()).startsWith("福柯在今天大概是最广为人知的知识分子了。")
                .contains("我们想知道，他最重要的研究工作是什么？")
                .endsWith("他有一个相对统一的主题或者关切吗？");
    }

    @Test
    void imageCaptionsAndTheAuthorNoteAreNotSpeech() {
        // Captions glued to image links (`&from;=appmsg)****福柯把他的猫叫作…`, line 38) describe the
        // pictures; nobody says them.
        assertThat(interview().turns()).allSatisfy(t -> assertThat(t.text())
                .doesNotContain("福柯把他的猫叫作", "1984年5月，法国巴黎，福柯在罗丹博物馆留影", "appmsg"));
        // The last answer runs past the photo of line 168 to "…生活实验就是哲学实验。" (line 171); the
        // bracketed note of line 173 (〔本文汪民安，清华大学人文学院教授…〕) and the magazine ad after it are
        // not part of it.
        Turn last = interview().turns().get(21);
        assertThat(last.text()).startsWith("他的一部分著作是这样的").endsWith("生活实验就是哲学实验。")
                .doesNotContain("清华大学人文学院教授", "新刊");
    }

    @Test
    void theBackupHeaderGivesTheTitleButNoSource() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("汪民安｜再读福柯：人为什么会变成这个样子？");
        // `[**返回列表页**](/gzh/三联生活周刊)` is the backup site's navigation, not the article's address.
        assertThat(metadata.sourceUrl()).isEmpty();
        assertThat(metadata.publishedAt()).isEmpty();
    }
}
