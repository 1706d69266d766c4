package dev.interviewkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An item of a bullet list or a key point, with its nested items. */
@Value.Immutable
@ModelStyle
public abstract class ListItem {

    ListItem() {}

    /** The item's own inline content. */
    public abstract List<Inline> inlines();

    /** Items nested under this one. */
    public abstract List<ListItem> children();

    /** The lines of the item's own text (not of its children). */
    public abstract Optional<LineRange> lines();

    /** The item's plain text. */
    @Value.Lazy
    public String text() {
        return Inline.plainText(inlines());
    }

    /** An item of plain {@code text} without children. */
    public static ListItem of(String text) {
        return builder().addInline(Inline.text(text)).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListItem}. */
    public static final class Builder extends ImmutableListItem.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.require(!inlines().isEmpty() || !children().isEmpty(), "a list item must hold something");
    }
}
