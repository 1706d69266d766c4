package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.JsonReader;
import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String TITLE = "OpenAI o1发布前专访 CEO Sam Altman， 阐释o1模型独特推理能力以及AI广泛应用场景";

    @TempDir
    Path folder;

    private Path article;

    @BeforeEach
    void copyTheReferenceArticle() throws IOException {
        article = ReferenceArticleCopy.in(folder);
    }

    @Test
    void exportJsonWritesTheParsedInterviewAsValidJson() throws IOException {
        CliRun run = CliRun.of("export", "--format", "json", article.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Interview parsed = InterviewParser.builder().build().parse(article).interview();
        assertThat(run.out()).isEqualTo(JsonWriter.builder().pretty(true).build().write(parsed));
        assertThat(JsonReader.create().read(run.out()).metadata()).isEqualTo(parsed.metadata());
    }

    @Test
    void exportJsonContainsTheTitle() {
        CliRun run = CliRun.of("export", "--format", "json", article.toString());

        assertThat(run.out()).contains("\"" + TITLE + "\"");
        assertThat(JsonReader.create().read(run.out()).metadata().title()).hasValue(TITLE);
    }

    @Test
    void outputOptionWritesTheSameJsonToAFileInUtf8() throws IOException {
        Path json = folder.resolve("article.json");

        CliRun toFile = CliRun.of("export", "-f", "json", article.toString(), "-o", json.toString());
        CliRun toStandardOutput = CliRun.of("export", "-f", "json", article.toString());

        assertThat(toFile.exitCode()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(toStandardOutput.out());
    }

    @Test
    void compactJsonIsOneLine() {
        CliRun run = CliRun.of("export", "--format", "json", "--compact", article.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.out()).endsWith("}\n");
    }

    @Test
    void theFormatNameIgnoresCase() {
        assertThat(CliRun.of("export", "--format", "JSON", article.toString()).exitCode()).isZero();
    }

    @Test
    void dashExportsStandardInput() {
        CliRun run = CliRun.withStdin("# 标题\n\n正文。\n", "export", "--format", "json", "-");

        assertThat(run.exitCode()).isZero();
        Interview parsed = InterviewParser.builder().build().parse("# 标题\n\n正文。\n").interview();
        assertThat(run.out()).isEqualTo(JsonWriter.builder().build().write(parsed));
    }

    @Test
    void anUnknownFormatExitsWithTwoAndOneLineNamingTheKnownFormats() {
        CliRun run = CliRun.of("export", "--format", "xml", article.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("interview: Invalid value for option '--format': "
                + "unknown format 'xml'; known: json, markdown, srt, vtt, chapters, chapters-vtt, chapters-json, podcast-json "
                + "(see 'interview export --help')");
    }

    @Test
    void exportWithoutAFormatExitsWithTwo() {
        CliRun run = CliRun.of("export", article.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--format");
    }

    @Test
    void anOutputInAMissingFolderExitsWithTwoAndOneLine() {
        Path json = folder.resolve("missing").resolve("article.json");

        CliRun run = CliRun.of("export", "-f", "json", article.toString(), "-o", json.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("interview: cannot write " + json + ": no such file or directory");
    }

    @Test
    void strictExportExitsWithOneButStillWritesTheJson() {
        CliRun run = CliRun.of("export", "-f", "json", "--strict", "--max-input-chars", "100", article.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(JsonReader.create().read(run.out()).diagnostics()).isNotEmpty();
        assertThat(run.errLines()).singleElement().asString().endsWith("(--strict)");
    }
}
