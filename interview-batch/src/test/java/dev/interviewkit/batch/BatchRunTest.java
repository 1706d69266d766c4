package dev.interviewkit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.batch.OutputResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole batches: order, failures in the middle, listeners, executors, parallel against sequential. */
class BatchRunTest {

    @TempDir
    Path folder;

    /** in/a.md (interview), in/b.md (a broken link: unreadable), in/c/d.md (report), in/c/e.txt (interview). */
    private Path inputsWithABadFileInTheMiddle() throws IOException {
        Path in = folder.resolve("in");
        Articles.write(in.resolve("a.md"), Articles.interview());
        Files.createSymbolicLink(in.resolve("b.md"), in.resolve("nowhere.md"));
        Articles.write(in.resolve("c/d.md"), Articles.REPORT);
        Articles.write(in.resolve("c/e.txt"), Articles.interview());
        return in;
    }

    private static BatchConverter.Builder jsonAndSrtInto(Path out) {
        return BatchConverter.builder().formats(List.of(OutputFormat.json(), OutputFormat.srt())).outputDirectory(out);
    }

    @Test
    void aBadFileInTheMiddleFailsAloneAndResultsComeInInputOrder() throws IOException, InterruptedException {
        Path in = inputsWithABadFileInTheMiddle();
        Path out = folder.resolve("out");

        BatchResult result = jsonAndSrtInto(out).jobs(2).build().run(List.of(in), BatchListener.NONE);

        assertThat(result.results()).extracting(r -> r.input().relativePath().toString())
                .containsExactly("a.md", "b.md", "c/d.md", "c/e.txt");
        assertThat(result.results()).extracting(InputResult::failed).containsExactly(false, true, false, false);
        assertThat(result.failures()).singleElement().satisfies(failed ->
                assertThat(failed.failure().orElseThrow().kind()).isEqualTo(Failure.Kind.UNREADABLE_INPUT));
        assertThat(result.hasInternalErrors()).isFalse();
        assertThat(result.interviews()).isEqualTo(2);
        assertThat(result.turns()).isEqualTo(result.results().get(0).turns() * 2L);
        assertThat(out.resolve("a.srt")).exists();
        assertThat(out.resolve("c/d.json")).exists();
        assertThat(out.resolve("c/d.srt")).doesNotExist();
        assertThat(out.resolve("c/e.srt")).exists();
    }

    @Test
    void theListenerHearsThePlanThenEveryInputOnceOnTheCallingThread() throws IOException, InterruptedException {
        Path in = inputsWithABadFileInTheMiddle();
        Thread caller = Thread.currentThread();
        List<String> heard = new ArrayList<>();
        BatchListener listener = new BatchListener() {
            @Override
            public void planned(BatchPlan plan) {
                heard.add("planned " + plan.inputs().size());
            }

            @Override
            public void converted(InputResult result) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                heard.add(result.input().relativePath().toString());
            }
        };

        jsonAndSrtInto(folder.resolve("out")).jobs(3).build().run(List.of(in), listener);

        assertThat(heard).first().isEqualTo("planned 4");
        assertThat(heard.subList(1, heard.size())).containsExactlyInAnyOrder("a.md", "b.md", "c/d.md", "c/e.txt");
    }

    @Test
    void aCallersExecutorRunsTheConversionsAndStaysOpen() throws IOException, InterruptedException {
        Path in = inputsWithABadFileInTheMiddle();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        AtomicInteger tasks = new AtomicInteger();
        try {
            BatchResult result = jsonAndSrtInto(folder.resolve("out"))
                    .executor(work -> {
                        tasks.incrementAndGet();
                        executor.execute(work);
                    })
                    .build().run(List.of(in), BatchListener.NONE);

            assertThat(result.results()).hasSize(4);
            assertThat(tasks).hasValue(4);
            assertThat(executor.isShutdown()).isFalse();
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aParallelRunGivesWhatASequentialRunGives() throws IOException, InterruptedException {
        Path in = inputsWithABadFileInTheMiddle();
        for (int i = 0; i < 12; i++) {
            Articles.write(in.resolve("many/" + i + ".md"), i % 2 == 0 ? Articles.interview() : Articles.REPORT + i);
        }
        Path out = folder.resolve("out");

        BatchResult sequential = jsonAndSrtInto(out).jobs(1).build().run(List.of(in), BatchListener.NONE);
        List<String> sequentialFiles = FolderContents.of(out);
        BatchResult parallel = jsonAndSrtInto(out).jobs(4).build().run(List.of(in), BatchListener.NONE);

        assertThat(parallel.results()).isEqualTo(sequential.results());
        assertThat(FolderContents.of(out)).isEqualTo(sequentialFiles);
    }

    @Test
    void aSecondRunWithSkipExistingWritesNothingAgain() throws IOException, InterruptedException {
        Path in = inputsWithABadFileInTheMiddle();
        Path out = folder.resolve("out");
        jsonAndSrtInto(out).build().run(List.of(in), BatchListener.NONE);
        Files.delete(out.resolve("c/e.srt"));

        BatchResult resumed = jsonAndSrtInto(out).skipExisting(true).build().run(List.of(in), BatchListener.NONE);

        assertThat(resumed.results().get(3).outputs()).extracting(OutputResult::status)
                .containsExactly(Status.SKIPPED_EXISTS, Status.WRITTEN);
        assertThat(resumed.results().get(0).outputs()).extracting(OutputResult::status)
                .containsOnly(Status.SKIPPED_EXISTS);
        assertThat(out.resolve("c/e.srt")).exists();
    }
}
