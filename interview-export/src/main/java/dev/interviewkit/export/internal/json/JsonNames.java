package dev.interviewkit.export.internal.json;

import java.util.Locale;

/** How enum constants are spelt in JSON: lower case ({@code CALL_TO_ACTION} is {@code call_to_action}). */
final class JsonNames {

    private JsonNames() {}

    /** The JSON spelling of {@code value}. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelt {@code name} in JSON, or null when there is none. */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(name)) {
                return value;
            }
        }
        return null;
    }

    /** Every spelling of {@code type}'s constants, for messages: {@code host, guest, …}. */
    static String all(Class<? extends Enum<?>> type) {
        StringBuilder names = new StringBuilder();
        for (Enum<?> value : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(of(value));
        }
        return names.toString();
    }
}
