package dev.interviewkit.export;

import dev.interviewkit.export.internal.json.AppendableWriter;
import dev.interviewkit.export.internal.json.JsonStreams;
import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the transcript as a Podcasting 2.0 JSON transcript ({@code <podcast:transcript type="application/json">}):
 * {@code {"version":"1.0.0","segments":[{"speaker","startTime","endTime","body"},…]}}, one segment a
 * subtitle cue, times in seconds, and two fields of ours beside them: {@code "timesEstimated": true}
 * and {@code timingNote}, which says how the times were made.
 *
 * <p>Immutable and thread-safe.
 */
public final class PodcastTranscriptWriter implements InterviewWriter {

    /** The version of the transcript format this writer writes. */
    public static final String VERSION = "1.0.0";

    private final TimingModel timing;
    private final CueSplitter cues;
    private final boolean pretty;

    private PodcastTranscriptWriter(Builder builder) {
        this.timing = builder.timing;
        this.cues = builder.cues;
        this.pretty = builder.pretty;
    }

    /** A builder with the standard timing model, a splitter without label room, and pretty output. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(Interview interview, Appendable out) throws IOException {
        Timeline timeline = timing.estimate(interview);
        try (JsonGenerator json = JsonStreams.generator(AppendableWriter.of(out), pretty)) {
            json.writeStartObject();
            json.writeStringProperty("version", VERSION);
            json.writeArrayPropertyStart("segments");
            for (Cue cue : cues.split(interview, timeline)) {
                json.writeStartObject();
                json.writeStringProperty("speaker", cue.speakerName());
                json.writeNumberProperty("startTime", Timecodes.seconds(cue.start()));
                json.writeNumberProperty("endTime", Timecodes.seconds(cue.end()));
                json.writeStringProperty("body", cue.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanProperty("timesEstimated", true);
            json.writeStringProperty("timingNote", timeline.description());
            json.writeEndObject();
            if (pretty) {
                json.writeRaw('\n');
            }
        } catch (JacksonException e) {
            throw JsonStreams.ioFailure(e);
        }
    }

    /** Configures a {@link PodcastTranscriptWriter}. */
    public static final class Builder {
        private TimingModel timing = TimingModel.standard();
        private CueSplitter cues = CueSplitter.builder().speakerLabels(false).build();
        private boolean pretty = true;

        private Builder() {}

        /** How times are estimated. */
        public Builder timing(TimingModel timing) {
            this.timing = Objects.requireNonNull(timing, "timing");
            return this;
        }

        /** How turns are cut into segments. */
        public Builder cues(CueSplitter cues) {
            this.cues = Objects.requireNonNull(cues, "cues");
            return this;
        }

        /** Whether to indent the JSON (two spaces) or write it on one line. */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /** The writer. */
        public PodcastTranscriptWriter build() {
            return new PodcastTranscriptWriter(this);
        }
    }
}
