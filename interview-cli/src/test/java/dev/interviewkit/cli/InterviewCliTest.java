package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewCliTest {

    /** Sixty lines of text; the parser may count the empty one after the last newline. */
    private static final String SIXTY_LINES = "第一段。\n\n".repeat(30);

    @TempDir
    Path folder;

    @Test
    void noArgumentsInspectsTheBundledArticle() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("reference-article.md (bundled): ")
                .contains("Participants:", "Sections:", "Other content", "Diagnostics:");
    }

    @Test
    void noArgumentsShowsTheBundledArticlesTitleAuthorDateAndLocation() {
        CliRun run = CliRun.of();

        assertThat(run.out().lines()).contains(
                "Title       OpenAI o1发布前专访 CEO Sam Altman， 阐释o1模型独特推理能力以及AI广泛应用场景",
                "Author      AI深度研究员",
                "Published   2024-09-15T08:04+08:00",
                "Location    上海");
        assertThat(run.out()).contains("Source URL  http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==");
    }

    @Test
    void noArgumentsShowsTheHostAndSamAltmanAsParticipants() {
        CliRun run = CliRun.of();

        assertThat(block(run.out(), "Participants:")).contains(" 主持人 ", " Sam Altman ");
    }

    @Test
    void noArgumentsShowsTheSectionTitles() {
        CliRun run = CliRun.of();

        assertThat(block(run.out(), "Sections:"))
                .contains("高中生活", "程序员生涯", "o1模型新范式", "AI和教育行业", "OpenAI工作的要求", "各国AI竞赛");
    }

    @Test
    void inspectingAFileNamesItAndCountsItsLines() throws IOException {
        Path article = Files.writeString(folder.resolve("article.md"), SIXTY_LINES);

        CliRun run = CliRun.of("inspect", article.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(
                first -> assertThat(first).matches(Pattern.quote(article.toString()) + ": 6[01] lines, .*"));
    }

    @Test
    void dashReadsTheArticleFromStandardInput() {
        CliRun run = CliRun.withStdin(SIXTY_LINES, "inspect", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(
                first -> assertThat(first).matches("<stdin>: 6[01] lines, .*"));
    }

    @Test
    void aMissingFileExitsWithTwoAndOneLineOnStandardError() {
        Path missing = folder.resolve("missing.md");

        CliRun run = CliRun.of("inspect", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("interview: cannot read " + missing + ": no such file or directory");
    }

    @Test
    void aFolderWithoutArticlesExitsWithTwoAndOneLine() {
        CliRun run = CliRun.of("inspect", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("interview: no articles in " + folder
                + " (looked for .md, .markdown, .txt, .html, .htm) (see 'interview inspect --help')");
    }

    @Test
    void anUnknownOptionExitsWithTwoAndOneLineOnStandardError() {
        CliRun run = CliRun.of("--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("interview: Unknown option: '--bogus' (see 'interview --help')");
    }

    @Test
    void inspectSaysWhetherThereIsATranscriptAndWithSpeakersWhyEachLabelIsOrIsNot() {
        String report = String.join("\n", "# 一份研报", "", "图表1：出货量", "", "![](https://example.com/1.png)", "",
                "资料来源：Wind，研究部", "", "正文。", "", "图表2：价格", "", "![](https://example.com/2.png)", "",
                "资料来源：Wind，研究部", "");
        CliRun plain = CliRun.withStdin(report, "inspect", "-");
        CliRun speakers = CliRun.withStdin(report, "inspect", "--speakers", "-");

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("Transcript: none (not an interview)\n").doesNotContain("Labels:");
        assertThat(speakers.out()).contains("Labels: 3\n")
                .containsPattern("\n  not     图表1  line 3, 1 time, 0 turns\n +numbered like a list item")
                .containsPattern("\n  not     资料来源  line 7, 2 times, 0 turns\n +a field, caption or credit word");
    }

    @Test
    void inspectWithoutAFileExitsWithTwo() {
        CliRun run = CliRun.of("inspect");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "interview: Missing required parameter: 'FILE' (see 'interview inspect --help')");
    }

    @Test
    void aMaxInputCharsBelowOneIsABadOption() {
        CliRun run = CliRun.of("inspect", "--max-input-chars", "0", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--max-input-chars must be a positive number");
    }

    @Test
    void strictExitsWithOneWhenTheParserReportsAnError() throws IOException {
        Path article = ReferenceArticleCopy.in(folder);

        CliRun run = CliRun.of("inspect", "--strict", "--max-input-chars", "100", article.toString());

        assertThat(run.out()).containsPattern("\\n  \\d+:\\d+ +error +input_too_large +");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("interview: " + article + ": ").endsWith("(--strict)");
    }

    @Test
    void withoutStrictAnInputOverTheLimitStillExitsWithZero() throws IOException {
        CliRun run = CliRun.of("inspect", "--max-input-chars", "100", ReferenceArticleCopy.in(folder).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void strictWithoutErrorsExitsWithZero() {
        CliRun run = CliRun.withStdin("# 标题\n", "inspect", "--strict", "-");

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void helpShowsTheUsageAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: interview [-hV] [COMMAND]")
                .contains("inspect", "Exit codes:", "  0   Done.", "  1   --strict", "  2   Bad usage");
    }

    @Test
    void inspectHelpShowsItsOptionsAndTheExitCodes() {
        CliRun run = CliRun.of("inspect", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: interview inspect [-hV] [--speakers] [--strict]")
                .contains("--jobs=N", "--speakers", "--max-input-chars=N", "--report=FILE", "--input-format=FORMAT",
                        "Exit codes:");
    }

    @Test
    void versionShowsTheProjectVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("interview \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    /** The part of a report from the line that starts with {@code heading} to the next blank line. */
    private static String block(String report, String heading) {
        int start = report.indexOf("\n" + heading);
        assertThat(start).as("report has a line starting with %s", heading).isNotNegative();
        int end = report.indexOf("\n\n", start + 1);
        return report.substring(start + 1, end < 0 ? report.length() : end);
    }
}
