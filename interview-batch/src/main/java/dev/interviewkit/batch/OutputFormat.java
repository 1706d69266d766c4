package dev.interviewkit.batch;

import dev.interviewkit.export.InterviewWriter;
import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.export.MarkdownWriter;
import dev.interviewkit.export.PodcastChaptersWriter;
import dev.interviewkit.export.PodcastTranscriptWriter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.export.WebVttChaptersWriter;
import dev.interviewkit.export.WebVttWriter;
import dev.interviewkit.export.YouTubeChaptersWriter;
import java.util.List;
import java.util.Objects;

/**
 * One output of a batch: a name for reports, the ending of the file name, the writer, and whether
 * the format needs a transcript (subtitles and chapters of a non-interview would be empty files, so
 * they are skipped for it). Immutable; thread-safe when its writer is, as every interview-kit writer is.
 *
 * @param name how reports name the format, such as {@code srt}
 * @param suffix what the output's file name ends with, such as {@code .srt} or {@code .chapters.json}
 * @param writer the writer, shared by every input of the batch
 * @param needsTranscript whether the format is skipped for a document without a transcript
 */
public record OutputFormat(String name, String suffix, InterviewWriter writer, boolean needsTranscript) {

    /** Checks that every value is there and that the suffix is a file name ending. */
    public OutputFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(writer, "writer");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a format needs a name");
        }
        if (!suffix.startsWith(".") || suffix.length() < 2 || suffix.contains("/") || suffix.contains("\\")) {
            throw new IllegalArgumentException("a suffix is a file name ending such as .json, was '" + suffix + "'");
        }
    }

    /** Indented JSON, {@code .json}. */
    public static OutputFormat json() {
        return new OutputFormat("json", ".json", JsonWriter.builder().build(), false);
    }

    /** Canonical Markdown, {@code .md}. */
    public static OutputFormat markdown() {
        return new OutputFormat("markdown", ".md", MarkdownWriter.builder().build(), false);
    }

    /** SubRip subtitles, {@code .srt}; needs a transcript. */
    public static OutputFormat srt() {
        return new OutputFormat("srt", ".srt", SrtWriter.builder().build(), true);
    }

    /** WebVTT subtitles, {@code .vtt}; needs a transcript. */
    public static OutputFormat vtt() {
        return new OutputFormat("vtt", ".vtt", WebVttWriter.builder().build(), true);
    }

    /** YouTube description chapters, {@code .chapters.txt}; needs a transcript. */
    public static OutputFormat chapters() {
        return new OutputFormat("chapters", ".chapters.txt", YouTubeChaptersWriter.builder().build(), true);
    }

    /** A WebVTT chapters track, {@code .chapters.vtt}; needs a transcript. */
    public static OutputFormat chaptersVtt() {
        return new OutputFormat("chapters-vtt", ".chapters.vtt", WebVttChaptersWriter.builder().build(), true);
    }

    /** Podcasting 2.0 chapters, {@code .chapters.json}; needs a transcript. */
    public static OutputFormat chaptersJson() {
        return new OutputFormat("chapters-json", ".chapters.json", PodcastChaptersWriter.builder().build(), true);
    }

    /** A Podcasting 2.0 transcript, {@code .transcript.json}; needs a transcript. */
    public static OutputFormat podcastJson() {
        return new OutputFormat("podcast-json", ".transcript.json", PodcastTranscriptWriter.builder().build(), true);
    }

    /** Every format above with its default writer, in that order. */
    public static List<OutputFormat> all() {
        return List.of(json(), markdown(), srt(), vtt(), chapters(), chaptersVtt(), chaptersJson(), podcastJson());
    }
}
