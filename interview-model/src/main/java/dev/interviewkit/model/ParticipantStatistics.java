package dev.interviewkit.model;

import org.immutables.value.Value;

/** How much one participant says. */
@Value.Immutable
@ModelStyle
public abstract class ParticipantStatistics {

    ParticipantStatistics() {}

    /** The participant's id. */
    public abstract String participantId();

    /** How many turns they take. */
    public abstract int turns();

    /** How many characters they say, white space excluded. */
    public abstract int characters();

    /** How many words they say: each Han ideograph counts as one word, as does each run of letters or digits. */
    public abstract int words();

    /** Their share of all words said, from 0 to 1. */
    public abstract double share();

    static Builder builder() {
        return new Builder();
    }

    static final class Builder extends ImmutableParticipantStatistics.Builder {
        Builder() {}
    }
}
