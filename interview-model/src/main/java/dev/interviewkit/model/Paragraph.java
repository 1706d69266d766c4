package dev.interviewkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A paragraph: inline content whose plain text is derived. */
@Value.Immutable
@ModelStyle
public abstract non-sealed class Paragraph implements Block {

    Paragraph() {}

    /** The inline content, in order. */
    public abstract List<Inline> inlines();

    @Override
    public abstract Optional<LineRange> lines();

    /** The plain text: markup removed, wrapped lines joined, never a newline. */
    @Override
    @Value.Lazy
    public String text() {
        return Inline.plainText(inlines());
    }

    /** A paragraph of plain {@code text}. */
    public static Paragraph of(String text) {
        return builder().addInline(Inline.text(text)).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Paragraph}. */
    public static final class Builder extends ImmutableParagraph.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.require(!inlines().isEmpty(), "a paragraph must hold some content");
    }
}
