package dev.interviewkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A statement of where the material comes from or who made it ({@code 素材来源官方媒体/网络新闻}). */
@Value.Immutable
@ModelStyle
public abstract class Credit {

    Credit() {}

    /** The credit's text. */
    public abstract String text();

    /** Where the credit stands in the source. */
    public abstract Optional<LineRange> lines();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Credit}. */
    public static final class Builder extends ImmutableCredit.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.requireNotBlank(text(), "credit text");
    }
}
