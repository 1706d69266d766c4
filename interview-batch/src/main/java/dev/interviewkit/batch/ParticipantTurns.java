package dev.interviewkit.batch;

import dev.interviewkit.model.Role;
import java.util.Objects;

/**
 * A participant of a converted interview and how many turns they took.
 *
 * @param id the participant's id in the model
 * @param name the participant's name
 * @param role the participant's role
 * @param turns the turns they took
 */
public record ParticipantTurns(String id, String name, Role role, int turns) {

    /** Checks that every value is there and the count is not negative. */
    public ParticipantTurns {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (turns < 0) {
            throw new IllegalArgumentException("turns cannot be negative, was " + turns);
        }
    }
}
