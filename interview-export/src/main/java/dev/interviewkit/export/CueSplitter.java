package dev.interviewkit.export;

import dev.interviewkit.export.internal.cues.CueLayout;
import dev.interviewkit.export.internal.cues.CueTimes;
import dev.interviewkit.export.internal.text.InstalledWordSegmenter;
import dev.interviewkit.export.internal.text.SegmentedWords;
import dev.interviewkit.export.internal.text.SpokenText;
import dev.interviewkit.export.internal.text.TextAnalysis;
import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.export.internal.text.WordBoundaries;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Participant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts the turns of a timed interview into subtitle cues, the way subtitlers do (docs/DESIGN.md,
 * "Timelines without audio"; Netflix's timed-text guides):
 * <ul>
 *   <li>at the end of a sentence first ({@code 。！？}; closing quotes stay with their sentence;
 *       {@code ……}, decimals and abbreviations end nothing), then at {@code ；：}, then at
 *       {@code ，、}, then between words, and never inside a Latin word or a number unless the word
 *       alone is wider than a line;
 *   <li>at most {@link Builder#maxLines(int) two lines}, Chinese lines at most
 *       {@link Builder#chineseLineWidth(double) 16} characters wide with half-width characters
 *       counting one half, Latin lines at most {@link Builder#latinLineLength(int) 42} characters;
 *   <li>each cue shown between {@link Builder#minimumDuration(Duration) 5/6 s} and
 *       {@link Builder#maximumDuration(Duration) 7 s}, the turn's time shared in proportion to how
 *       long each cue takes to say (a turn the source's times squeeze below the minimum keeps its
 *       times: the recording wins);
 *   <li>at least {@link Builder#minimumGapFrames(int) two frames} at the
 *       {@link Builder#frameRate(double) frame rate} (24 by default: 84 ms) between one cue's end and
 *       the next one's start, so that a reader sees the text change;
 *   <li>no cue holds words of two turns, so none spans two speakers.
 * </ul>
 *
 * <p>Which Chinese words a line should not cut comes from a {@link WordSegmenter}: the one
 * {@link Builder#words(WordSegmenter) set}, or else the one installed (the {@code interview-icu}
 * module's, found with {@link java.util.ServiceLoader}), or else a built-in list of everyday words.
 *
 * <p>With {@link Builder#speakerLabels(boolean) speaker labels} (the default) the first cue of a new
 * speaker keeps room for {@code Name：} on its first line, as SRT shows it.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueSplitter {

    /** The shortest cue by default: 5/6 of a second (20 frames at 24 frames a second). */
    public static final Duration DEFAULT_MINIMUM_DURATION = Duration.ofNanos(833_333_334);
    /** The longest cue by default. */
    public static final Duration DEFAULT_MAXIMUM_DURATION = Duration.ofSeconds(7);
    /** The frame rate gaps are counted in by default. */
    public static final double DEFAULT_FRAME_RATE = 24;
    /** Frames between two cues by default (Netflix: at least two, so that a reader sees the change). */
    public static final int DEFAULT_MINIMUM_GAP_FRAMES = 2;

    private static final CueSplitter STANDARD = builder().build();

    private final double chineseLineWidth;
    private final int latinLineLength;
    private final int maxLines;
    private final Duration minimumDuration;
    private final Duration maximumDuration;
    private final boolean speakerLabels;
    private final double frameRate;
    private final int minimumGapFrames;
    private final Optional<WordSegmenter> words;
    private final WordBoundaries wordBoundaries;

    private CueSplitter(Builder builder) {
        this.chineseLineWidth = builder.chineseLineWidth;
        this.latinLineLength = builder.latinLineLength;
        this.maxLines = builder.maxLines;
        this.minimumDuration = builder.minimumDuration;
        this.maximumDuration = builder.maximumDuration;
        this.speakerLabels = builder.speakerLabels;
        this.frameRate = builder.frameRate;
        this.minimumGapFrames = builder.minimumGapFrames;
        this.words = builder.words;
        this.wordBoundaries = words.<WordBoundaries>map(SegmentedWords::new).orElse(null);
    }

    /** The splitter with every default. */
    public static CueSplitter standard() {
        return STANDARD;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The widest Chinese line, in full-width characters. */
    public double chineseLineWidth() {
        return chineseLineWidth;
    }

    /** The longest Latin line, in characters. */
    public int latinLineLength() {
        return latinLineLength;
    }

    /** The most lines a cue has. */
    public int maxLines() {
        return maxLines;
    }

    /** The shortest time a cue is shown, when the timeline leaves room for it. */
    public Duration minimumDuration() {
        return minimumDuration;
    }

    /** The longest time a cue is shown. */
    public Duration maximumDuration() {
        return maximumDuration;
    }

    /** Whether the first cue of a new speaker keeps room for {@code Name：}. */
    public boolean speakerLabels() {
        return speakerLabels;
    }

    /** The frame rate of the video the subtitles go with, in frames a second. */
    public double frameRate() {
        return frameRate;
    }

    /** The fewest frames between the end of one cue and the start of the next. */
    public int minimumGapFrames() {
        return minimumGapFrames;
    }

    /** The segmenter that finds the words a line should not cut; empty when the built-in word list does. */
    public Optional<WordSegmenter> words() {
        return words;
    }

    /** The least time between two cues: {@link #minimumGapFrames()} at the {@link #frameRate()}, in whole milliseconds up. */
    public Duration minimumGap() {
        return Duration.ofMillis((long) Math.ceil(minimumGapFrames * 1000.0 / frameRate - 1e-9));
    }

    /**
     * The cues of {@code interview} on {@code timeline}, in order.
     *
     * @throws IllegalArgumentException when {@code timeline} was not estimated for {@code interview}
     */
    public List<Cue> split(Interview interview, Timeline timeline) {
        Objects.requireNonNull(interview, "interview");
        if (timeline.turns().size() != interview.turns().size()) {
            throw new IllegalArgumentException("the timeline has " + timeline.turns().size()
                    + " turns, the interview " + interview.turns().size());
        }
        TimingModel model = timeline.model();
        long minMillis = (minimumDuration.toNanos() + 999_999) / 1_000_000;
        long maxMillis = maximumDuration.toMillis();
        long gapMillis = minimumGap().toMillis();
        CueLayout.Limits limits = new CueLayout.Limits((int) Math.round(chineseLineWidth * 2), latinLineLength, maxLines,
                minimumDuration.toNanos() / 1e9, maximumDuration.toNanos() / 1e9);
        List<Cue> cues = new ArrayList<>();
        List<TimedTurn> turns = timeline.turns();
        String previousSpeaker = null;
        long floor = 0;
        for (int t = 0; t < turns.size(); t++) {
            TimedTurn timed = turns.get(t);
            String speaker = timed.turn().speaker();
            String shown = SpokenText.of(interview.participant(speaker).map(Participant::name).orElse(speaker));
            String name = shown.isEmpty() ? speaker : shown;
            // The timeline's analysis has the built-in words; a segmenter's only change the breaks.
            TextAnalysis text = wordBoundaries == null ? timeline.text(t) : timeline.text(t).withWords(wordBoundaries);
            boolean change = !speaker.equals(previousSpeaker);
            previousSpeaker = speaker;
            if (text.length() == 0) {
                continue;
            }
            String labelText = name + (text.hasWide(0, text.length()) ? "：" : ": ");
            CueLayout.Label label = change && speakerLabels ? new CueLayout.Label(TextAnalysis.of(labelText)) : null;
            List<CueLayout.Piece> pieces = CueLayout.layout(text, limits, model::seconds, label);
            double[] weights = new double[pieces.size()];
            for (int k = 0; k < pieces.size(); k++) {
                weights[k] = model.seconds(text, pieces.get(k).from(), pieces.get(k).to());
            }
            // A short turn's last cue may run into the pause after it, and past an estimated next
            // start (whose cues then follow it), but never past a start the source gives.
            boolean nextAnchored = t + 1 < turns.size() && turns.get(t + 1).turn().start().isPresent();
            long limit = nextAnchored ? Timecodes.millis(turns.get(t + 1).start()) : Long.MAX_VALUE / 4;
            long[][] times = CueTimes.of(weights, Timecodes.millis(timed.start()), Timecodes.millis(timed.end()), floor,
                    limit, minMillis, maxMillis, gapMillis);
            for (int k = 0; k < pieces.size(); k++) {
                CueLayout.Piece piece = pieces.get(k);
                List<String> lines = new ArrayList<>();
                for (int[] line : piece.lines()) {
                    lines.add(text.text().substring(line[0], line[1]));
                }
                boolean labelled = piece.labelled();
                cues.add(new Cue(cues.size() + 1, speaker, name, change && k == 0,
                        labelled ? Optional.of(labelText.strip()) : Optional.empty(), labelled && piece.labelOnOwnLine(),
                        text.text().substring(piece.from(), piece.to()), lines, Duration.ofMillis(times[k][0]),
                        Duration.ofMillis(times[k][1])));
            }
            floor = times[pieces.size() - 1][1] + gapMillis;
        }
        return List.copyOf(cues);
    }

    /** Configures a {@link CueSplitter}; every value is checked when it is set. */
    public static final class Builder {
        private double chineseLineWidth = 16;
        private int latinLineLength = 42;
        private int maxLines = 2;
        private Duration minimumDuration = DEFAULT_MINIMUM_DURATION;
        private Duration maximumDuration = DEFAULT_MAXIMUM_DURATION;
        private boolean speakerLabels = true;
        private double frameRate = DEFAULT_FRAME_RATE;
        private int minimumGapFrames = DEFAULT_MINIMUM_GAP_FRAMES;
        private Optional<WordSegmenter> words = InstalledWordSegmenter.find();

        private Builder() {}

        /**
         * The widest Chinese line in full-width characters (half-width ones count 0.5); default 16.
         *
         * @throws IllegalArgumentException unless {@code width} is at least 2 and a multiple of 0.5
         */
        public Builder chineseLineWidth(double width) {
            if (!(width >= 2) || width > 1000 || width * 2 != Math.rint(width * 2)) {
                throw new IllegalArgumentException("chineseLineWidth must be a multiple of 0.5 from 2 to 1000, was " + width);
            }
            this.chineseLineWidth = width;
            return this;
        }

        /**
         * The longest Latin line in characters; default 42.
         *
         * @throws IllegalArgumentException unless {@code length} is from 4 to 1000
         */
        public Builder latinLineLength(int length) {
            if (length < 4 || length > 1000) {
                throw new IllegalArgumentException("latinLineLength must be from 4 to 1000, was " + length);
            }
            this.latinLineLength = length;
            return this;
        }

        /**
         * The most lines in a cue: 1 or 2; default 2.
         *
         * @throws IllegalArgumentException for any other number
         */
        public Builder maxLines(int lines) {
            if (lines < 1 || lines > 2) {
                throw new IllegalArgumentException("maxLines must be 1 or 2, was " + lines);
            }
            this.maxLines = lines;
            return this;
        }

        /**
         * The shortest time a cue is shown; default 5/6 s.
         *
         * @throws IllegalArgumentException unless it is positive and below the maximum duration
         */
        public Builder minimumDuration(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero() || duration.compareTo(maximumDuration) >= 0) {
                throw new IllegalArgumentException("minimumDuration must be positive and below the maximum "
                        + maximumDuration + ", was " + duration);
            }
            this.minimumDuration = duration;
            return this;
        }

        /**
         * The longest time a cue is shown; default 7 s.
         *
         * @throws IllegalArgumentException unless it is above the minimum duration and at most an hour
         */
        public Builder maximumDuration(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.compareTo(minimumDuration) <= 0 || duration.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("maximumDuration must be above the minimum " + minimumDuration
                        + " and at most an hour, was " + duration);
            }
            this.maximumDuration = duration;
            return this;
        }

        /** Whether the first cue of a new speaker keeps room for {@code Name：}; default true. */
        public Builder speakerLabels(boolean labels) {
            this.speakerLabels = labels;
            return this;
        }

        /**
         * The frame rate of the video, in which {@link #minimumGapFrames(int) gaps} are counted;
         * default 24.
         *
         * @throws IllegalArgumentException unless {@code rate} is from 1 to 1000
         */
        public Builder frameRate(double rate) {
            if (!(rate >= 1 && rate <= 1000)) {
                throw new IllegalArgumentException("frameRate must be from 1 to 1000, was " + rate);
            }
            this.frameRate = rate;
            return this;
        }

        /**
         * The fewest frames between the end of one cue and the start of the next; default 2, 0 for
         * cues back to back.
         *
         * @throws IllegalArgumentException unless {@code frames} is from 0 to 100
         */
        public Builder minimumGapFrames(int frames) {
            if (frames < 0 || frames > 100) {
                throw new IllegalArgumentException("minimumGapFrames must be from 0 to 100, was " + frames);
            }
            this.minimumGapFrames = frames;
            return this;
        }

        /**
         * The segmenter that finds the words a line should not cut; by default the installed one
         * (see {@link WordSegmenter}), if any.
         */
        public Builder words(WordSegmenter segmenter) {
            this.words = Optional.of(Objects.requireNonNull(segmenter, "segmenter"));
            return this;
        }

        /** Uses the built-in list of everyday words even when a segmenter is installed. */
        public Builder commonWords() {
            this.words = Optional.empty();
            return this;
        }

        /** The splitter. */
        public CueSplitter build() {
            return new CueSplitter(this);
        }
    }
}
