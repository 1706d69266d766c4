package dev.interviewkit.export;

import dev.interviewkit.export.internal.Timecodes;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.util.List;
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
        Timeline timeline = timing.estimate(interview);
        write(timeline, cues.split(interview, timeline), out);
    }

    /** Writes cues already split on {@code timeline}, so that several formats can share one split. */
    public void write(Timeline timeline, List<Cue> cueList, Appendable out) throws IOException {
        out.append("WEBVTT\n\n");
        note(timeline.description(), out);
        for (Cue cue : cueList) {
            out.append('\n').append(Integer.toString(cue.index())).append('\n');
            out.append(Timecodes.clock(Timecodes.millis(cue.start()), '.')).append(" --> ")
                    .append(Timecodes.clock(Timecodes.millis(cue.end()), '.')).append('\n');
            out.append("<v ").append(escape(cue.speakerName())).append('>');
            for (String line : cue.lines()) {
                out.append(escape(line)).append('\n');
            }
        }
    }

    /** A {@code NOTE} block of {@code text}, which holds no blank line and no {@code -->}. */
    static void note(String text, Appendable out) throws IOException {
        out.append("NOTE\n").append(text.replace("-->", "->").replace('\n', ' ')).append('\n');
    }

    /** WebVTT text: {@code &}, {@code <} and {@code >} as character references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
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
