package dev.interviewkit.export;

import dev.interviewkit.export.internal.cues.WebVttText;
import dev.interviewkit.export.internal.chapters.ChapterList;
import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes chapters as a WebVTT chapters track ({@code <track kind="chapters">}): the {@code WEBVTT}
 * header, a {@code NOTE} that says the times are estimates and how they were made, then one cue a
 * chapter, from the section's first turn to the next chapter, the title escaped as WebVTT text.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebVttChaptersWriter implements InterviewWriter {

    private final TimingModel timing;
    private final Optional<String> openingTitle;

    private WebVttChaptersWriter(Builder builder) {
        this.timing = builder.timing;
        this.openingTitle = builder.openingTitle;
    }

    /** A builder with the standard timing model. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(Interview interview, Appendable out) throws IOException {
        Timeline timeline = timing.estimate(interview);
        out.append("WEBVTT\n\n");
        WebVttText.note(timeline.description(), out);
        int index = 0;
        for (ChapterList.Chapter chapter : ChapterList.of(interview, timeline,
                ChapterList.openingTitle(openingTitle, interview))) {
            if (chapter.length() <= 0) {
                continue; // WebVTT cues end after they start
            }
            out.append('\n').append(Integer.toString(++index)).append('\n');
            out.append(Timecodes.clock(chapter.start(), '.')).append(" --> ")
                    .append(Timecodes.clock(chapter.end(), '.')).append('\n');
            out.append(WebVttText.escape(chapter.title())).append('\n');
        }
    }

    /** Configures a {@link WebVttChaptersWriter}. */
    public static final class Builder {
        private TimingModel timing = TimingModel.standard();
        private Optional<String> openingTitle = Optional.empty();

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

        /** The writer. */
        public WebVttChaptersWriter build() {
            return new WebVttChaptersWriter(this);
        }
    }
}
