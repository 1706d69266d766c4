package dev.interviewkit.examples;

import dev.interviewkit.cli.ReferenceArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example is {@link QuickStart}'s code, and it works. */
class QuickStartTest {

    @TempDir
    Path folder;

    @Test
    void theReadmeShowsExactlyTheQuickStartCode() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/interviewkit/examples/QuickStart.java"));
        String snippet = source.substring(source.indexOf("// tag::quickstart[]\n") + "// tag::quickstart[]\n".length(),
                source.indexOf("        // end::quickstart[]"));
        String dedented = Arrays.stream(snippet.split("\n", -1))
                .map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains(dedented.strip());
    }

    @Test
    void quickStartPrintsTheTurnsAndWritesTheJson() throws Exception {
        Path article = folder.resolve("article.md");
        try (InputStream in = ReferenceArticle.open()) {
            Files.copy(in, article);
        }
        String out = StandardOutputCapture.of(() -> QuickStart.main(new String[] {article.toString()}));
        assertThat(out).startsWith("OpenAI o1发布前专访 CEO Sam Altman， 阐释o1模型独特推理能力以及AI广泛应用场景\n")
                .contains("Elain Chaw: 这里是圣路易斯公共广播电台的节目")
                .contains("Sam Altman: 非常感谢邀请我。");
        assertThat(Files.readString(folder.resolve("article.md.json"), StandardCharsets.UTF_8))
                .contains("\"schemaVersion\": 2").contains("\"hasTranscript\": true").contains("\"publishedAt\": \"2024-09-15T08:04:00+08:00\"");
    }
}
