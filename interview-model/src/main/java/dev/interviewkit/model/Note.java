package dev.interviewkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An editor's note such as {@code （注：因本次采访为广播节目，不包含视频画面）}; the content is the
 * note's words, without the brackets and the {@code 注：} marker.
 */
@Value.Immutable
@ModelStyle
public abstract non-sealed class Note implements Block {

    Note() {}

    /** The note's inline content. */
    public abstract List<Inline> inlines();

    @Override
    public abstract Optional<LineRange> lines();

    @Override
    @Value.Lazy
    public String text() {
        return Inline.plainText(inlines());
    }

    /** A note of plain {@code text}. */
    public static Note of(String text) {
        return builder().addInline(Inline.text(text)).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Note}. */
    public static final class Builder extends ImmutableNote.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.require(!text().isBlank(), "a note must have text");
    }
}
