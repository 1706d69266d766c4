package dev.interviewkit.cli;

import dev.interviewkit.export.CueSplitter;
import dev.interviewkit.export.MarkdownWriter;
import dev.interviewkit.export.TimingModel;
import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Every writer option of {@code interview export}, one flag each; each writer takes the ones it knows. */
final class WriterOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--compact", description = "JSON formats: write on one line instead of indented.")
    boolean compact;

    @Option(names = "--header", paramLabel = "STYLE", defaultValue = "reference",
            description = "markdown: the header, reference (# title and key: value lines) or front-matter (YAML) "
                    + "(default: ${DEFAULT-VALUE}).")
    String header;

    @Option(names = "--labels", paramLabel = "STYLE", defaultValue = "as-written",
            description = "markdown: each turn's label, as-written (the source's) or names (the participant's name) "
                    + "(default: ${DEFAULT-VALUE}).")
    String labels;

    @Option(names = "--keep-boilerplate", description = "markdown: keep promotion, calls to action and the like, at the end.")
    boolean keepBoilerplate;

    @Option(names = "--cjk-rate", paramLabel = "CHARS", defaultValue = "4.4",
            description = "Timed formats: Chinese characters said a second (default: ${DEFAULT-VALUE}).")
    double cjkRate;

    @Option(names = "--latin-rate", paramLabel = "WORDS", defaultValue = "2.5",
            description = "Timed formats: Latin words said a second (default: ${DEFAULT-VALUE}).")
    double latinRate;

    @Option(names = "--sentence-pause", paramLabel = "SECONDS", defaultValue = "0.25",
            description = "Timed formats: the pause after a sentence (default: ${DEFAULT-VALUE}).")
    BigDecimal sentencePause;

    @Option(names = "--turn-pause", paramLabel = "SECONDS", defaultValue = "0.6",
            description = "Timed formats: the pause between turns (default: ${DEFAULT-VALUE}).")
    BigDecimal turnPause;

    @Option(names = "--origin", paramLabel = "SECONDS",
            description = "Timed formats: where the interview starts in the media.")
    BigDecimal origin;

    @Option(names = "--origin-from-media",
            description = "Timed formats: start where the source video's address says (t=780s).")
    boolean originFromMedia;

    @Option(names = "--fit-to", paramLabel = "SECONDS",
            description = "Timed formats: the interview's known length; the estimate is scaled to end there.")
    BigDecimal fitTo;

    @Option(names = "--chinese-line-width", paramLabel = "WIDTH", defaultValue = "16",
            description = "srt, vtt, podcast-json: the widest Chinese line, half-width characters counting 0.5 "
                    + "(default: ${DEFAULT-VALUE}).")
    double chineseLineWidth;

    @Option(names = "--latin-line-length", paramLabel = "CHARS", defaultValue = "42",
            description = "srt, vtt, podcast-json: the longest Latin line (default: ${DEFAULT-VALUE}).")
    int latinLineLength;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "2",
            description = "srt, vtt, podcast-json: lines a cue, 1 or 2 (default: ${DEFAULT-VALUE}).")
    int maxLines;

    @Option(names = "--min-cue", paramLabel = "SECONDS", defaultValue = "0.834",
            description = "srt, vtt, podcast-json: the shortest cue (default: ${DEFAULT-VALUE}).")
    BigDecimal minCue;

    @Option(names = "--max-cue", paramLabel = "SECONDS", defaultValue = "7",
            description = "srt, vtt, podcast-json: the longest cue (default: ${DEFAULT-VALUE}).")
    BigDecimal maxCue;

    @Option(names = "--no-speaker-labels", description = "srt: no room for Name： at a change of speaker.")
    boolean noSpeakerLabels;

    @Option(names = "--opening-title", paramLabel = "TITLE",
            description = "Chapter formats: the untitled opening's title (default: 开场, or Opening in English).")
    String openingTitle;

    /** The Markdown writer these options ask for. */
    MarkdownWriter markdown() {
        MarkdownWriter.Header headerStyle = switch (header) {
            case "reference" -> MarkdownWriter.Header.REFERENCE;
            case "front-matter" -> MarkdownWriter.Header.YAML_FRONT_MATTER;
            default -> throw usage("--header must be reference or front-matter, was " + header);
        };
        MarkdownWriter.Labels labelStyle = switch (labels) {
            case "as-written" -> MarkdownWriter.Labels.AS_WRITTEN;
            case "names" -> MarkdownWriter.Labels.NAMES;
            default -> throw usage("--labels must be as-written or names, was " + labels);
        };
        return MarkdownWriter.builder().header(headerStyle).labels(labelStyle).keepBoilerplate(keepBoilerplate).build();
    }

    /** The timing model these options ask for. */
    TimingModel timing() {
        try {
            TimingModel.Builder timing = TimingModel.builder().cjkCharactersPerSecond(cjkRate).latinWordsPerSecond(latinRate)
                    .sentencePause(duration(sentencePause)).turnPause(duration(turnPause));
            if (origin != null && originFromMedia) {
                throw usage("--origin and --origin-from-media exclude each other");
            }
            if (origin != null) {
                timing.origin(duration(origin));
            }
            if (originFromMedia) {
                timing.originFromSourceMedia();
            }
            if (fitTo != null) {
                timing.fitTo(duration(fitTo));
            }
            return timing.build();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw usage(e.getMessage());
        }
    }

    /** The cue splitter these options ask for; {@code labels} keeps room for speaker labels (SRT). */
    CueSplitter cues(boolean labels) {
        try {
            return CueSplitter.builder().chineseLineWidth(chineseLineWidth).latinLineLength(latinLineLength)
                    .maxLines(maxLines).maximumDuration(duration(maxCue)).minimumDuration(duration(minCue))
                    .speakerLabels(labels && !noSpeakerLabels).build();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw usage(e.getMessage());
        }
    }

    private static Duration duration(BigDecimal seconds) {
        return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
