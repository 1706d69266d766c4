package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.internal.ParserSettings;
import dev.interviewkit.parser.internal.source.SourceDecoder;
import dev.interviewkit.parser.testing.SourceCoverage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The parser never throws on text, keeps its diagnostics bounded, and loses no line. */
class RobustnessPropertyTest {

    private static final int MAX_DIAGNOSTICS = 50;
    private static final InterviewParser PARSER = InterviewParser.builder().maxDiagnostics(MAX_DIAGNOSTICS).build();

    /** Markdown and WeChat debris, so that random strings hit the parser's interesting paths. */
    private static final List<String> FRAGMENTS = List.of("**", "*", "****", "_", "\\", "[", "]", "(", ")", "![", "](",
            "<br />", "<", ">", "&amp;", "&from;", "`", "# ", "## ", "\n", "\n\n", "\r\n", "\r", "  \n", "* ", "  * ",
            "1. ", "> ", "------", "* * *", "```", "主持人", "Sam Altman", ":", "：", "**主持人:**", "嘉宾", "http://a.b/c",
            "\uFEFF", "\u0000", "\u200F", "\u202E", "\uD800", "\uDC00", "🌟", "文章作者: ", "发布时间: 2024-09-15 08:04",
            "原视频链接：https://youtu.be/x?t=1", "--END--", "往期回顾", "（注：", "）", "全文约", "字", " ", "\t", "你好。");

    private static Gen<String> markdownSoup() {
        return SourceDSL.lists().of(Generate.pick(FRAGMENTS).mix(SourceDSL.strings().allPossible().ofLengthBetween(0, 5)))
                .ofSizeBetween(0, 80).map(parts -> String.join("", parts));
    }

    @Test
    void anyUnicodeStringParsesWithoutThrowing() {
        qt().withExamples(500).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(text -> assertParsesCleanly(text));
    }

    @Test
    void markdownDebrisParsesWithoutThrowingAndLosesNoLine() {
        qt().withExamples(1_000).forAll(markdownSoup()).checkAssert(text -> {
            ParseResult result = assertParsesCleanly(text);
            List<String> normalised = normalisedLines(text);
            // Debris can put two turns on one line, so the check here is "at least one element".
            assertThat(SourceCoverage.uncoveredLines(result.interview(), normalised)).as("input %s", escape(text))
                    .isEmpty();
        });
    }

    @Test
    void anyBytesParseWithoutThrowing() {
        qt().withExamples(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 255)).ofSizeBetween(0, 200))
                .checkAssert(ints -> {
                    byte[] bytes = new byte[ints.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (int) ints.get(i);
                    }
                    try {
                        ParseResult result = PARSER.parse(new ByteArrayInputStream(bytes));
                        assertBounded(result);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static ParseResult assertParsesCleanly(String text) {
        ParseResult result = PARSER.parse(text);
        assertBounded(result);
        Interview interview = result.interview();
        assertThat(interview.diagnostics()).as("input %s", escape(text))
                .noneMatch(d -> d.code() == DiagnosticCode.INTERNAL_ERROR);
        return result;
    }

    private static void assertBounded(ParseResult result) {
        assertThat(result.diagnostics()).hasSizeLessThanOrEqualTo(MAX_DIAGNOSTICS + 1);
    }

    /** The lines as the parser sees them, after the decoder's normalisation: the coverage is against these. */
    private static List<String> normalisedLines(String text) {
        return SourceDecoder.decode(text, new ParserSettings(InterviewParser.DEFAULT_MAX_INPUT_CHARS, MAX_DIAGNOSTICS))
                .lines();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
