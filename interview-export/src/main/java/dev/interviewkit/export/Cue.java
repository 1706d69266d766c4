package dev.interviewkit.export;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One subtitle: a piece of one turn, on one or two lines, shown from {@code start} to {@code end}.
 *
 * @param index the cue's number, from 1
 * @param speaker the id of the participant who says it
 * @param speakerName the name to show for the speaker
 * @param speakerChange whether the speaker differs from the previous cue's
 * @param label the speaker label a subtitle shows before the first line ({@code Sam Altman：}), present
 *     at a change of speaker when the splitter reserves room for it
 * @param labelOnOwnLine whether the label is too wide to share a line and stands on a line of its own
 * @param text the words, exactly as the turn says them (white space collapsed)
 * @param lines {@code text} laid out in lines; joined with one space where the text has one, they give {@code text}
 * @param start when the cue appears
 * @param end when it disappears; after {@code start}
 */
public record Cue(int index, String speaker, String speakerName, boolean speakerChange, Optional<String> label,
        boolean labelOnOwnLine, String text, List<String> lines, Duration start, Duration end) {

    /** A cue; see the record's description for the rules. */
    public Cue {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        lines = List.copyOf(lines);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("cue " + index + " ends at " + end + ", not after its start " + start);
        }
    }
}
