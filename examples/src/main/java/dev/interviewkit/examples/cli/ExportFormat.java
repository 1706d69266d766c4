package dev.interviewkit.examples.cli;

import dev.interviewkit.export.InterviewWriter;
import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.export.PodcastChaptersWriter;
import dev.interviewkit.export.PodcastTranscriptWriter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.export.WebVttChaptersWriter;
import dev.interviewkit.export.WebVttWriter;
import dev.interviewkit.export.YouTubeChaptersWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code interview export} writes, each with the file name ending {@code --out} gives it. */
enum ExportFormat {

    /** The model as JSON (interview-export's {@link JsonWriter}). */
    JSON(".json") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return JsonWriter.builder().pretty(!options.compact).build();
        }
    },
    /** Canonical Markdown. */
    MARKDOWN(".md") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return options.markdown();
        }
    },
    /** SubRip subtitles with estimated times. */
    SRT(".srt") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return SrtWriter.builder().timing(options.timing()).cues(options.cues(true)).build();
        }
    },
    /** WebVTT subtitles with estimated times. */
    VTT(".vtt") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return WebVttWriter.builder().timing(options.timing()).cues(options.cues(false)).build();
        }
    },
    /** Chapters as the lines of a YouTube description. */
    CHAPTERS(".chapters.txt") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            YouTubeChaptersWriter.Builder writer = YouTubeChaptersWriter.builder().timing(options.timing());
            return options.openingTitle == null ? writer.build() : writer.openingTitle(options.openingTitle).build();
        }
    },
    /** Chapters as a WebVTT chapters track. */
    CHAPTERS_VTT(".chapters.vtt") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            WebVttChaptersWriter.Builder writer = WebVttChaptersWriter.builder().timing(options.timing());
            return options.openingTitle == null ? writer.build() : writer.openingTitle(options.openingTitle).build();
        }
    },
    /** Chapters as Podcasting 2.0 JSON. */
    CHAPTERS_JSON(".chapters.json") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            PodcastChaptersWriter.Builder writer = PodcastChaptersWriter.builder().timing(options.timing())
                    .pretty(!options.compact);
            return options.openingTitle == null ? writer.build() : writer.openingTitle(options.openingTitle).build();
        }
    },
    /** The transcript as Podcasting 2.0 JSON. */
    PODCAST_JSON(".transcript.json") {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return PodcastTranscriptWriter.builder().timing(options.timing()).cues(options.cues(false))
                    .pretty(!options.compact).build();
        }
    };

    private final String suffix;

    ExportFormat(String suffix) {
        this.suffix = suffix;
    }

    /** A writer for this format with {@code options}. */
    abstract InterviewWriter writer(WriterOptions options);

    /** How a file of this format ends when {@code --out} names it: {@code .srt}, {@code .chapters.json}. */
    String suffix() {
        return suffix;
    }

    /** Whether the format is JSON, whose compact form ends without a line feed. */
    boolean isJson() {
        return suffix.endsWith(".json");
    }

    /** The name users type and see, such as {@code chapters-vtt}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a format's name, in any case, with a message that lists the known names. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(format -> format.toString().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown format '" + value + "'; known: "
                            + Arrays.stream(values()).map(ExportFormat::toString).collect(Collectors.joining(", "))));
        }
    }
}
