package dev.interviewkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer examples run on the reference article and produce what their Javadoc promises. */
class ExportExamplesTest {

    private static final Path ARTICLE = Path.of("../samples/reference-article.md");

    @Test
    void exportSubtitlesWritesSrtAndWebVttWithTheVideosOriginAndCustomWidth(@TempDir Path folder) throws IOException {
        List<Path> files = ExportSubtitles.export(ARTICLE, folder);
        String srt = Files.readString(files.get(0));
        String vtt = Files.readString(files.get(1));
        assertThat(srt).startsWith("1\n00:13:00,000 --> ");
        assertThat(vtt).startsWith("WEBVTT\n\nNOTE\nTimes are estimates").contains("starts at 780 s in the media");
        assertThat(srt.lines().filter(l -> !l.contains("-->") && !l.matches("\\d*")))
                .allMatch(l -> l.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum() <= 28);
    }

    @Test
    void exportChaptersPrintsEveryChapterFormat() throws IOException {
        String chapters = ExportChapters.chapters(ARTICLE);
        assertThat(chapters).startsWith("00:00 开场\n").contains("高中生活", "WEBVTT", "\"version\": \"1.2.0\"",
                "\"version\":\"1.0.0\"");
    }

    @Test
    void exportMarkdownWritesTheCanonicalArticle() throws IOException {
        assertThat(ExportMarkdown.markdown(ARTICLE, false)).startsWith("# OpenAI o1发布前专访").contains("\n**主持人：**")
                .doesNotContain("未经许可不得转载");
        assertThat(ExportMarkdown.markdown(ARTICLE, true)).startsWith("---\ntitle: ");
    }
}
