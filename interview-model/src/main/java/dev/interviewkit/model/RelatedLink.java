package dev.interviewkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A link to a related article, such as the {@code 往期回顾} list. */
@Value.Immutable
@ModelStyle
public abstract class RelatedLink {

    RelatedLink() {}

    /** The linked article's title, cleaned of numbering and wrapping. */
    public abstract String title();

    /** Where it is. */
    public abstract String url();

    /** Where the link stands in the source. */
    public abstract Optional<LineRange> lines();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RelatedLink}. */
    public static final class Builder extends ImmutableRelatedLink.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.requireNotBlank(title(), "related link title");
        Checks.requireNotBlank(url(), "related link url");
    }
}
