package dev.interviewkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person (or a voice such as a media outlet) who speaks in the interview.
 *
 * <p>One participant gathers every label the document uses for the same speaker: {@code 嘉宾Sam Altman}
 * and {@code Sam Altman} are aliases of one participant.
 */
@Value.Immutable
@ModelStyle
public abstract class Participant {

    Participant() {}

    /** A stable identifier, unique in the interview, that turns refer to; no white space. */
    public abstract String id();

    /** The name to show for this participant. */
    public abstract String name();

    /** The part this participant plays. */
    @Value.Default
    public Role role() {
        return Role.UNKNOWN;
    }

    /** Every label form seen for this participant in the source, in order of first appearance. */
    public abstract List<String> aliases();

    /** The organisation the participant speaks for, when the document says. */
    public abstract Optional<String> affiliation();

    /** Why the role was chosen, one reason a line, so that a user can check it. */
    public abstract List<String> roleEvidence();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Participant}. */
    public static final class Builder extends ImmutableParticipant.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.requireNotBlank(id(), "participant id");
        Checks.require(!containsWhiteSpace(id()), "participant id '%s' must not contain white space", id());
        if (name().isBlank()) { // the message names the participant, so it is built only on failure
            Checks.require(false, "name of participant '%s' must not be blank", id());
        }
    }

    /** Whether {@code text} holds a {@link Character#isWhitespace white space} code point; a loop, not a stream. */
    private static boolean containsWhiteSpace(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
