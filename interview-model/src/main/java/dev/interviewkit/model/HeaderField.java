package dev.interviewkit.model;

import org.immutables.value.Value;

/** A key/value pair from the document's header, as written ({@code 发布地: 上海}). */
@Value.Immutable
@ModelStyle
public abstract class HeaderField {

    HeaderField() {}

    /** The key, as written. */
    @Value.Parameter
    public abstract String key();

    /** The value, as written; may be empty. */
    @Value.Parameter
    public abstract String value();

    /** The pair {@code key}: {@code value}. */
    public static HeaderField of(String key, String value) {
        return ImmutableHeaderField.of(key, value);
    }

    @Value.Check
    void check() {
        Checks.requireNotBlank(key(), "header field key");
    }
}
