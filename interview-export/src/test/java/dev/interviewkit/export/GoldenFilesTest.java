package dev.interviewkit.export;

import dev.interviewkit.export.testing.GoldenFiles;
import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.model.Interview;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference article in every format, compared with the golden files a person has read, line by
 * line. Run with {@code -Dgolden.update=true} to write the files again after a deliberate change,
 * and read the diff before committing it.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Interview REFERENCE = ReferenceArticles.reference();
    private static final Map<String, InterviewWriter> WRITERS = Map.of(
            "reference-article.md", MarkdownWriter.builder().build(),
            "reference-article.front-matter.md", MarkdownWriter.builder().header(MarkdownWriter.Header.YAML_FRONT_MATTER).build(),
            "reference-article.srt", SrtWriter.builder().build(),
            "reference-article.vtt", WebVttWriter.builder().build(),
            "reference-article.youtube-chapters.txt", YouTubeChaptersWriter.builder().build(),
            "reference-article.chapters.vtt", WebVttChaptersWriter.builder().build(),
            "reference-article.chapters.json", PodcastChaptersWriter.builder().build(),
            "reference-article.transcript.json", PodcastTranscriptWriter.builder().build());

    @ParameterizedTest
    @ValueSource(strings = {"reference-article.md", "reference-article.front-matter.md", "reference-article.srt",
            "reference-article.vtt", "reference-article.youtube-chapters.txt", "reference-article.chapters.vtt",
            "reference-article.chapters.json", "reference-article.transcript.json"})
    void referenceArticleMatchesItsGoldenFile(String name) {
        GoldenFiles.assertMatches(GOLDEN.resolve(name), WRITERS.get(name).write(REFERENCE));
    }
}
