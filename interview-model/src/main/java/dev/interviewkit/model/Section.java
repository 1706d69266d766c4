package dev.interviewkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A part of the transcript under one topic heading; the opening section may have no title. */
@Value.Immutable
@ModelStyle
public abstract class Section {

    Section() {}

    /** The topic heading's text, such as {@code 高中生活}; absent for an untitled section. */
    public abstract Optional<String> title();

    /** A line the article sets under the title, such as a pull quote ({@code “做最重要、最困难的事”}). */
    public abstract Optional<String> subtitle();

    /** The turns, in order. */
    public abstract List<Turn> turns();

    /** From the heading (or first turn) to the last turn. */
    public abstract Optional<LineRange> lines();

    /** Where the title stands in the source (two lines for a setext heading); absent without a title. */
    public abstract Optional<LineRange> titleLines();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Section}. */
    public static final class Builder extends ImmutableSection.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        title().ifPresent(t -> Checks.requireNotBlank(t, "section title"));
        Checks.require(title().isPresent() || titleLines().isEmpty() && subtitle().isEmpty(),
                "an untitled section has no title lines and no subtitle");
        subtitle().ifPresent(t -> Checks.requireNotBlank(t, "section subtitle"));
    }
}
