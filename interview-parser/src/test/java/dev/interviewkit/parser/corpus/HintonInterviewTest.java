package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus 04: APPSO's translation of the CBS interview with Geoffrey Hinton, labelled only {@code Q}
 * and {@code A}; who they are is said once, in a malformed two-line roster.
 */
class HintonInterviewTest {

    private static final String FILE = "04_hinton-q-a-bold.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void theRosterNamesQAndAButIsNotATurn() {
        // Lines 41-42: `****Q：CBS 主持人 Brook Silva-Braga` / `**A：Geoffrey Hinton******`. Label-shaped,
        // but they say who Q and A are; neither says anything in the interview.
        assertThat(interview().participants()).hasSize(2);
        Participant hinton = Corpus.participant(interview(), "A");
        assertThat(hinton.name()).isEqualTo("Geoffrey Hinton");
        assertThat(hinton.aliases()).containsExactly("A");
        assertThat(hinton.role()).isEqualTo(Role.GUEST);
        Participant brook = Corpus.participant(interview(), "Q");
        assertThat(brook.name()).isEqualTo("Brook Silva-Braga");
        assertThat(brook.aliases()).containsExactly("Q");
        // The roster calls him "CBS 主持人" (host); the letter Q and what he does make him the
        // interviewer. Both readings hold, so both are accepted.
        assertThat(brook.role()).isIn(Role.HOST, Role.INTERVIEWER);
        assertThat(interview().turns().get(0).text()).isEqualTo("您如何描述当前 AI 机器学习领域的时刻？");
    }

    @Test
    void oneHundredAndTwoTurnsStrictlyAlternating() {
        // 52 lines start with a Q label and 52 with an A label, the roster's one of each included.
        assertThat(Corpus.turnsOf(interview(), "Q")).isEqualTo(51);
        assertThat(Corpus.turnsOf(interview(), "A")).isEqualTo(51);
        List<Turn> turns = interview().turns();
        assertThat(turns).hasSize(102);
        String q = Corpus.participant(interview(), "Q").id();
        String a = Corpus.participant(interview(), "A").id();
        for (int i = 0; i < turns.size(); i++) {
            assertThat(turns.get(i).speaker()).as("turn %d", i + 1).isEqualTo(i % 2 == 0 ? q : a);
        }
    }

    @Test
    void theWholeInterviewIsOneUntitledSection() {
        // `**划重点：**` and its five bold numbered points come before the first question: front
        // matter, not a section heading.
        assertThat(Corpus.sectionTitles(interview())).containsExactly("");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(102);
    }

    @Test
    void everyLabelVariantStartsATurn() {
        List<Turn> turns = interview().turns();
        // Line 83 is plain `A：这是我的个人观点。`, without bold.
        assertThat(turns.get(15).text()).isEqualTo("这是我的个人观点。");
        assertThat(turns.get(15).label()).contains("A");
        // Line 99: `**Q****：**1986 年，…`, the colon in a bold run of its own.
        assertThat(turns.get(20).text()).startsWith("1986 年");
        // Line 273: `**A****：**哦，他们只是…`.
        assertThat(turns.get(65).text()).startsWith("哦，他们只是描述了他们打算做的");
    }

    @Test
    void boldParagraphsInsideAnAnswerStayInIt() {
        // Line 53 is a whole bold paragraph in Hinton's second answer, with no label.
        assertThat(interview().turns().get(3).text()).startsWith("在 ChatGPT 前，我已经使用了许多类似的")
                .contains("GPT-2（这是早期的一种语言模型）曾让我惊");
    }

    @Test
    void theCuboxHeaderGivesTitleAuthorAndSource() {
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).contains("「AI教父」万字采访实录：AI航行的方向藏着巨大的冰山");
        // `…#rd)城主 APPSO`: the author 城主, then the account.
        assertThat(metadata.author()).contains("城主");
        assertThat(metadata.sourceUrl()).hasValueSatisfying(url -> assertThat(url)
                .startsWith("http://mp.weixin.qq.com/s?__biz=MjM5MjAyNDUyMA==&mid=2650951654&idx=1")
                .endsWith("&sharer_shareid=c58007142b3c8dd4da3163f5c61d6b7b#rd"));
    }

    @Test
    void theSourceInterviewIsAVideo() {
        // Lines 20-22: `*采访：*` / `*https://www.youtube.com/watch?v=qpoRO378qRY*`.
        assertThat(interview().media()).anySatisfy(media -> {
            assertThat(media.url()).isEqualTo("https://www.youtube.com/watch?v=qpoRO378qRY");
            assertThat(media.kind()).isEqualTo(MediaKind.VIDEO);
        });
    }

    @Test
    void theAccountFooterIsNotPartOfTheLastAnswer() {
        Turn last = interview().turns().get(101);
        assertThat(last.text()).isEqualTo("所以我一直在构建。");
    }
}
