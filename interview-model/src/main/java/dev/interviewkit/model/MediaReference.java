package dev.interviewkit.model;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an image, video or audio that is not inline in a paragraph, such as the source
 * video {@code https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s}.
 */
@Value.Immutable
@ModelStyle
public abstract class MediaReference {

    MediaReference() {}

    /** Image, video or audio. */
    public abstract MediaKind kind();

    /** Where the media is. */
    public abstract String url();

    /** How the source describes it ({@code 原视频链接}), when it does. */
    public abstract Optional<String> title();

    /** Where in the media the interview starts, from {@code t=780s} and the like. */
    public abstract Optional<Duration> startOffset();

    /** Where the reference stands in the source. */
    public abstract Optional<LineRange> lines();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MediaReference}. */
    public static final class Builder extends ImmutableMediaReference.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.requireNotBlank(url(), "media url");
        startOffset().ifPresent(o -> Checks.require(!o.isNegative(), "media start offset %s is negative", o));
    }
}
