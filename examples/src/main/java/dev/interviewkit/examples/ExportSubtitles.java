package dev.interviewkit.examples;

import dev.interviewkit.export.CueSplitter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.export.Subtitles;
import dev.interviewkit.export.TimingModel;
import dev.interviewkit.export.WebVttWriter;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Parses an article, estimates when each turn is spoken, and writes SRT and WebVTT subtitles with
 * custom limits: 14 characters a Chinese line, the interview starting where the source video's
 * {@code t=} says, one split shared by both files.
 *
 * <pre>{@code java dev.interviewkit.examples.ExportSubtitles article.md out/}</pre>
 */
public final class ExportSubtitles {

    private ExportSubtitles() {}

    /** Writes {@code article}'s subtitles as {@code subtitles.srt} and {@code subtitles.vtt} in {@code folder}. */
    public static List<Path> export(Path article, Path folder) throws IOException {
        Interview interview = InterviewParser.builder().build().parse(article).interview();
        TimingModel timing = TimingModel.builder()
                .originFromSourceMedia()
                .turnPause(Duration.ofMillis(800))
                .build();
        CueSplitter splitter = CueSplitter.builder()
                .chineseLineWidth(14)
                .maximumDuration(Duration.ofSeconds(6))
                .build();
        // One layout for both files: the SRT and the WebVTT hold the same cues.
        Subtitles subtitles = Subtitles.of(interview, timing.estimate(interview), splitter);
        Files.createDirectories(folder);
        Path srt = folder.resolve("subtitles.srt");
        Path vtt = folder.resolve("subtitles.vtt");
        try (OutputStream out = Files.newOutputStream(srt)) {
            write(out, text -> SrtWriter.builder().build().write(subtitles, text));
        }
        try (OutputStream out = Files.newOutputStream(vtt)) {
            write(out, text -> WebVttWriter.builder().build().write(subtitles, text));
        }
        return List.of(srt, vtt);
    }

    private interface Writing {
        void to(Appendable out) throws IOException;
    }

    private static void write(OutputStream out, Writing writing) throws IOException {
        StringBuilder text = new StringBuilder();
        writing.to(text);
        out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@code ExportSubtitles ARTICLE FOLDER}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExportSubtitles ARTICLE.md FOLDER");
            System.exit(2);
        }
        export(Path.of(args[0]), Path.of(args[1])).forEach(System.out::println);
    }
}
