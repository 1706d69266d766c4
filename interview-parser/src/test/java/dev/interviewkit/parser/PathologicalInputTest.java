package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.testing.InternalErrors;
import dev.interviewkit.parser.testing.SourceCoverage;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Inputs that make naive parsers quadratic or recursive, each with what it must give: the timeouts
 * are a generous safety net (a linear parser takes well under a second each; speed itself is
 * measured by the benchmarks), and every case asserts its output, that no line was lost and that
 * the parser's own safety net was not used: a fault there becomes an {@code INTERNAL_ERROR}
 * diagnostic and every line boilerplate, which "did not throw" would pass.
 */
class PathologicalInputTest {

    private static final Duration SAFETY_NET = Duration.ofSeconds(20);
    private static final InterviewParser PARSER = InterviewParser.builder().build();

    private static ParseResult parseWithinSafetyNet(String text) {
        return parseWithinSafetyNet(PARSER, text);
    }

    private static ParseResult parseWithinSafetyNet(InterviewParser parser, String text) {
        ParseResult result = assertTimeoutPreemptively(SAFETY_NET, () -> parser.parse(text));
        String input = text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
        InternalErrors.assertNone(result, input);
        return result;
    }

    /** Every line the parser read is in some element of the model. */
    private static void assertNothingLost(ParseResult result, String text) {
        assertThat(SourceCoverage.uncoveredLines(result.interview(), SourceCoverage.decodedLines(text))).isEmpty();
    }

    /** No diagnostic but the one that says no turn was found. */
    private static void assertOnlyNoTranscript(ParseResult result) {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_TRANSCRIPT);
    }

    @Test
    void aMillionStarsAreOneRuleOfDebris() {
        String stars = "*".repeat(1_000_000);
        ParseResult result = parseWithinSafetyNet(stars);
        Interview interview = result.interview();
        assertThat(interview.boilerplate()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BoilerplateKind.MARKUP_DEBRIS);
            assertThat(b.text()).isEqualTo(stars);
        });
        assertThat(interview.lead()).isEmpty();
        assertOnlyNoTranscript(result);
        assertNothingLost(result, stars);
    }

    @Test
    void aMillionStarsBetweenWordsLeaveTheWords() {
        String text = "a**".repeat(333_333);
        ParseResult result = parseWithinSafetyNet(text);
        assertThat(result.interview().lead()).singleElement()
                .satisfies(paragraph -> assertThat(paragraph.text()).isEqualTo("a".repeat(333_333)));
        assertOnlyNoTranscript(result);
        assertNothingLost(result, text);
    }

    @Test
    void oneHundredThousandLabelsAreOneHundredThousandTurns() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append(i % 2 == 0 ? "**主持人:** 问题？\n\n" : "**Sam Altman:** 回答。\n\n");
        }
        ParseResult result = parseWithinSafetyNet(text.toString());
        Interview interview = result.interview();
        assertThat(interview.participants()).extracting(Participant::id).containsExactly("host", "sam-altman");
        assertThat(interview.turns()).hasSize(100_000);
        assertThat(interview.turns()).extracting(Turn::text).containsOnly("问题？", "回答。");
        assertThat(interview.turns().get(99_999).speaker()).isEqualTo("sam-altman");
        assertThat(result.diagnostics()).isEmpty();
        assertNothingLost(result, text.toString());
    }

    @Test
    void oneHundredThousandLabelsOfOneSpeakerOnOneLineAreNoTranscript() {
        String line = "**主持人:** 你好".repeat(100_000);
        ParseResult result = parseWithinSafetyNet(line);
        // One label, never answered: no one takes turns (and no quadratic scan on the way to saying so).
        assertThat(result.interview().hasTranscript()).isFalse();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NO_TRANSCRIPT));
        assertNothingLost(result, line);
    }

    @Test
    void oneHundredThousandTurnsOnOneLine() {
        String line = "**主持人:** 你好？ **Sam Altman:** 你好。 ".repeat(50_000);
        ParseResult result = parseWithinSafetyNet(line);
        List<Turn> turns = result.interview().turns();
        assertThat(turns).hasSize(100_000);
        assertThat(IntStream.range(0, turns.size()).filter(i -> !turns.get(i).speaker().equals(i % 2 == 0 ? "host" : "sam-altman"))
                .findFirst()).isEmpty();
        assertThat(turns).extracting(Turn::text).containsOnly("你好？", "你好。");
        assertThat(result.diagnostics()).isEmpty();
        assertNothingLost(result, line);
    }

    @Test
    void aTenMegabyteSingleLineIsOneParagraph() {
        String line = "这是一句很长的话 and some words ".repeat(400_000);
        ParseResult result = parseWithinSafetyNet(line);
        assertThat(result.interview().lead()).singleElement()
                .satisfies(paragraph -> assertThat(paragraph.text()).isEqualTo(line.strip()));
        assertOnlyNoTranscript(result);
        assertNothingLost(result, line);
    }

    @Test
    void aParagraphOfFiftyThousandWrappedCjkLinesIsJoinedInLinearTime() {
        // Joining once searched the text so far at every line: quadratic, as CJK text has no space to stop at.
        String line = "这是一行没有空格的中文";
        String text = (line + "\n").repeat(50_000);
        ParseResult result = parseWithinSafetyNet(text);
        assertThat(result.interview().lead()).singleElement()
                .satisfies(paragraph -> assertThat(paragraph.text()).isEqualTo(line.repeat(50_000)));
        assertOnlyNoTranscript(result);
        assertNothingLost(result, text);
    }

    @Test
    void listsNestedBeyondTheLimitKeepEveryItemAtTheDeepestLevel() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(" ".repeat(i % 2_000)).append("* item ").append(i).append('\n');
        }
        ParseResult result = parseWithinSafetyNet(text.toString());
        List<Highlight> highlights = result.interview().highlights();
        // Each unindented item titles a group of the 1,999 deeper ones after it.
        assertThat(highlights).extracting(h -> h.title().orElseThrow())
                .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(k -> "item " + k * 2_000).toList());
        assertThat(highlights.stream().flatMap(h -> h.points().stream()).mapToInt(PathologicalInputTest::size).sum())
                .isEqualTo(19_990);
        assertThat(highlights.stream().flatMap(h -> h.points().stream()).mapToInt(PathologicalInputTest::depth).max())
                .hasValue(15);
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.NO_TRANSCRIPT, DiagnosticCode.LIMIT_REACHED);
        assertNothingLost(result, text.toString());
    }

    private static int size(ListItem item) {
        return 1 + item.children().stream().mapToInt(PathologicalInputTest::size).sum();
    }

    private static int depth(ListItem item) {
        return 1 + item.children().stream().mapToInt(PathologicalInputTest::depth).max().orElse(0);
    }

    @Test
    void unclosedBracketsAndParenthesesAreText() {
        String text = "[".repeat(300_000) + "](".repeat(300_000) + "(".repeat(300_000);
        ParseResult result = parseWithinSafetyNet(text);
        assertThat(result.interview().lead()).singleElement()
                .satisfies(paragraph -> assertThat(paragraph.text()).isEqualTo(text));
        assertOnlyNoTranscript(result);
    }

    @Test
    void nestedLinksBeyondTheNestingLimitAreText() {
        String nested = "[".repeat(5_000) + "x" + "](u)".repeat(5_000);
        ParseResult result = parseWithinSafetyNet(nested);
        // The innermost sixteen are links, whose markup is no text; the rest stays as written.
        assertThat(result.interview().lead()).singleElement().satisfies(paragraph ->
                assertThat(paragraph.text()).isEqualTo("[".repeat(4_984) + "x" + "](u)".repeat(4_984)));
        assertOnlyNoTranscript(result);
    }

    @Test
    void manyUnmatchedBackticksAndAngleBracketsAreCodeAndText() {
        String text = "`a ".repeat(200_000) + "<b ".repeat(200_000);
        ParseResult result = parseWithinSafetyNet(text);
        // Backticks pair into code spans ("`a `"); the angle brackets open no tag.
        assertThat(result.interview().lead()).singleElement().satisfies(paragraph ->
                assertThat(paragraph.text()).isEqualTo(("a ".repeat(200_000) + "<b ".repeat(200_000)).strip()));
        assertOnlyNoTranscript(result);
    }

    @Test
    void inputPastTheSizeLimitStopsCleanlyWithWhatItRead() {
        InterviewParser small = InterviewParser.builder().maxInputChars(10_000).build();
        String text = "你好。".repeat(10_000);
        ParseResult result = parseWithinSafetyNet(small, text);
        assertThat(result.interview().lead()).singleElement()
                .satisfies(paragraph -> assertThat(paragraph.text()).isEqualTo(text.substring(0, 10_000)));
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.NO_TRANSCRIPT, DiagnosticCode.INPUT_TOO_LARGE);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void diagnosticsStopAtTheLimitWithOneLastNotice() {
        InterviewParser strict = InterviewParser.builder().maxDiagnostics(10).build();
        String text = "\u0001".repeat(1_000) + "\n" + "发布时间: 不是日期\n".repeat(100);
        ParseResult result = parseWithinSafetyNet(strict, text);
        // 21 about control characters (20 and a summary), 100 about the dates, one about no turns.
        assertThat(result.diagnostics()).hasSize(11);
        assertThat(result.diagnostics().subList(0, 10)).extracting(Diagnostic::code)
                .containsOnly(DiagnosticCode.CONTROL_CHARACTER);
        assertThat(result.diagnostics().get(10).code()).isEqualTo(DiagnosticCode.TOO_MANY_DIAGNOSTICS);
        assertThat(result.diagnostics().get(10).message()).startsWith("112 more diagnostics were not reported");
        assertThat(result.interview().metadata().fields()).hasSize(100);
    }
}
