package dev.interviewkit.export;

import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.util.Objects;

/**
 * One turn placed on a {@link Timeline}: when its speaker starts and stops speaking.
 *
 * @param section the index of the turn's section in {@code Interview.sections()}
 * @param index the index of the turn in {@code Interview.turns()}
 * @param turn the turn
 * @param start when the turn starts, from the start of the media
 * @param end when the turn's last word ends; never before {@code start}
 */
public record TimedTurn(int section, int index, Turn turn, Duration start, Duration end) {

    /** A timed turn; {@code end} must not be before {@code start}. */
    public TimedTurn {
        Objects.requireNonNull(turn, "turn");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("turn " + index + " ends at " + end + " before it starts at " + start);
        }
    }
}
