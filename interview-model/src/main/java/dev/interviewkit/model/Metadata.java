package dev.interviewkit.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** What the article says about itself: title, author, time and place, links, and every header field. */
@Value.Immutable
@ModelStyle
public abstract class Metadata {

    Metadata() {}

    /** The article's title; absent when the document has none (never invented). */
    public abstract Optional<String> title();

    /** The author or publishing account. */
    public abstract Optional<String> author();

    /** When it was published, with its offset (WeChat times are Beijing time, +08:00). */
    public abstract Optional<OffsetDateTime> publishedAt();

    /** Where it was published from ({@code 发布地}); absent when unknown ({@code 未知地区}). */
    public abstract Optional<String> location();

    /** The article's original address. */
    public abstract Optional<String> sourceUrl();

    /** The cover image's address. */
    public abstract Optional<String> coverImageUrl();

    /** The length the article claims, in characters ({@code 全文约10,000 字}). */
    public abstract OptionalInt claimedCharacters();

    /** The reading time the article claims, in minutes ({@code 阅读约需25分钟}). */
    public abstract OptionalInt claimedReadingMinutes();

    /** Every header field in source order, interpreted ones included, as written. */
    public abstract List<HeaderField> fields();

    /** The source lines the metadata was read from (title, header, length claim). */
    public abstract List<LineRange> lines();

    /** The value of the first header field named {@code key}. */
    public final Optional<String> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).map(HeaderField::value).findFirst();
    }

    /** Metadata with nothing in it. */
    public static Metadata empty() {
        return builder().build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Metadata}. */
    public static final class Builder extends ImmutableMetadata.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        title().ifPresent(t -> Checks.requireNotBlank(t, "title"));
        claimedCharacters().ifPresent(n -> Checks.require(n >= 0, "claimed length %d is negative", n));
        claimedReadingMinutes().ifPresent(n -> Checks.require(n >= 0, "claimed reading time %d is negative", n));
    }
}
