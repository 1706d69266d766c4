package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.parser.testing.InternalErrors;
import dev.interviewkit.parser.testing.SourceCoverage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The parser never throws on text, never falls back on its safety net (which would turn a fault
 * into an {@code INTERNAL_ERROR} diagnostic and every line into boilerplate), keeps its diagnostics
 * bounded, and loses no line. An input these properties ever break on is kept in
 * {@code src/test/resources/fuzztests} ({@link FuzzFindingsTest}).
 */
class RobustnessPropertyTest {

    private static final int MAX_DIAGNOSTICS = 50;
    private static final InterviewParser PARSER = InterviewParser.builder().maxDiagnostics(MAX_DIAGNOSTICS).build();
    /** Debris may start like a page; "no line lost" is the Markdown front end's rule (HtmlPagePropertyTest has the page's). */
    private static final InterviewParser MARKDOWN = InterviewParser.builder().maxDiagnostics(MAX_DIAGNOSTICS)
            .inputFormat(InputFormat.MARKDOWN).build();

    /** Markdown and WeChat debris, so that random strings hit the parser's interesting paths. */
    private static final List<String> FRAGMENTS = List.of("**", "*", "****", "_", "\\", "[", "]", "(", ")", "![", "](",
            "<br />", "<", ">", "&amp;", "&from;", "`", "# ", "## ", "\n", "\n\n", "\r\n", "\r", "  \n", "* ", "  * ",
            "1. ", "> ", "------", "* * *", "```", "主持人", "Sam Altman", ":", "：", "**主持人:**", "嘉宾", "http://a.b/c",
            "\uFEFF", "\u0000", "\u200F", "\u202E", "\uD800", "\uDC00", "🌟", "文章作者: ", "发布时间: 2024-09-15 08:04",
            "原视频链接：https://youtu.be/x?t=1", "--END--", "往期回顾", "（注：", "）", "全文约", "字", " ", "\t", "你好。",
            "]()", "<!DOCTYPE html>", "weui-msg__title");

    private static Gen<String> markdownSoup() {
        return SourceDSL.lists().of(Generate.pick(FRAGMENTS).mix(SourceDSL.strings().allPossible().ofLengthBetween(0, 5)))
                .ofSizeBetween(0, 80).map(parts -> String.join("", parts));
    }

    @Test
    void anyUnicodeStringParsesWithoutAFaultAndLosesNoLine() {
        qt().withExamples(500).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(text -> assertParsesCleanly(PARSER.parse(text), SourceCoverage.decodedLines(text), escape(text)));
    }

    @Test
    void markdownDebrisParsesWithoutAFaultAndLosesNoLine() {
        qt().withExamples(1_000).forAll(markdownSoup())
                .checkAssert(text -> assertParsesCleanly(MARKDOWN.parse(text), SourceCoverage.decodedLines(text), escape(text)));
    }

    @Test
    void anyBytesParseWithoutAFaultAndLoseNoLine() {
        qt().withExamples(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 255)).ofSizeBetween(0, 200))
                .checkAssert(ints -> {
                    byte[] bytes = new byte[ints.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (int) ints.get(i);
                    }
                    try {
                        ParseResult result = PARSER.parse(new ByteArrayInputStream(bytes));
                        assertParsesCleanly(result, SourceCoverage.decodedLines(bytes), "bytes " + ints);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void assertParsesCleanly(ParseResult result, List<String> decodedLines, String input) {
        InternalErrors.assertNone(result, input);
        assertThat(result.diagnostics()).as("input %s", input).hasSizeLessThanOrEqualTo(MAX_DIAGNOSTICS + 1);
        // Debris can put two turns on one line, so the check here is "at least one element".
        assertThat(SourceCoverage.uncoveredLines(result.interview(), decodedLines)).as("input %s", input).isEmpty();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
