package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.ParseResult;
import dev.interviewkit.parser.testing.SourceCoverage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What must hold for every Markdown document of the corpus, whatever its quirks. */
class CorpusInvariantsTest {

    static List<String> documents() {
        return List.of(
                "01_o1-roundtable-yangzhilin-jiangdaxin-zhujun.md",
                "02_huanfang-liangwenfeng-anyong.md",
                "03_miaoya-wen-da-split-bold.md",
                "04_hinton-q-a-bold.md",
                "06_zhouhongyi-libangzhu-space-colon.md",
                "09_claude-prompt-engineers-podcast.md",
                "10_sanlian-wangminan-foucault-wen-da-plain.md",
                "12_kanlixiang-wutiaoren-inline-turns.md",
                "14_jiqizhixin-ilya-neurips-talk-exporter-header.md",
                "15_oddlots-genz-bilingual-details-html.md",
                "16_gotime-100-rob-pike-griesemer-en.md");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void parsesWithoutThrowingAndWithoutErrors(String fileName) {
        Corpus.assumePresent();
        assertThatCode(() -> Corpus.parse(fileName)).doesNotThrowAnyException();
        ParseResult result = Corpus.parse(fileName);
        assertThat(result.hasErrors()).as("errors: %s", result.diagnostics()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noStarOrBackslashIsLeftInNamesAliasesOrTurnText(String fileName) {
        Interview interview = Corpus.interview(fileName);
        String source = String.join("\n", Corpus.lines(fileName));
        for (Participant participant : interview.participants()) {
            assertThat(participant.name()).doesNotContain("*", "\\");
            participant.aliases().forEach(alias -> assertThat(alias).as("alias of %s", participant.name())
                    .doesNotContain("*", "\\"));
        }
        for (Turn turn : interview.turns()) {
            for (Paragraph paragraph : turn.paragraphs()) {
                assertNoMarkupIsLeft(paragraph.text(), source, "a turn of " + turn.speaker());
            }
        }
    }

    /**
     * No backslash, and no star but the source's escaped literal ones: 01 writes {@code 系统 2\*} for a
     * footnote mark that its next paragraph ({@code 注：系统 1、系统 2 来自…}) explains, and a reader keeps
     * it. Each star left must stand where the source has {@code \*} between the same characters.
     */
    private static void assertNoMarkupIsLeft(String text, String source, String where) {
        assertThat(text).as(where).doesNotContain("\\");
        for (int i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) {
            String escaped = text.substring(Math.max(0, i - 2), i) + "\\*"
                    + text.substring(i + 1, Math.min(text.length(), i + 3));
            assertThat(source).as("%s: the '*' of '%s' is no escaped star of the source", where, escaped)
                    .contains(escaped);
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyNonBlankLineIsInSomeElement(String fileName) {
        Interview interview = Corpus.interview(fileName);
        assertThat(SourceCoverage.uncoveredLines(interview, Corpus.lines(fileName))).isEmpty();
    }
}
