package dev.interviewkit.export;

import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes an interview's turns as SubRip subtitles ({@code .srt}) with estimated times: cues
 * numbered from 1, {@code 00:01:02,345 --> 00:01:05,678} with three-digit milliseconds, the
 * speaker's {@code Name：} before the first line at each change of speaker, a blank line after
 * each cue, LF line ends; as bytes, UTF-8 without a byte order mark.
 *
 * <p>SubRip has no escapes and no comments: the text is written as it is, except that
 * {@code -->}, which readers take for a timing line, is written {@code →}. That the times are
 * estimates cannot be said in the file; {@link WebVttWriter} says it in a {@code NOTE}.
 *
 * <pre>{@code
 * SrtWriter.builder().cues(CueSplitter.builder().chineseLineWidth(14).build()).build().write(interview, out);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SrtWriter implements InterviewWriter {

    private final TimingModel timing;
    private final CueSplitter cues;

    private SrtWriter(Builder builder) {
        this.timing = builder.timing;
        this.cues = builder.cues;
    }

    /** A builder with the standard timing model and splitter. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(Interview interview, Appendable out) throws IOException {
        write(subtitles(interview), out);
    }

    /** The timeline and cues this writer writes for {@code interview}: its timing model, its cue splitter. */
    public Subtitles subtitles(Interview interview) {
        return Subtitles.of(interview, timing.estimate(interview), cues);
    }

    /**
     * Writes the cues of {@code subtitles} as they are (SubRip has no place for the timeline's
     * description). This writer's own timing model and splitter are not asked; they made the
     * subtitles only if {@link #subtitles} did.
     */
    public void write(Subtitles subtitles, Appendable out) throws IOException {
        for (Cue cue : subtitles.cues()) {
            out.append(Integer.toString(cue.index())).append('\n');
            out.append(Timecodes.clock(Timecodes.millis(cue.start()), ',')).append(" --> ")
                    .append(Timecodes.clock(Timecodes.millis(cue.end()), ',')).append('\n');
            List<String> lines = cue.lines();
            for (int k = 0; k < lines.size(); k++) {
                if (k == 0 && cue.label().isPresent()) {
                    String label = cue.label().get();
                    out.append(text(label));
                    out.append(cue.labelOnOwnLine() ? "\n" : label.endsWith("：") ? "" : " ");
                }
                out.append(text(lines.get(k))).append('\n');
            }
            out.append('\n');
        }
    }

    private static String text(String line) {
        return line.replace("-->", "→");
    }

    /** Configures an {@link SrtWriter}. */
    public static final class Builder {
        private TimingModel timing = TimingModel.standard();
        private CueSplitter cues = CueSplitter.standard();

        private Builder() {}

        /** How times are estimated. */
        public Builder timing(TimingModel timing) {
            this.timing = Objects.requireNonNull(timing, "timing");
            return this;
        }

        /** How turns are cut into cues. */
        public Builder cues(CueSplitter cues) {
            this.cues = Objects.requireNonNull(cues, "cues");
            return this;
        }

        /** The writer. */
        public SrtWriter build() {
            return new SrtWriter(this);
        }
    }
}
