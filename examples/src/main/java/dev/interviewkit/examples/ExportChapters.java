package dev.interviewkit.examples;

import dev.interviewkit.export.ChapterRulesException;
import dev.interviewkit.export.PodcastChaptersWriter;
import dev.interviewkit.export.PodcastTranscriptWriter;
import dev.interviewkit.export.TimingModel;
import dev.interviewkit.export.WebVttChaptersWriter;
import dev.interviewkit.export.YouTubeChaptersWriter;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Parses an article and prints its chapters in every format, from the sections of the transcript at
 * estimated times: the YouTube description list (or why YouTube would refuse it), WebVTT chapters,
 * Podcasting 2.0 chapters JSON, and the start of the Podcasting 2.0 transcript JSON.
 *
 * <pre>{@code java dev.interviewkit.examples.ExportChapters article.md}</pre>
 */
public final class ExportChapters {

    private ExportChapters() {}

    /** The chapters of {@code article} in every format, one after the other. */
    public static String chapters(Path article) throws IOException {
        Interview interview = InterviewParser.builder().build().parse(article).interview();
        TimingModel timing = TimingModel.standard();
        StringBuilder out = new StringBuilder();
        try {
            out.append(YouTubeChaptersWriter.builder().timing(timing).openingTitle("开场").build().write(interview));
        } catch (ChapterRulesException refused) {
            out.append("No YouTube chapters: ").append(String.join(" ", refused.problems())).append('\n');
        }
        out.append('\n').append(WebVttChaptersWriter.builder().timing(timing).build().write(interview));
        out.append('\n').append(PodcastChaptersWriter.builder().timing(timing).build().write(interview));
        out.append('\n').append(PodcastTranscriptWriter.builder().timing(timing).pretty(false).build().write(interview));
        return out.toString();
    }

    /** {@code ExportChapters ARTICLE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExportChapters ARTICLE.md");
            System.exit(2);
        }
        System.out.print(chapters(Path.of(args[0])));
    }
}
