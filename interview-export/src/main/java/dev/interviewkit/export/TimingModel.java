package dev.interviewkit.export;

import dev.interviewkit.export.internal.text.SpokenText;
import dev.interviewkit.export.internal.text.TextAnalysis;
import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.model.internal.TextJoiner;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Estimates when each turn is spoken from how long its text takes to say, for subtitles and
 * chapters made before any audio alignment exists.
 *
 * <p>A turn takes its Chinese characters at {@link #cjkCharactersPerSecond()} (default 4.4 a
 * second, 224 ms a character: Lee &amp; Chan 2003; newscasters read 4.3), its Latin words at
 * {@link #latinWordsPerSecond()} (default 2.5, 150 words a minute), numbers as the words they are
 * read as ({@code 2003年} is four syllables, {@code 10,000} is {@code 一万}), a
 * {@link #sentencePause()} after each sentence inside it and a {@link #turnPause()} before the next
 * turn. Punctuation and emoji take no time.
 *
 * <p>Times the source gives ({@code Turn.start()}, {@code Turn.end()}, {@code Paragraph.start()} of
 * a turn's later paragraphs, such as {@code [04:22]} in a transcript; read as times from the start
 * of the interview) are kept as anchors: the estimates
 * between two anchors are scaled to fit them, and an anchor that would make time run backwards is
 * ignored and noted. After the last anchor the estimate runs on unscaled, or, with
 * {@link Builder#fitTo(Duration)}, is scaled so that the last turn ends at the known total. Every
 * time is then shifted by the origin: an explicit one, or the start offset of the source video
 * ({@code t=780s}).
 *
 * <pre>{@code
 * Timeline timeline = TimingModel.builder().originFromSourceMedia().build().estimate(interview);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TimingModel {

    /** Mandarin speech, characters a second. */
    public static final double DEFAULT_CJK_CHARACTERS_PER_SECOND = 4.4;
    /** English speech, words a second (150 a minute). */
    public static final double DEFAULT_LATIN_WORDS_PER_SECOND = 2.5;
    /** The pause after a sentence inside a turn. */
    public static final Duration DEFAULT_SENTENCE_PAUSE = Duration.ofMillis(250);
    /** The pause between two turns. */
    public static final Duration DEFAULT_TURN_PAUSE = Duration.ofMillis(600);

    private static final TimingModel STANDARD = builder().build();
    private static final double NANOS = 1e9;

    private final double cjkCharactersPerSecond;
    private final double latinWordsPerSecond;
    private final Duration sentencePause;
    private final Duration turnPause;
    private final Optional<Duration> origin;
    private final boolean originFromSourceMedia;
    private final Optional<Duration> totalDuration;
    /**
     * {@code n / rate} for every count of syllables or words a cue can hold, and the sentence pause
     * in seconds: the layout asks how long a span takes for nearly every cue it tries, and a load
     * costs less than two divisions. The same divisions made once, so the seconds are the same.
     */
    private final double[] cjkSeconds;
    private final double[] latinSeconds;
    private final double sentencePauseSeconds;

    private TimingModel(Builder builder) {
        this.cjkCharactersPerSecond = builder.cjkCharactersPerSecond;
        this.latinWordsPerSecond = builder.latinWordsPerSecond;
        this.sentencePause = builder.sentencePause;
        this.turnPause = builder.turnPause;
        this.origin = builder.origin;
        this.originFromSourceMedia = builder.originFromSourceMedia;
        this.totalDuration = builder.totalDuration;
        this.cjkSeconds = perUnitTable(cjkCharactersPerSecond);
        this.latinSeconds = perUnitTable(latinWordsPerSecond);
        this.sentencePauseSeconds = toSeconds(sentencePause);
    }

    /** The model with every default: no origin, no fitting. */
    public static TimingModel standard() {
        return STANDARD;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Chinese (and other CJK) characters said a second. */
    public double cjkCharactersPerSecond() {
        return cjkCharactersPerSecond;
    }

    /** Latin words said a second. */
    public double latinWordsPerSecond() {
        return latinWordsPerSecond;
    }

    /** The pause after each sentence inside a turn. */
    public Duration sentencePause() {
        return sentencePause;
    }

    /** The pause between turns. */
    public Duration turnPause() {
        return turnPause;
    }

    /** The explicit origin, if one was set. */
    public Optional<Duration> origin() {
        return origin;
    }

    /** Whether the origin is the start offset of the interview's source video or audio. */
    public boolean originFromSourceMedia() {
        return originFromSourceMedia;
    }

    /** The known total duration the estimate is fitted to, if one was set. */
    public Optional<Duration> totalDuration() {
        return totalDuration;
    }

    /** How long {@code text} takes to say, sentence pauses inside it included. */
    public Duration speakingTime(String text) {
        TextAnalysis analysis = TextAnalysis.of(SpokenText.of(text));
        return Duration.ofNanos(Math.round(seconds(analysis, 0, analysis.length()) * NANOS));
    }

    /** Seconds to say {@code [from, to)} of {@code analysis}. */
    double seconds(TextAnalysis analysis, int from, int to) {
        return perUnit(cjkSeconds, analysis.cjkUnits(from, to), cjkCharactersPerSecond)
                + perUnit(latinSeconds, analysis.latinWords(from, to), latinWordsPerSecond)
                + analysis.innerSentenceEnds(from, to) * sentencePauseSeconds;
    }

    /** The parameters in words, for the notes of the files that show times. */
    public String description() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s Chinese characters/s, %s Latin words/s, numbers read as words, %s s after a sentence, %s s between turns",
                plain(cjkCharactersPerSecond), plain(latinWordsPerSecond), Timecodes.seconds(sentencePause),
                Timecodes.seconds(turnPause)));
        totalDuration.ifPresent(total -> text.append(", fitted to a total of ").append(Timecodes.seconds(total)).append(" s"));
        return text.toString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** When each turn of {@code interview} is spoken. */
    public Timeline estimate(Interview interview) {
        Objects.requireNonNull(interview, "interview");
        List<String> notes = new ArrayList<>();
        List<Turn> turns = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        for (int s = 0; s < interview.sections().size(); s++) {
            for (Turn turn : interview.sections().get(s).turns()) {
                turns.add(turn);
                sectionOf.add(s);
            }
        }
        int n = turns.size();
        double[] estimatedStart = new double[n];
        double[] estimatedEnd = new double[n];
        double clock = 0;
        List<TextAnalysis> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextAnalysis analysis = TextAnalysis.of(SpokenText.of(turns.get(i).text()));
            texts.add(analysis);
            estimatedStart[i] = clock;
            estimatedEnd[i] = clock + seconds(analysis, 0, analysis.length());
            clock = estimatedEnd[i] + toSeconds(turnPause);
        }
        TimeMap map = new TimeMap();
        int anchors = 0;
        for (int i = 0; i < n; i++) {
            Turn turn = turns.get(i);
            if (turn.start().isPresent()) {
                anchors += map.anchor(estimatedStart[i], toSeconds(turn.start().get()), "start", i, notes) ? 1 : 0;
            }
            for (int p = 1; p < turn.paragraphs().size(); p++) {
                Optional<Duration> paragraphStart = turn.paragraphs().get(p).start();
                if (paragraphStart.isPresent()) {
                    double estimated = estimatedStart[i] + secondsBefore(turn, p);
                    anchors += map.anchor(estimated, toSeconds(paragraphStart.get()), "paragraph " + (p + 1) + " start", i,
                            notes) ? 1 : 0;
                }
            }
            if (turn.end().isPresent()) {
                anchors += map.anchor(estimatedEnd[i], toSeconds(turn.end().get()), "end", i, notes) ? 1 : 0;
            }
        }
        if (totalDuration.isPresent() && n > 0) {
            map.fit(estimatedEnd[n - 1], toSeconds(totalDuration.get()), notes);
        }
        Duration shift = originOf(interview);
        List<TimedTurn> timed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Duration start = shift.plus(toDuration(map.real(estimatedStart[i])));
            Duration end = shift.plus(toDuration(map.real(estimatedEnd[i])));
            timed.add(new TimedTurn(sectionOf.get(i), i, turns.get(i), start, end.compareTo(start) < 0 ? start : end));
        }
        return new Timeline(this, shift, timed, sectionStarts(interview.sections(), timed), notes, anchors, texts);
    }

    /**
     * Seconds from the start of {@code turn} to the start of its paragraph {@code p}, counted as
     * the estimate of the whole turn counts them: the paragraphs up to {@code p} less {@code p}
     * itself, so that the pause after a sentence that ends the paragraph before is in.
     */
    private double secondsBefore(Turn turn, int p) {
        TextJoiner through = new TextJoiner();
        for (Paragraph paragraph : turn.paragraphs().subList(0, p + 1)) {
            through.breakLine().append(paragraph.text());
        }
        return secondsOf(through.toString()) - secondsOf(turn.paragraphs().get(p).text());
    }

    private double secondsOf(String text) {
        TextAnalysis analysis = TextAnalysis.of(SpokenText.of(text));
        return seconds(analysis, 0, analysis.length());
    }

    private Duration originOf(Interview interview) {
        if (origin.isPresent()) {
            return origin.get();
        }
        if (originFromSourceMedia) {
            for (MediaReference media : interview.media()) {
                if (media.kind() != MediaKind.IMAGE && media.startOffset().isPresent()) {
                    return media.startOffset().get();
                }
            }
        }
        return Duration.ZERO;
    }

    private static List<Optional<Duration>> sectionStarts(List<Section> sections, List<TimedTurn> turns) {
        List<Optional<Duration>> starts = new ArrayList<>(sections.size());
        int next = 0;
        for (int s = 0; s < sections.size(); s++) {
            while (next < turns.size() && turns.get(next).section() < s) {
                next++;
            }
            starts.add(next < turns.size() ? Optional.of(turns.get(next).start()) : Optional.empty());
        }
        return starts;
    }

    /** Counts up to this many are looked up; longer spans (whole turns) are divided. */
    private static final int TABULATED_UNITS = 256;

    private static double[] perUnitTable(double rate) {
        double[] seconds = new double[TABULATED_UNITS];
        for (int n = 0; n < seconds.length; n++) {
            seconds[n] = n / rate;
        }
        return seconds;
    }

    private static double perUnit(double[] table, int units, double rate) {
        return units >= 0 && units < table.length ? table[units] : units / rate;
    }

    private static double toSeconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / NANOS;
    }

    private static Duration toDuration(double seconds) {
        return Duration.ofNanos(Math.max(0, Math.round(seconds * NANOS)));
    }

    /** A piecewise linear map from estimated to real time through the accepted anchors. */
    private static final class TimeMap {
        private final List<double[]> points = new ArrayList<>(List.of(new double[] {0, 0}));
        private boolean originAnchored;

        boolean anchor(double estimated, double real, String what, int turn, List<String> notes) {
            double[] last = points.get(points.size() - 1);
            if (estimated == 0 && !originAnchored && points.size() == 1) {
                points.set(0, new double[] {0, real});
                originAnchored = true;
                return true;
            }
            if (estimated > last[0] && real > last[1]) {
                points.add(new double[] {estimated, real});
                return true;
            }
            notes.add(String.format(Locale.ROOT, "The %s time given for turn %d (%s s) does not come after the times before it and is ignored.",
                    what, turn + 1, Timecodes.seconds(toDuration(real))));
            return false;
        }

        void fit(double estimatedEnd, double total, List<String> notes) {
            double[] last = points.get(points.size() - 1);
            if (estimatedEnd > last[0] && total > last[1]) {
                points.add(new double[] {estimatedEnd, total});
            } else {
                notes.add(String.format(Locale.ROOT, "The total of %s s could not be fitted: the times the source gives reach past it.",
                        Timecodes.seconds(toDuration(total))));
            }
        }

        double real(double estimated) {
            for (int k = 1; k < points.size(); k++) {
                double[] a = points.get(k - 1);
                double[] b = points.get(k);
                if (estimated <= b[0]) {
                    return a[1] + (estimated - a[0]) * (b[1] - a[1]) / (b[0] - a[0]);
                }
            }
            double[] last = points.get(points.size() - 1);
            return last[1] + (estimated - last[0]);
        }
    }

    /** Configures a {@link TimingModel}; every value is checked when it is set. */
    public static final class Builder {
        private double cjkCharactersPerSecond = DEFAULT_CJK_CHARACTERS_PER_SECOND;
        private double latinWordsPerSecond = DEFAULT_LATIN_WORDS_PER_SECOND;
        private Duration sentencePause = DEFAULT_SENTENCE_PAUSE;
        private Duration turnPause = DEFAULT_TURN_PAUSE;
        private Optional<Duration> origin = Optional.empty();
        private boolean originFromSourceMedia;
        private Optional<Duration> totalDuration = Optional.empty();

        private Builder() {}

        /**
         * Chinese characters said a second.
         *
         * @throws IllegalArgumentException unless {@code rate} is positive and finite
         */
        public Builder cjkCharactersPerSecond(double rate) {
            this.cjkCharactersPerSecond = positive(rate, "cjkCharactersPerSecond");
            return this;
        }

        /**
         * Latin words said a second.
         *
         * @throws IllegalArgumentException unless {@code rate} is positive and finite
         */
        public Builder latinWordsPerSecond(double rate) {
            this.latinWordsPerSecond = positive(rate, "latinWordsPerSecond");
            return this;
        }

        /**
         * The pause after each sentence inside a turn.
         *
         * @throws IllegalArgumentException when {@code pause} is negative
         */
        public Builder sentencePause(Duration pause) {
            this.sentencePause = notNegative(pause, "sentencePause");
            return this;
        }

        /**
         * The pause between two turns.
         *
         * @throws IllegalArgumentException when {@code pause} is negative
         */
        public Builder turnPause(Duration pause) {
            this.turnPause = notNegative(pause, "turnPause");
            return this;
        }

        /**
         * Where the interview starts in the media; every time is shifted by it. Replaces
         * {@link #originFromSourceMedia()}.
         *
         * @throws IllegalArgumentException when {@code origin} is negative
         */
        public Builder origin(Duration origin) {
            this.origin = Optional.of(notNegative(origin, "origin"));
            this.originFromSourceMedia = false;
            return this;
        }

        /**
         * Takes the origin from the interview's source video or audio ({@code t=780s} in its
         * address); no origin when it has none. Replaces {@link #origin(Duration)}.
         */
        public Builder originFromSourceMedia() {
            this.originFromSourceMedia = true;
            this.origin = Optional.empty();
            return this;
        }

        /**
         * The known length of the interview, from its first word to its last: the estimate after the
         * last anchor is scaled so that the last turn ends there.
         *
         * @throws IllegalArgumentException unless {@code total} is positive
         */
        public Builder fitTo(Duration total) {
            Objects.requireNonNull(total, "total");
            if (total.isZero() || total.isNegative()) {
                throw new IllegalArgumentException("fitTo must be positive, was " + total);
            }
            this.totalDuration = Optional.of(total);
            return this;
        }

        /** The model. */
        public TimingModel build() {
            return new TimingModel(this);
        }

        private static double positive(double value, String what) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(what + " must be positive and finite, was " + value);
            }
            return value;
        }

        private static Duration notNegative(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative, was " + value);
            }
            return value;
        }
    }
}
