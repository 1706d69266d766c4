package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.MarkdownWriter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code interview export} in every format of issue 5, its writer options, and {@code --out DIR}. */
class ExportFormatsTest {

    @TempDir
    Path folder;

    private Path article;

    @BeforeEach
    void copyTheReferenceArticle() throws IOException {
        article = ReferenceArticleCopy.in(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "srt", "vtt", "chapters", "chapters-vtt", "chapters-json", "podcast-json"})
    void everyFormatIsWrittenToStandardOutput(String format) {
        CliRun run = CliRun.of("export", "--format", format, article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isNotBlank().endsWith("\n");
    }

    @Test
    void markdownAndSrtAreWhatTheLibraryWrites() throws IOException {
        var interview = InterviewParser.builder().build().parse(article).interview();
        assertThat(CliRun.of("export", "-f", "markdown", article.toString()).out())
                .isEqualTo(MarkdownWriter.builder().build().write(interview));
        assertThat(CliRun.of("export", "-f", "srt", article.toString()).out())
                .isEqualTo(SrtWriter.builder().build().write(interview));
    }

    @Test
    void writerOptionsReachTheWriters() {
        String srt = CliRun.of("export", "-f", "srt", "--chinese-line-width", "10", "--origin", "780", "--max-lines", "1",
                article.toString()).out();
        assertThat(srt).startsWith("1\n00:13:00,000 --> ");
        assertThat(srt.lines().filter(l -> !l.contains("-->") && !l.matches("\\d*")))
                .allMatch(l -> l.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum() <= 20);
        assertThat(CliRun.of("export", "-f", "markdown", "--header", "front-matter", "--labels", "names",
                article.toString()).out()).startsWith("---\ntitle: ").contains("\n**Elain Chaw：**");
        assertThat(CliRun.of("export", "-f", "chapters", "--opening-title", "Intro", article.toString()).out())
                .startsWith("00:00 Intro\n");
        assertThat(CliRun.of("export", "-f", "vtt", "--origin-from-media", "--cjk-rate", "5", article.toString()).out())
                .contains("5 Chinese characters/s", "starts at 780 s in the media");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        CliRun run = CliRun.of("export", "-f", "srt", "--max-lines", "3", article.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("maxLines must be 1 or 2");
    }

    @Test
    void outWritesEveryFormatNextToEachOther() throws IOException {
        Path out = folder.resolve("out");
        CliRun run = CliRun.of("export", "--out", out.toString(), article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String base = ReferenceArticle.FILE_NAME.substring(0, ReferenceArticle.FILE_NAME.lastIndexOf('.'));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    base + ".chapters.json", base + ".chapters.txt", base + ".chapters.vtt", base + ".json", base + ".md",
                    base + ".srt", base + ".transcript.json", base + ".vtt");
        }
        assertThat(Files.readString(out.resolve(base + ".srt"))).isEqualTo(
                CliRun.of("export", "-f", "srt", article.toString()).out());
    }

    @Test
    void outLeavesOutChaptersYouTubeWouldRefuseAndSaysWhy() throws IOException {
        Path small = folder.resolve("small.md");
        Files.writeString(small, "# 标题\n\n**主持人：**你好，欢迎来到节目。\n\n**嘉宾Sam Altman：**谢谢邀请我。\n");
        Path out = folder.resolve("small-out");
        CliRun run = CliRun.of("export", "--out", out.toString(), small.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("small.chapters.txt not written", "at least 3 chapters");
        assertThat(out.resolve("small.srt")).exists();
        assertThat(out.resolve("small.chapters.txt")).doesNotExist();
    }

    @Test
    void chaptersYouTubeWouldRefuseAreAnErrorWithTheReason() throws IOException {
        Path small = folder.resolve("small.md");
        Files.writeString(small, "**主持人：**你好，欢迎来到节目。\n\n**嘉宾Sam Altman：**谢谢邀请我。\n");
        CliRun run = CliRun.of("export", "-f", "chapters", small.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERRORS_IN_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("YouTube chapters cannot be written");
    }

    @Test
    void withoutFormatOrOutTheCommandSaysWhatIsMissing() {
        CliRun run = CliRun.of("export", article.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--format", "--out");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        CliRun run = CliRun.of("export", "-f", "docx", article.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("json, markdown, srt, vtt, chapters, chapters-vtt, chapters-json, podcast-json");
    }

    @Test
    void theBaseNameOfStandardInputIsArticle() {
        assertThat(ExportCommand.baseName("<stdin>")).isEqualTo("article");
        assertThat(ExportCommand.baseName("dir/interview.md")).isEqualTo("interview");
        assertThat(List.of(ExportFormat.values())).extracting(ExportFormat::toString).contains("chapters-vtt", "podcast-json");
    }
}
