package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved WeChat page is an article like any other: inspected, exported, detected or forced. */
class HtmlInputCliTest {

    private static final String PAGE = "<!DOCTYPE html>\n<html><head><meta property=\"og:title\" content=\"对话张三丰\"></head>\n"
            + "<body><div id=\"js_content\">\n"
            + "<p><span style=\"font-weight: bold\">主持人：</span>今天想和你聊聊模型的推理能力。你怎么看？</p>\n"
            + "<p><strong>张三丰：</strong>我觉得这是一个非常重要的问题。我们花了很长时间才做到这一步。</p>\n"
            + "<p><strong>主持人：</strong>能谈谈你的经历吗？</p>\n"
            + "<p><strong>张三丰：</strong>我在圣路易斯长大，那里有很多回忆。</p>\n"
            + "</div>\n<script>var nickname = htmlDecode(\"某公众号\");</script></body></html>\n";

    @TempDir
    Path folder;

    @Test
    void inspectReadsASavedPage() throws IOException {
        Path page = Files.writeString(folder.resolve("page.html"), PAGE);

        CliRun run = CliRun.of("inspect", page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("对话张三丰", "主持人", "张三丰");
    }

    @Test
    void exportWritesSubtitlesOfASavedPage() throws IOException {
        Path page = Files.writeString(folder.resolve("page.html"), PAGE);

        CliRun run = CliRun.of("export", "--format", "srt", page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("1\n").contains("张三丰：", "我在圣路易斯长大");
    }

    @Test
    void aPageOnStandardInputIsDetectedAndAFormatCanBeForced() {
        assertThat(CliRun.withStdin(PAGE, "inspect", "-").out()).contains("张三丰");
        CliRun forced = CliRun.withStdin(PAGE, "inspect", "--input-format", "markdown", "-");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out()).contains("unsupported_input");
    }

    @Test
    void anUnknownInputFormatExitsWithTwo() {
        CliRun run = CliRun.of("inspect", "--input-format", "pdf", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pdf");
    }
}
