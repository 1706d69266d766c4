package dev.interviewkit.examples;

import dev.interviewkit.cli.ReferenceArticle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.JsonReader;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.testing.ReferenceInterview;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportJsonTest {

    @TempDir
    Path folder;

    @Test
    void writesAnInterviewAsJsonThatReadsBackEqual() throws IOException {
        Interview interview = ReferenceInterview.interview();
        StringBuilder out = new StringBuilder();

        ExportJson.writeJson(interview, out);

        assertThat(out).contains("\"" + ReferenceInterview.TITLE + "\"");
        assertThat(JsonReader.create().read(out.toString())).isEqualTo(interview);
    }

    @Test
    void mainWithoutArgumentsWritesTheBundledArticleWithItsTitle() throws Exception {
        String out = StandardOutputCapture.of(() -> ExportJson.main(new String[0]));

        assertThat(JsonReader.create().read(out).metadata().title()).hasValue(ReferenceInterview.TITLE);
    }

    @Test
    void mainWritesTheJsonOfTheFileGivenAsArgument() throws Exception {
        Path article = folder.resolve("article.md");
        try (InputStream in = ReferenceArticle.open()) {
            Files.copy(in, article);
        }

        String fromMain = StandardOutputCapture.of(() -> ExportJson.main(new String[] {article.toString()}));
        StringBuilder fromPath = new StringBuilder();
        ExportJson.writeJson(article, fromPath);

        assertThat(fromMain).startsWith("{").isEqualTo(fromPath.toString());
    }
}
