package dev.interviewkit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.batch.OutputResult.Status;
import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Role;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting one input: what its result says and which files it writes. */
class InputConversionTest {

    @TempDir
    Path folder;

    private final List<OutputFormat> jsonAndSrt = List.of(OutputFormat.json(), OutputFormat.srt());

    private InputResult convertOne(Path input, Path out, List<OutputFormat> formats, boolean skipExisting) {
        BatchConverter converter = BatchConverter.builder().formats(formats).outputDirectory(out).skipExisting(skipExisting).build();
        return converter.convert(converter.plan(List.of(input)).inputs().get(0));
    }

    @Test
    void aSavedPageIsReadAsAPageByItsName() throws IOException {
        // A body fragment: by its content alone it would be Markdown holding inline HTML.
        String page = "<p><strong>主持人：</strong>今天想和你聊聊模型的推理能力。你怎么看？</p>\n"
                + "<p><strong>张三丰：</strong>我觉得这是一个非常重要的问题。我们花了很长时间才做到这一步。</p>\n"
                + "<p><strong>主持人：</strong>能谈谈你的经历吗？</p>\n<p><strong>张三丰：</strong>我在圣路易斯长大，那里有很多回忆。</p>\n";
        Path input = Articles.write(folder.resolve("talk.html"), page);

        InputResult result = convertOne(input, folder.resolve("out"), jsonAndSrt, false);

        assertThat(result.failure()).isEmpty();
        assertThat(result.interview()).isTrue();
        assertThat(result.turns()).isEqualTo(4);
        assertThat(result.outputs()).extracting(OutputResult::status).containsExactly(Status.WRITTEN, Status.WRITTEN);
    }

    @Test
    void anInterviewIsWrittenInEveryFormatAsItsWriterWritesIt() throws IOException {
        Path input = Articles.write(folder.resolve("talk.md"), Articles.interview());
        Path out = folder.resolve("out");

        InputResult result = convertOne(input, out, jsonAndSrt, false);

        Interview interview = InterviewParser.builder().build().parse(input).interview();
        assertThat(result.failure()).isEmpty();
        assertThat(result.interview()).isTrue();
        assertThat(result.bytes()).isEqualTo(Files.size(input));
        assertThat(result.turns()).isEqualTo(interview.turns().size()).isPositive();
        assertThat(result.participants()).extracting(ParticipantTurns::role).contains(Role.HOST, Role.GUEST);
        assertThat(result.participants().stream().mapToInt(ParticipantTurns::turns).sum()).isEqualTo(result.turns());
        assertThat(result.diagnostics()).isEqualTo(DiagnosticCounts.of(interview.diagnostics()));
        assertThat(result.outputs()).extracting(OutputResult::status).containsExactly(Status.WRITTEN, Status.WRITTEN);
        assertThat(Files.readString(out.resolve("talk.json"))).isEqualTo(JsonWriter.builder().build().write(interview));
        assertThat(Files.readString(out.resolve("talk.srt"))).isEqualTo(SrtWriter.builder().build().write(interview));
        try (var files = Files.list(out)) {
            assertThat(files).as("no .part file is left behind").hasSize(2);
        }
    }

    @Test
    void aNonInterviewIsNoFailureAndSkipsTheFormatsThatNeedATranscript() throws IOException {
        Path input = Articles.write(folder.resolve("report.md"), Articles.REPORT);
        Path out = folder.resolve("out");

        InputResult result = convertOne(input, out, jsonAndSrt, false);

        assertThat(result.failed()).isFalse();
        assertThat(result.interview()).isFalse();
        assertThat(result.participants()).isEmpty();
        assertThat(result.diagnostics().infos()).isPositive();
        assertThat(result.outputs()).extracting(OutputResult::status).containsExactly(Status.WRITTEN, Status.SKIPPED_NO_TRANSCRIPT);
        assertThat(out.resolve("report.json")).exists();
        assertThat(out.resolve("report.srt")).doesNotExist();
    }

    @Test
    void anUnreadableInputFailsWithOneLineAndNoOutputs() {
        Path missing = folder.resolve("missing.md");

        InputResult result = convertOne(missing, folder.resolve("out"), jsonAndSrt, false);

        assertThat(result.outputs()).isEmpty();
        assertThat(result.failure()).hasValue(new Failure(Failure.Kind.UNREADABLE_INPUT,
                "cannot read " + missing + ": no such file or directory"));
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aFolderWhereAnOutputGoesFailsThatOutputAndTheOthersAreStillWritten() throws IOException {
        Path input = Articles.write(folder.resolve("talk.md"), Articles.interview());
        Path out = folder.resolve("out");
        Files.createDirectories(out.resolve("talk.json"));

        InputResult result = convertOne(input, out, jsonAndSrt, false);

        String message = "cannot write " + out.resolve("talk.json") + ": is a directory";
        assertThat(result.failure()).hasValue(new Failure(Failure.Kind.UNWRITABLE_OUTPUT, message));
        assertThat(result.outputs().get(0)).isEqualTo(new OutputResult("json", out.resolve("talk.json"), Status.FAILED,
                java.util.Optional.of(message)));
        assertThat(result.outputs().get(1).status()).isEqualTo(Status.WRITTEN);
        assertThat(out.resolve("talk.srt")).exists();
    }

    @Test
    void skipExistingLeavesAnExistingOutputAloneAndWritesTheMissingOnes() throws IOException {
        Path input = Articles.write(folder.resolve("talk.md"), Articles.interview());
        Path out = folder.resolve("out");
        Articles.write(out.resolve("talk.json"), "from an interrupted run");

        InputResult result = convertOne(input, out, jsonAndSrt, true);

        assertThat(result.outputs()).extracting(OutputResult::status).containsExactly(Status.SKIPPED_EXISTS, Status.WRITTEN);
        assertThat(Files.readString(out.resolve("talk.json"))).isEqualTo("from an interrupted run");
    }

    @Test
    void withoutSkipExistingAnExistingOutputIsReplaced() throws IOException {
        Path input = Articles.write(folder.resolve("talk.md"), Articles.interview());
        Path out = folder.resolve("out");
        Articles.write(out.resolve("talk.json"), "old");

        InputResult result = convertOne(input, out, jsonAndSrt, false);

        assertThat(result.outputs().get(0).status()).isEqualTo(Status.WRITTEN);
        assertThat(Files.readString(out.resolve("talk.json"))).startsWith("{");
    }

    @Test
    void chaptersTheFormatRefusesAreSkippedWithTheReason() throws IOException {
        Path input = Articles.write(folder.resolve("short.md"), "# 对话\n\n**主持人：**你好吗？今天聊什么？\n\n**嘉宾Sam Altman：**谢谢邀请我。\n\n"
                + "**主持人：**你最近在做什么？\n\n**嘉宾Sam Altman：**在做模型。\n");

        InputResult result = convertOne(input, folder.resolve("out"), List.of(OutputFormat.chapters()), false);

        assertThat(result.interview()).isTrue();
        assertThat(result.failed()).isFalse();
        assertThat(result.outputs()).singleElement().satisfies(output -> {
            assertThat(output.status()).isEqualTo(Status.SKIPPED_REFUSED);
            assertThat(output.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("at least 3 chapters"));
        });
    }

    @Test
    void aWriterThatThrowsIsAnInternalErrorOfThatOutputOnly() throws IOException {
        Path input = Articles.write(folder.resolve("talk.md"), Articles.interview());
        OutputFormat broken = new OutputFormat("broken", ".broken", (interview, out) -> {
            throw new IllegalStateException("boom");
        }, false);

        InputResult result = convertOne(input, folder.resolve("out"), List.of(broken, OutputFormat.json()), false);

        assertThat(result.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.kind()).isEqualTo(Failure.Kind.INTERNAL_ERROR);
            assertThat(failure.message()).contains("talk.broken", "boom");
        });
        assertThat(result.outputs()).extracting(OutputResult::status).containsExactly(Status.FAILED, Status.WRITTEN);
    }
}
