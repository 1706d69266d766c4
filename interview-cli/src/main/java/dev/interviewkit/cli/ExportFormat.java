package dev.interviewkit.cli;

import dev.interviewkit.batch.OutputFormat;
import dev.interviewkit.export.InterviewWriter;
import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.export.PodcastChaptersWriter;
import dev.interviewkit.export.PodcastTranscriptWriter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.export.WebVttChaptersWriter;
import dev.interviewkit.export.WebVttWriter;
import dev.interviewkit.export.YouTubeChaptersWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code interview export} writes, each with the file name ending {@code --out} gives it. */
enum ExportFormat {

    /** The model as JSON (interview-export's {@link JsonWriter}). */
    JSON(".json", false) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return JsonWriter.builder().pretty(!options.compact).build();
        }
    },
    /** Canonical Markdown. */
    MARKDOWN(".md", false) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return options.markdown();
        }
    },
    /** SubRip subtitles with estimated times. */
    SRT(".srt", true) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return SrtWriter.builder().timing(options.timing()).cues(options.cues(true)).build();
        }
    },
    /** WebVTT subtitles with estimated times. */
    VTT(".vtt", true) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return WebVttWriter.builder().timing(options.timing()).cues(options.cues(false)).build();
        }
    },
    /** Chapters as the lines of a YouTube description. */
    CHAPTERS(".chapters.txt", true) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            YouTubeChaptersWriter.Builder writer = YouTubeChaptersWriter.builder().timing(options.timing());
            return options.openingTitle == null ? writer.build() : writer.openingTitle(options.openingTitle).build();
        }
    },
    /** Chapters as a WebVTT chapters track. */
    CHAPTERS_VTT(".chapters.vtt", true) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            WebVttChaptersWriter.Builder writer = WebVttChaptersWriter.builder().timing(options.timing());
            return options.openingTitle == null ? writer.build() : writer.openingTitle(options.openingTitle).build();
        }
    },
    /** Chapters as Podcasting 2.0 JSON. */
    CHAPTERS_JSON(".chapters.json", true) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            PodcastChaptersWriter.Builder writer = PodcastChaptersWriter.builder().timing(options.timing())
                    .pretty(!options.compact);
            return options.openingTitle == null ? writer.build() : writer.openingTitle(options.openingTitle).build();
        }
    },
    /** The transcript as Podcasting 2.0 JSON. */
    PODCAST_JSON(".transcript.json", true) {
        @Override
        InterviewWriter writer(WriterOptions options) {
            return PodcastTranscriptWriter.builder().timing(options.timing()).cues(options.cues(false))
                    .pretty(!options.compact).build();
        }
    };

    private final String suffix;
    private final boolean needsTranscript;

    ExportFormat(String suffix, boolean needsTranscript) {
        this.suffix = suffix;
        this.needsTranscript = needsTranscript;
    }

    /** A writer for this format with {@code options}. */
    abstract InterviewWriter writer(WriterOptions options);

    /** The writer for a file or a terminal: its output ends with a line feed, as text files and terminals want. */
    InterviewWriter fileWriter(WriterOptions options) {
        InterviewWriter writer = writer(options);
        if (!options.compact || !isJson()) {
            return writer;
        }
        // Pretty JSON ends with a line feed already; compact JSON is one line without one.
        return (interview, out) -> {
            writer.write(interview, out);
            out.append('\n');
        };
    }

    /** This format as a batch output with {@code options}; subtitles and chapters need a transcript. */
    OutputFormat output(WriterOptions options) {
        return new OutputFormat(toString(), suffix, fileWriter(options), needsTranscript);
    }

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

    /**
     * The formats one {@code --format} value names, separated by commas. One value rather than a
     * list option, so that picocli's messages about it stay those of a single option.
     *
     * @param formats the formats, in the order named, each once
     */
    record Choice(List<ExportFormat> formats) {
        /** Nothing chosen. */
        static final Choice NONE = new Choice(List.of());

        /** Copies the list. */
        Choice {
            formats = List.copyOf(formats);
        }
    }

    /** Reads formats' names, in any case, separated by commas, with a message that lists the known names. */
    static final class Converter implements ITypeConverter<Choice> {
        @Override
        public Choice convert(String value) {
            return new Choice(Arrays.stream(value.split(",", -1)).map(String::trim).map(Converter::format).distinct().toList());
        }

        private static ExportFormat format(String name) {
            return Arrays.stream(values())
                    .filter(format -> format.toString().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown format '" + name + "'; known: "
                            + Arrays.stream(values()).map(ExportFormat::toString).collect(Collectors.joining(", "))));
        }
    }
}
