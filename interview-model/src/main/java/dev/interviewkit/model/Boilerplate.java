package dev.interviewkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A block that is not part of the interview, kept with its kind so that no input is silently lost. */
@Value.Immutable
@ModelStyle
public abstract class Boilerplate {

    Boilerplate() {}

    /** Why this is boilerplate. */
    public abstract BoilerplateKind kind();

    /** The block's text as the source has it, without its line breaks' markup; may be empty for debris. */
    public abstract String text();

    /** Where the block stands in the source. */
    public abstract Optional<LineRange> lines();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Boilerplate}. */
    public static final class Builder extends ImmutableBoilerplate.Builder {
        Builder() {}
    }
}
