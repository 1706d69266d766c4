package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code interview export --out DIR} and {@code interview inspect} over many articles and folders. */
class BatchExportTest {

    private static final String REPORT_ARTICLE = "# 一篇报道\n\n今天天气很好，我们去公园散步。公园里有很多人。\n";

    @TempDir
    Path folder;

    private Path in;
    private Path interview;

    /** in/a.md (interview), in/b.md (a broken link: unreadable), in/c/d.md (report), in/c/e.txt (interview). */
    @BeforeEach
    void writeAFolderWithABadFileInTheMiddle() throws IOException {
        in = folder.resolve("in");
        Files.createDirectories(in.resolve("c"));
        try (InputStream reference = ReferenceArticle.open()) {
            interview = Files.write(in.resolve("a.md"), reference.readAllBytes());
        }
        Files.createSymbolicLink(in.resolve("b.md"), in.resolve("nowhere.md"));
        Files.writeString(in.resolve("c/d.md"), REPORT_ARTICLE);
        Files.copy(interview, in.resolve("c/e.txt"));
    }

    private static List<JsonNode> report(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(file).stream().map(json::readTree).toList();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }

    @Test
    void aFolderIsConvertedAtItsRelativePathsAndABadFileFailsAloneWithExitTwo() throws IOException {
        Path out = folder.resolve("out");
        Path reportFile = folder.resolve("report.jsonl");

        CliRun run = CliRun.of("export", "--format", "json,srt", "--out", out.toString(), "--jobs", "2",
                "--report", reportFile.toString(), in.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(files(out)).containsExactly("a.json", "a.srt", "c/d.json", "c/e.json", "c/e.srt");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo("interview: cannot read " + in.resolve("b.md") + ": no such file or directory");
        assertThat(run.errLines().get(1)).startsWith("interview: 4 files (").contains(": 2 interviews, ", "; 1 failed");
        assertThat(Files.readString(out.resolve("a.srt"))).isEqualTo(CliRun.of("export", "-f", "srt", interview.toString()).out());
    }

    @Test
    void theReportHasOneLinePerArticleInInputOrderWithItsFields() throws IOException {
        Path out = folder.resolve("out");
        Path reportFile = folder.resolve("report.jsonl");

        CliRun.of("export", "-f", "json,srt", "--out", out.toString(), "--report", reportFile.toString(), in.toString());

        List<JsonNode> lines = report(reportFile);
        assertThat(lines).extracting(line -> line.get("relativePath").asString()).containsExactly("a.md", "b.md", "c/d.md", "c/e.txt");
        JsonNode first = lines.get(0);
        assertThat(first.get("path").asString()).isEqualTo(in.resolve("a.md").toString());
        assertThat(first.get("interview").asBoolean()).isTrue();
        assertThat(first.get("participants")).hasSize(2);
        assertThat(first.get("participants").get(0).get("turns").asInt()).isPositive();
        assertThat(first.get("diagnostics").has("warning")).isTrue();
        assertThat(first.get("outputs").get(1).get("path").asString()).isEqualTo(out.resolve("a.srt").toString());
        assertThat(first.get("outputs").get(1).get("status").asString()).isEqualTo("written");
        assertThat(first.has("failure")).isFalse();
        assertThat(lines.get(1).get("failure").get("kind").asString()).isEqualTo("unreadable-input");
        assertThat(lines.get(2).get("interview").asBoolean()).isFalse();
        assertThat(lines.get(2).get("outputs").get(1).get("status").asString()).isEqualTo("skipped-no-transcript");
    }

    @Test
    void outputsThatWouldCollideKeepTheSourceExtensionAndTheCollisionIsReported() throws IOException {
        Files.delete(in.resolve("b.md"));
        Files.copy(interview, in.resolve("a.txt"));
        Path out = folder.resolve("out");

        CliRun run = CliRun.of("export", "-f", "json", "--out", out.toString(), in.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files(out)).containsExactly("a.md.json", "a.txt.json", "c/d.json", "c/e.json");
        assertThat(run.errLines().get(0)).isEqualTo("interview: " + in.resolve("a.md") + " and " + in.resolve("a.txt")
                + " would all write " + out.resolve("a.json") + "; named a.md.*, a.txt.* instead");
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotReadOnTheNextRun() throws IOException {
        Files.delete(in.resolve("b.md"));
        Path out = in.resolve("converted");
        Path reportFile = folder.resolve("report.jsonl");

        CliRun first = CliRun.of("export", "--out", out.toString(), in.toString());
        CliRun second = CliRun.of("export", "--out", out.toString(), "--report", reportFile.toString(), in.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(out.resolve("a.md")).as("canonical Markdown written inside the input folder").exists();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(report(reportFile)).extracting(line -> line.get("relativePath").asString()).containsExactly("a.md", "c/d.md", "c/e.txt");
    }

    @Test
    void skipExistingResumesAnInterruptedRun() throws IOException {
        Files.delete(in.resolve("b.md"));
        Path out = folder.resolve("out");
        CliRun.of("export", "-f", "json,srt", "--out", out.toString(), in.toString());
        Files.delete(out.resolve("c/e.srt"));
        Files.writeString(out.resolve("a.json"), "kept");
        Path reportFile = folder.resolve("report.jsonl");

        CliRun resumed = CliRun.of("export", "-f", "json,srt", "--out", out.toString(), "--skip-existing",
                "--report", reportFile.toString(), in.toString());

        assertThat(resumed.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("a.json"))).isEqualTo("kept");
        assertThat(out.resolve("c/e.srt")).exists();
        assertThat(report(reportFile)).extracting(line -> line.get("outputs").get(0).get("status").asString() + " "
                + line.get("outputs").get(1).get("status").asString())
                .containsExactly("skipped-exists skipped-exists", "skipped-exists skipped-no-transcript", "skipped-exists written");
    }

    @Test
    void aFolderWhereAnOutputGoesFailsThatInputAndTheRestIsWritten() throws IOException {
        Files.delete(in.resolve("b.md"));
        Path out = folder.resolve("out");
        Files.createDirectories(out.resolve("c/d.json"));

        CliRun run = CliRun.of("export", "-f", "json", "--out", out.toString(), in.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines().get(0)).isEqualTo("interview: cannot write " + out.resolve("c/d.json") + ": is a directory");
        assertThat(out.resolve("a.json")).exists();
        assertThat(out.resolve("c/e.json")).exists();
    }

    @Test
    void withoutFailuresABatchExitsWithZeroAndWithStrictErrorsWithOne() throws IOException {
        Files.delete(in.resolve("b.md"));

        CliRun plain = CliRun.of("export", "-f", "json", "--out", folder.resolve("plain").toString(), "--max-input-chars", "100",
                in.toString());
        CliRun strict = CliRun.of("export", "-f", "json", "--out", folder.resolve("strict").toString(), "--max-input-chars", "100",
                "--strict", in.toString());

        assertThat(plain.exitCode()).isZero();
        assertThat(strict.exitCode()).isEqualTo(ExitCode.ERRORS_IN_INPUT);
        assertThat(strict.errLines()).last().asString().endsWith("error diagnostics (--strict)");
    }

    @Test
    void manyJobsWriteWhatOneJobWrites() throws IOException {
        Path one = folder.resolve("one.jsonl");
        Path many = folder.resolve("many.jsonl");
        Path out = folder.resolve("out");

        CliRun.of("export", "-f", "json,srt,markdown", "--out", out.toString(), "--jobs", "1", "--report", one.toString(), in.toString());
        String srt = Files.readString(out.resolve("c/e.srt"));
        CliRun.of("export", "-f", "json,srt,markdown", "--out", out.toString(), "--jobs", "3", "--report", many.toString(), in.toString());

        assertThat(Files.readString(many)).isEqualTo(Files.readString(one));
        assertThat(Files.readString(out.resolve("c/e.srt"))).isEqualTo(srt);
    }

    @Test
    void severalFormatsOrArticlesWithoutOutAreAUsageError() {
        CliRun formats = CliRun.of("export", "-f", "json,srt", interview.toString());
        CliRun folderToStandardOutput = CliRun.of("export", "-f", "json", in.toString());

        assertThat(formats.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(formats.errLines()).containsExactly(
                "interview: several formats, several articles or a folder need --out DIR (see 'interview export --help')");
        assertThat(folderToStandardOutput.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("export", "-f", "json", "--skip-existing", interview.toString()).errLines()).containsExactly(
                "interview: --skip-existing and --report need --out DIR (see 'interview export --help')");
    }

    @Test
    void inspectWithAReportWritesOneLineForASingleArticle() throws IOException {
        Path reportFile = folder.resolve("report.jsonl");

        CliRun run = CliRun.of("inspect", "--report", reportFile.toString(), interview.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).singleElement().asString().startsWith(interview + ": interview, ");
        assertThat(report(reportFile)).singleElement().satisfies(line -> assertThat(line.get("outputs")).isEmpty());
    }

    @Test
    void theOutputFolderCannotBeTheInputFolder() {
        CliRun run = CliRun.of("export", "--out", in.toString(), in.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("interview: the output folder " + in + " is also an input folder "
                + "(see 'interview export --help')");
    }

    @Test
    void inspectOverAFolderPrintsOneLinePerArticleInInputOrder() {
        CliRun run = CliRun.of("inspect", "--extensions", "md", in.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(in.resolve("a.md") + ": interview, ").contains(" (host) ", " (guest) ");
        assertThat(lines.get(1)).isEqualTo(in.resolve("b.md") + ": failed: cannot read " + in.resolve("b.md")
                + ": no such file or directory");
        assertThat(lines.get(2)).isEqualTo(in.resolve("c/d.md") + ": not an interview; 0 errors, 0 warnings, 1 info");
        assertThat(run.errLines()).last().asString().startsWith("interview: 3 files (");
    }
}
