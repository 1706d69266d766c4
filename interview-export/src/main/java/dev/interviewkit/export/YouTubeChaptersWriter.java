package dev.interviewkit.export;

import dev.interviewkit.export.internal.chapters.ChapterList;
import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes chapters as the lines a YouTube description holds: {@code 00:00 开场}, one a line, from the
 * sections of the transcript at their estimated times.
 *
 * <p>YouTube shows chapters only when the first starts at 0:00, there are at least three, and each
 * lasts at least ten seconds. The first chapter always starts at 0:00; when the interview cannot
 * satisfy the other rules, {@link #write} throws a {@link ChapterRulesException} saying why and
 * writes nothing: never a list YouTube would ignore. The list itself has no room to say that the
 * times are estimates; say it where you publish it.
 *
 * <p>Immutable and thread-safe.
 */
public final class YouTubeChaptersWriter implements InterviewWriter {

    /** YouTube's shortest chapter. */
    public static final Duration MINIMUM_CHAPTER_LENGTH = Duration.ofSeconds(10);
    /** YouTube's fewest chapters. */
    public static final int MINIMUM_CHAPTERS = 3;

    private final TimingModel timing;
    private final Optional<String> openingTitle;

    private YouTubeChaptersWriter(Builder builder) {
        this.timing = builder.timing;
        this.openingTitle = builder.openingTitle;
    }

    /** A builder with the standard timing model. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the chapter lines.
     *
     * @throws ChapterRulesException when the chapters would break YouTube's rules
     */
    @Override
    public void write(Interview interview, Appendable out) throws IOException {
        List<ChapterList.Chapter> chapters = ChapterList.of(interview, timing.estimate(interview),
                ChapterList.openingTitle(openingTitle, interview));
        List<String> problems = new ArrayList<>();
        if (chapters.size() < MINIMUM_CHAPTERS) {
            problems.add("YouTube needs at least " + MINIMUM_CHAPTERS + " chapters; the interview has "
                    + chapters.size() + " section" + (chapters.size() == 1 ? "" : "s") + " with turns.");
        }
        long minimum = MINIMUM_CHAPTER_LENGTH.toMillis();
        for (ChapterList.Chapter chapter : chapters) {
            if (chapter.length() < minimum) {
                problems.add("Chapter '" + chapter.title() + "' at " + Timecodes.youtube(chapter.start()) + " lasts "
                        + Timecodes.seconds(chapter.length()) + " s; YouTube needs at least 10 s.");
            }
        }
        if (!problems.isEmpty()) {
            throw new ChapterRulesException("YouTube", problems);
        }
        for (ChapterList.Chapter chapter : chapters) {
            out.append(Timecodes.youtube(chapter.start())).append(' ').append(chapter.title()).append('\n');
        }
    }

    /** Configures a {@link YouTubeChaptersWriter}. */
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
         * The title of the untitled opening section; by default {@code 开场} for a Chinese
         * interview and {@code Opening} otherwise.
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
        public YouTubeChaptersWriter build() {
            return new YouTubeChaptersWriter(this);
        }
    }
}
