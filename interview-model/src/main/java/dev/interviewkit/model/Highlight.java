package dev.interviewkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A titled group of key points from the article's summary ({@code 专访主要内容}). */
@Value.Immutable
@ModelStyle
public abstract class Highlight {

    Highlight() {}

    /** The group's title, such as {@code 谨慎对待AI炒作}; absent for an untitled list. */
    public abstract Optional<String> title();

    /** The key points, nesting kept. */
    public abstract List<ListItem> points();

    /** The lines of the title; absent for an untitled group, whose points carry their own lines. */
    public abstract Optional<LineRange> lines();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Highlight}. */
    public static final class Builder extends ImmutableHighlight.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        title().ifPresent(t -> Checks.requireNotBlank(t, "highlight title"));
        Checks.require(title().isPresent() || !points().isEmpty(), "a highlight needs a title or points");
    }
}
