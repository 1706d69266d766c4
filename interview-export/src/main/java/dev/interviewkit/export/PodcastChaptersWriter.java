package dev.interviewkit.export;

import dev.interviewkit.export.internal.json.AppendableWriter;
import dev.interviewkit.export.internal.chapters.ChapterList;
import dev.interviewkit.export.internal.json.JsonStreams;
import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes chapters as Podcasting 2.0 JSON chapters ({@code <podcast:chapters type="application/json+chapters">}):
 * {@code {"version":"1.2.0","chapters":[{"startTime":0,"title":"开场"},…]}}, times in seconds, the
 * article's title as {@code title}, and two fields of ours beside them: {@code "timesEstimated": true}
 * and {@code timingNote}, which says how the times were made.
 *
 * <p>Immutable and thread-safe.
 */
public final class PodcastChaptersWriter implements InterviewWriter {

    /** The version of the chapters format this writer writes. */
    public static final String VERSION = "1.2.0";

    private final TimingModel timing;
    private final Optional<String> openingTitle;
    private final boolean pretty;

    private PodcastChaptersWriter(Builder builder) {
        this.timing = builder.timing;
        this.openingTitle = builder.openingTitle;
        this.pretty = builder.pretty;
    }

    /** A builder with the standard timing model and pretty output. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(Interview interview, Appendable out) throws IOException {
        Timeline timeline = timing.estimate(interview);
        try (JsonGenerator json = JsonStreams.generator(AppendableWriter.of(out), pretty)) {
            json.writeStartObject();
            json.writeStringProperty("version", VERSION);
            interview.metadata().title().ifPresent(title -> json.writeStringProperty("title", title));
            json.writeArrayPropertyStart("chapters");
            for (ChapterList.Chapter chapter : ChapterList.of(interview, timeline,
                    ChapterList.openingTitle(openingTitle, interview))) {
                json.writeStartObject();
                json.writeNumberProperty("startTime", Timecodes.seconds(chapter.start()));
                json.writeStringProperty("title", chapter.title());
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

    /** Configures a {@link PodcastChaptersWriter}. */
    public static final class Builder {
        private TimingModel timing = TimingModel.standard();
        private Optional<String> openingTitle = Optional.empty();
        private boolean pretty = true;

        private Builder() {}

        /** How times are estimated. */
        public Builder timing(TimingModel timing) {
            this.timing = Objects.requireNonNull(timing, "timing");
            return this;
        }

        /**
         * The title of the untitled opening section; by default {@code 开场} or {@code Opening}.
         *
         * @throws IllegalArgumentException when {@code title} is blank
         */
        public Builder openingTitle(String title) {
            if (title.isBlank()) {
                throw new IllegalArgumentException("openingTitle must not be blank");
            }
            this.openingTitle = Optional.of(title);
            return this;
        }

        /** Whether to indent the JSON (two spaces) or write it on one line. */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /** The writer. */
        public PodcastChaptersWriter build() {
            return new PodcastChaptersWriter(this);
        }
    }
}
