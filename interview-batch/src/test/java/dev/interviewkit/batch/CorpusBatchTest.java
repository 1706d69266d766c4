package dev.interviewkit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus documents (third-party, read from {@code ../shared/corpus} and never committed) in
 * JSON, Markdown, SRT and Podcasting 2.0 chapters, in parallel and one at a time: the same
 * results, the same files. Skipped with a message when the folder is absent.
 */
class CorpusBatchTest {

    /** {@code ../shared/corpus} from the repository root, which is one level up from the module folder. */
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

    @TempDir
    Path folder;

    @Test
    void everyCorpusDocumentConvertsInParallelAsItDoesAlone() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus folder ../shared/corpus is absent: corpus batch test skipped");
        BatchConverter.Builder converter = BatchConverter.builder()
                .formats(List.of(OutputFormat.json(), OutputFormat.markdown(), OutputFormat.srt(), OutputFormat.chaptersJson()));

        BatchResult parallel = converter.outputDirectory(folder.resolve("parallel")).jobs(4).build()
                .run(List.of(CORPUS), BatchListener.NONE);
        BatchResult sequential = converter.outputDirectory(folder.resolve("sequential")).jobs(1).build()
                .run(List.of(CORPUS), BatchListener.NONE);

        assertThat(parallel.results()).isNotEmpty().allSatisfy(result -> assertThat(result.failure()).isEmpty());
        assertThat(parallel.results()).extracting(InputResult::interview)
                .isEqualTo(sequential.results().stream().map(InputResult::interview).toList());
        assertThat(parallel.results()).extracting(InputResult::participants)
                .isEqualTo(sequential.results().stream().map(InputResult::participants).toList());
        assertThat(parallel.results()).extracting(InputResult::outputs).extracting(outputs -> outputs.stream()
                        .map(output -> output.status() + " " + folder.resolve("parallel").relativize(output.path())).toList())
                .isEqualTo(sequential.results().stream().map(result -> result.outputs().stream()
                        .map(output -> output.status() + " " + folder.resolve("sequential").relativize(output.path())).toList())
                        .toList());
        assertThat(FolderContents.of(folder.resolve("parallel"))).isEqualTo(FolderContents.of(folder.resolve("sequential")));
        for (InputResult result : parallel.results()) {
            boolean interview = InterviewParser.builder().build().parse(result.input().source()).interview().hasTranscript();
            assertThat(result.interview()).as(result.input().source().toString()).isEqualTo(interview);
        }
    }
}
