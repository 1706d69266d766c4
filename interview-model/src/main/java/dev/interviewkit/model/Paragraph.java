package dev.interviewkit.model;

import java.time.Duration;
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

    /**
     * When the paragraph starts being spoken, where the source says so: a transcript's
     * {@code [08:23]} before a later paragraph of a turn. (A time before a turn's first paragraph is
     * the turn's {@link Turn#start()}.)
     */
    public abstract Optional<Duration> start();

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
        start().ifPresent(s -> Checks.require(!s.isNegative(), "paragraph start %s is negative", s));
    }
}
