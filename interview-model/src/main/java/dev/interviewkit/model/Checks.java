package dev.interviewkit.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Invariant checks shared by the model's {@code @Value.Check} methods. */
final class Checks {

    private Checks() {}

    static void require(boolean condition, String messageFormat, Object... arguments) {
        if (!condition) {
            throw new IllegalStateException(String.format(messageFormat, arguments));
        }
    }

    /**
     * As {@link #require(boolean, String, Object...)} for one {@code int}: no array and no boxing
     * when the check passes, which it does for every line range a parse builds.
     */
    static void require(boolean condition, String messageFormat, int argument) {
        if (!condition) {
            throw new IllegalStateException(String.format(messageFormat, argument));
        }
    }

    /** As {@link #require(boolean, String, int)} for two {@code int}s. */
    static void require(boolean condition, String messageFormat, int first, int second) {
        if (!condition) {
            throw new IllegalStateException(String.format(messageFormat, first, second));
        }
    }

    /**
     * As {@link #require(boolean, String, Object...)} for one argument: no array when the check
     * passes, which it does for nearly every value a parse builds.
     */
    static void require(boolean condition, String messageFormat, Object argument) {
        if (!condition) {
            throw new IllegalStateException(String.format(messageFormat, argument));
        }
    }

    static void requireNotBlank(String value, String what) {
        require(!value.isBlank(), "%s must not be blank", what);
    }

    /** Requires the keys of {@code values} to be unique, and returns them (a {@link HashSet}). */
    static <T> Set<String> requireUnique(Collection<T> values, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String k = key.apply(value);
            if (!seen.add(k)) {
                require(false, "%s '%s' appears more than once", what, k);
            }
        }
        return seen;
    }
}
