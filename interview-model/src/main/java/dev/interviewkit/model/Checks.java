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

    static void requireNotBlank(String value, String what) {
        require(!value.isBlank(), "%s must not be blank", what);
    }

    static <T> void requireUnique(Collection<T> values, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            String k = key.apply(value);
            require(seen.add(k), "%s '%s' appears more than once", what, k);
        }
    }
}
