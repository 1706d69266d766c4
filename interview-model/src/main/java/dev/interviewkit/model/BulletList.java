package dev.interviewkit.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** A bullet list, nesting kept. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class BulletList implements Block {

    BulletList() {}

    /** The top-level items. */
    public abstract List<ListItem> items();

    @Override
    public abstract Optional<LineRange> lines();

    /** The top-level items' texts, one a line. */
    @Override
    @Value.Lazy
    public String text() {
        return items().stream().map(ListItem::text).collect(Collectors.joining("\n"));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BulletList}. */
    public static final class Builder extends ImmutableBulletList.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.require(!items().isEmpty(), "a bullet list must have items");
    }
}
