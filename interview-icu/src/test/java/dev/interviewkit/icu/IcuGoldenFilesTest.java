package dev.interviewkit.icu;

import dev.interviewkit.export.InterviewWriter;
import dev.interviewkit.export.PodcastTranscriptWriter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.export.WebVttWriter;
import dev.interviewkit.export.testing.GoldenFiles;
import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.model.Interview;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference article's subtitles with ICU installed, compared with golden files a person has
 * read (interview-icu/CUT-REVIEW.md compares their cuts with the built-in word list's). The writers
 * are built without naming ICU: {@code ServiceLoader} finds it. Run with
 * {@code -Dgolden.update=true} to write the files again after a deliberate change.
 */
class IcuGoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Interview REFERENCE = ReferenceArticles.reference();
    private static final Map<String, InterviewWriter> WRITERS = Map.of(
            "reference-article.srt", SrtWriter.builder().build(),
            "reference-article.vtt", WebVttWriter.builder().build(),
            "reference-article.transcript.json", PodcastTranscriptWriter.builder().build());

    @ParameterizedTest
    @ValueSource(strings = {"reference-article.srt", "reference-article.vtt", "reference-article.transcript.json"})
    void referenceArticleWithIcuMatchesItsGoldenFile(String name) {
        GoldenFiles.assertMatches(GOLDEN.resolve(name), WRITERS.get(name).write(REFERENCE));
    }
}
