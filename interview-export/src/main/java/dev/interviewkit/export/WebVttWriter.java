package dev.interviewkit.export;

import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.export.internal.cues.WebVttText;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes an interview's turns as WebVTT subtitles ({@code .vtt}) with estimated times: the
 * {@code WEBVTT} header, a {@code NOTE} that says the times are estimates and how they were made,
 * then numbered cues {@code 00:01:02.345 --> 00:01:05.678} whose every first line starts with the
 * voice tag {@code <v Name>}. Text is escaped ({@code &amp;}, {@code &lt;}, {@code &gt;}), so no cue
 * holds markup or {@code -->}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebVttWriter implements InterviewWriter {

    private final TimingModel timing;
    private final CueSplitter cues;

    private WebVttWriter(Builder builder) {
        this.timing = builder.timing;
        this.cues = builder.cues;
    }

    /** A builder with the standard timing model and a splitter that keeps no room for labels. */
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
     * Writes {@code subtitles} as they are: their timeline's description as the {@code NOTE},
     * their cues. This writer's own timing model and splitter are not asked; they made the
     * subtitles only if {@link #subtitles} did.
     */
    public void write(Subtitles subtitles, Appendable out) throws IOException {
        out.append("WEBVTT\n\n");
        WebVttText.note(subtitles.timeline().description(), out);
        for (Cue cue : subtitles.cues()) {
            out.append('\n').append(Integer.toString(cue.index())).append('\n');
            out.append(Timecodes.clock(Timecodes.millis(cue.start()), '.')).append(" --> ")
                    .append(Timecodes.clock(Timecodes.millis(cue.end()), '.')).append('\n');
            out.append("<v ").append(WebVttText.escape(cue.speakerName())).append('>');
            for (String line : cue.lines()) {
                out.append(WebVttText.escape(line)).append('\n');
            }
        }
    }

    /** Configures a {@link WebVttWriter}. */
    public static final class Builder {
        private TimingModel timing = TimingModel.standard();
        private CueSplitter cues = CueSplitter.builder().speakerLabels(false).build();

        private Builder() {}

        /** How times are estimated. */
        public Builder timing(TimingModel timing) {
            this.timing = Objects.requireNonNull(timing, "timing");
            return this;
        }

        /** How turns are cut into cues; voice tags show the speaker, so labels need no room. */
        public Builder cues(CueSplitter cues) {
            this.cues = Objects.requireNonNull(cues, "cues");
            return this;
        }

        /** The writer. */
        public WebVttWriter build() {
            return new WebVttWriter(this);
        }
    }
}
