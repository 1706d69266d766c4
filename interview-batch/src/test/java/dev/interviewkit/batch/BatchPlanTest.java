package dev.interviewkit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the inputs of a batch and naming their outputs. */
class BatchPlanTest {

    @TempDir
    Path folder;

    private BatchConverter converter(Path out, OutputFormat... formats) {
        return BatchConverter.builder().formats(List.of(formats)).outputDirectory(out).build();
    }

    private static List<String> relativePaths(BatchPlan plan) {
        return plan.inputs().stream().map(input -> input.relativePath().toString()).toList();
    }

    @Test
    void aFolderIsReadRecursivelyInRelativePathOrderKeepingOnlyInputExtensionsSavedPagesIncluded() throws IOException {
        Path in = folder.resolve("in");
        Articles.write(in.resolve("b.md"), "b");
        Articles.write(in.resolve("a/z.markdown"), "z");
        Articles.write(in.resolve("a/deeper/y.TXT"), "y");
        Articles.write(in.resolve("a/picture.png"), "png");
        Articles.write(in.resolve("notes.html"), "<p>html</p>");

        BatchPlan plan = converter(folder.resolve("out"), OutputFormat.json()).plan(List.of(in));

        assertThat(relativePaths(plan)).containsExactly("a/deeper/y.TXT", "a/z.markdown", "b.md", "notes.html");
        assertThat(plan.inputs().get(0).output(OutputFormat.json())).isEqualTo(folder.resolve("out/a/deeper/y.json"));
        assertThat(plan.collisions()).isEmpty();
    }

    @Test
    void inputExtensionsChooseWhichFilesAFolderGives() throws IOException {
        Articles.write(folder.resolve("in/x.md"), "x");
        Articles.write(folder.resolve("in/y.HTML"), "y");

        BatchPlan plan = BatchConverter.builder().inputExtensions(List.of(".html", "htm")).outputDirectory(folder.resolve("out"))
                .build().plan(List.of(folder.resolve("in")));

        assertThat(relativePaths(plan)).containsExactly("y.HTML");
    }

    @Test
    void argumentsKeepTheirOrderAndAFileIsReadOnceAndAMissingFileIsKept() throws IOException {
        Path second = Articles.write(folder.resolve("in/2.md"), "2");
        Articles.write(folder.resolve("in/1.md"), "1");
        Path missing = folder.resolve("missing.md");

        BatchPlan plan = converter(folder.resolve("out")).plan(List.of(second, missing, folder.resolve("in")));

        assertThat(plan.inputs()).extracting(BatchInput::source)
                .containsExactly(second, missing, folder.resolve("in/1.md"));
    }

    @Test
    void anOutputFolderInsideAnInputFolderIsNotReadAsInput() throws IOException {
        Path in = folder.resolve("in");
        Articles.write(in.resolve("x.md"), "x");
        Articles.write(in.resolve("out/x.md"), "canonical Markdown of an earlier run");
        Articles.write(in.resolve("outside/x.md"), "x");

        BatchPlan plan = converter(in.resolve("out"), OutputFormat.markdown()).plan(List.of(in));

        assertThat(relativePaths(plan)).containsExactly("outside/x.md", "x.md");
    }

    @Test
    void theOutputFolderCannotBeAnInputFolder() throws IOException {
        Articles.write(folder.resolve("x.md"), "x");

        assertThatThrownBy(() -> converter(folder, OutputFormat.json()).plan(List.of(folder)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the output folder " + folder + " is also an input folder");
    }

    @Test
    void inputsThatWouldWriteOneFileKeepTheirSourceExtension() throws IOException {
        Articles.write(folder.resolve("in/x.md"), "x");
        Articles.write(folder.resolve("in/x.txt"), "x");
        Articles.write(folder.resolve("in/y.md"), "y");
        Path out = folder.resolve("out");

        BatchPlan plan = converter(out, OutputFormat.json(), OutputFormat.srt()).plan(List.of(folder.resolve("in")));

        assertThat(plan.inputs()).extracting(BatchInput::outputBase)
                .containsExactly(out.resolve("x.md"), out.resolve("x.txt"), out.resolve("y"));
        assertThat(plan.inputs()).extracting(BatchInput::renamed).containsExactly(true, true, false);
        assertThat(plan.collisions()).singleElement().satisfies(collision -> {
            assertThat(collision.output()).isEqualTo(out.resolve("x.json"));
            assertThat(collision.inputs()).containsExactly(folder.resolve("in/x.md"), folder.resolve("in/x.txt"));
            assertThat(collision.resolved()).containsExactly(out.resolve("x.md"), out.resolve("x.txt"));
        });
    }

    @Test
    void oneRelativePathUnderTwoFoldersGetsANumberAfterItsStem() throws IOException {
        Articles.write(folder.resolve("a/sub/x.md"), "a");
        Articles.write(folder.resolve("b/sub/x.md"), "b");
        Path out = folder.resolve("out");

        BatchPlan plan = converter(out, OutputFormat.json()).plan(List.of(folder.resolve("a"), folder.resolve("b")));

        assertThat(plan.inputs()).extracting(input -> input.output(OutputFormat.json()))
                .containsExactly(out.resolve("sub/x.md.json"), out.resolve("sub/x.md~2.json"));
        assertThat(plan.collisions()).first().extracting(OutputCollision::output).isEqualTo(out.resolve("sub/x.json"));
    }

    @Test
    void aStemThatEndsLikeAFormatSuffixCollidesWithThatFormat() throws IOException {
        Articles.write(folder.resolve("in/x.md"), "x");
        Articles.write(folder.resolve("in/x.chapters.md"), "x");
        Path out = folder.resolve("out");

        BatchPlan plan = converter(out, OutputFormat.json(), OutputFormat.chaptersJson()).plan(List.of(folder.resolve("in")));

        // x.chapters.md's JSON and x.md's Podcasting 2.0 chapters would both be x.chapters.json.
        assertThat(plan.inputs()).extracting(BatchInput::outputBase)
                .containsExactly(out.resolve("x.chapters.md"), out.resolve("x.md"));
        assertThat(plan.collisions()).singleElement().extracting(OutputCollision::output).isEqualTo(out.resolve("x.chapters.json"));
    }

    @Test
    void namesThatDifferOnlyInCaseCollide() throws IOException {
        Path upper = Articles.write(folder.resolve("X.md"), "x");
        Path lower = Articles.write(folder.resolve("x.txt"), "x");
        Path out = folder.resolve("out");

        BatchPlan plan = converter(out, OutputFormat.json()).plan(List.of(upper, lower));

        assertThat(plan.inputs()).extracting(BatchInput::outputBase).containsExactly(out.resolve("X.md"), out.resolve("x.txt"));
    }

    @Test
    void withoutFormatsNothingCollides() throws IOException {
        Articles.write(folder.resolve("in/x.md"), "x");
        Articles.write(folder.resolve("in/x.txt"), "x");

        assertThat(converter(folder.resolve("out")).plan(List.of(folder.resolve("in"))).collisions()).isEmpty();
        assertThat(Files.exists(folder.resolve("out"))).isFalse();
    }
}
