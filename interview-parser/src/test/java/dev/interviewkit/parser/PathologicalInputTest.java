package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interviewkit.model.DiagnosticCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs that make naive parsers quadratic or recursive. The timeouts are a generous safety net
 * (a linear parser takes well under a second each); speed itself is measured by the benchmarks.
 */
class PathologicalInputTest {

    private static final Duration SAFETY_NET = Duration.ofSeconds(20);
    private static final InterviewParser PARSER = InterviewParser.builder().build();

    private static ParseResult parseWithinSafetyNet(String text) {
        return assertTimeoutPreemptively(SAFETY_NET, () -> PARSER.parse(text));
    }

    @Test
    void aMillionStars() {
        ParseResult result = parseWithinSafetyNet("*".repeat(1_000_000));
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aMillionStarsBetweenWords() {
        assertThat(parseWithinSafetyNet("a**".repeat(333_333)).interview().lead()).isNotEmpty();
    }

    @Test
    void oneHundredThousandLabels() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append(i % 2 == 0 ? "**主持人:** 问题？\n\n" : "**Sam Altman:** 回答。\n\n");
        }
        assertThat(parseWithinSafetyNet(text.toString()).interview().turns()).hasSize(100_000);
    }

    @Test
    void oneHundredThousandLabelsOnOneLine() {
        // One label, never answered: no one takes turns, so this is no transcript (and no quadratic scan).
        assertThat(parseWithinSafetyNet("**主持人:** 你好".repeat(100_000)).interview().hasTranscript()).isFalse();
    }

    @Test
    void oneHundredThousandTurnsOnOneLine() {
        String line = "**主持人:** 你好？ **Sam Altman:** 你好。 ".repeat(50_000);
        assertThat(parseWithinSafetyNet(line).interview().turns()).hasSize(100_000);
    }

    @Test
    void aTenMegabyteSingleLine() {
        ParseResult result = parseWithinSafetyNet("这是一句很长的话 and some words ".repeat(400_000));
        assertThat(result.interview().lead()).hasSize(1);
    }

    @Test
    void deeplyNestedListItems() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(" ".repeat(i % 2_000)).append("* item ").append(i).append('\n');
        }
        ParseResult result = parseWithinSafetyNet(text.toString());
        assertThat(result.interview().highlights()).isNotEmpty();
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_REACHED));
    }

    @Test
    void unclosedBracketsAndParentheses() {
        parseWithinSafetyNet("[".repeat(300_000) + "](".repeat(300_000) + "(".repeat(300_000));
    }

    @Test
    void nestedLinksBeyondTheNestingLimitAreText() {
        String nested = "[".repeat(5_000) + "x" + "](u)".repeat(5_000);
        assertThat(parseWithinSafetyNet(nested).interview().lead()).isNotEmpty();
    }

    @Test
    void manyUnmatchedBackticksAndAngleBrackets() {
        parseWithinSafetyNet("`a ".repeat(200_000) + "<b ".repeat(200_000));
    }

    @Test
    void inputPastTheSizeLimitStopsCleanly() {
        InterviewParser small = InterviewParser.builder().maxInputChars(10_000).build();
        ParseResult result = small.parse("你好。".repeat(10_000));
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE));
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void diagnosticsStopAtTheLimitWithOneLastNotice() {
        InterviewParser strict = InterviewParser.builder().maxDiagnostics(10).build();
        ParseResult result = strict.parse("\u0001".repeat(1_000) + "\n" + "发布时间: 不是日期\n".repeat(100));
        assertThat(result.diagnostics()).hasSizeLessThanOrEqualTo(11);
    }
}
