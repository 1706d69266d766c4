package dev.interviewkit.export;

import dev.interviewkit.export.internal.text.TextAnalysis;
import dev.interviewkit.export.internal.cues.Timecodes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When each turn of an interview is spoken, as {@link TimingModel#estimate} works it out: the
 * value the subtitle, chapter and podcast writers share. Times are estimates unless every turn
 * carried its own; {@link #description()} says how they were made.
 */
public final class Timeline {

    private final TimingModel model;
    private final Duration origin;
    private final List<TimedTurn> turns;
    private final List<Optional<Duration>> sectionStarts;
    private final List<String> notes;
    private final int anchors;
    /** The analysed spoken text of each turn, made for the estimate and kept for the cue layout. */
    private final List<TextAnalysis> texts;

    Timeline(TimingModel model, Duration origin, List<TimedTurn> turns, List<Optional<Duration>> sectionStarts,
            List<String> notes, int anchors, List<TextAnalysis> texts) {
        this.model = model;
        this.origin = origin;
        this.turns = List.copyOf(turns);
        this.sectionStarts = List.copyOf(sectionStarts);
        this.notes = List.copyOf(notes);
        this.anchors = anchors;
        this.texts = List.copyOf(texts);
    }

    /** The analysed spoken text of turn {@code index}. */
    TextAnalysis text(int index) {
        return texts.get(index);
    }

    /** The model that made this timeline. */
    public TimingModel model() {
        return model;
    }

    /** Every turn with its times, in the order of {@code Interview.turns()}. */
    public List<TimedTurn> turns() {
        return turns;
    }

    /** Where the interview starts in the media (0 unless an origin was set). */
    public Duration origin() {
        return origin;
    }

    /** When the last turn ends; the origin when there are no turns. */
    public Duration end() {
        return turns.isEmpty() ? origin : turns.get(turns.size() - 1).end();
    }

    /**
     * When section {@code index} starts: at its first turn, or, for a section without turns, where
     * the next turn starts. Empty for a section after the last turn.
     *
     * @throws IndexOutOfBoundsException when there is no such section
     */
    public Optional<Duration> sectionStart(int index) {
        return sectionStarts.get(index);
    }

    /** How many turn times from the source (such as {@code [04:22]}) the timeline keeps as anchors. */
    public int anchors() {
        return anchors;
    }

    /** What the model had to decide on its own: anchors it ignored, a duration it could not fit. */
    public List<String> notes() {
        return notes;
    }

    /**
     * How the times were made, in one paragraph a reader of a subtitle or chapter file can check:
     * that they are estimates, the reading speeds, the pauses, the origin and the anchors.
     */
    public String description() {
        StringBuilder text = new StringBuilder();
        text.append(anchors == 0 ? "Times are estimates from reading speed, not from the audio: "
                : "Times are estimates from reading speed, scaled between " + anchors
                        + " times the source gives: ");
        text.append(model.description());
        if (!origin.isZero()) {
            text.append("; the interview starts at ").append(Timecodes.seconds(origin)).append(" s in the media");
        }
        text.append('.');
        for (String note : notes) {
            text.append(' ').append(note);
        }
        return text.toString();
    }
}
