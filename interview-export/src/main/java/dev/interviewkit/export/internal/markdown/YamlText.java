package dev.interviewkit.export.internal.markdown;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** YAML scalars as double-quoted strings, so that no value is read as another type or as structure. */
public final class YamlText {

    private YamlText() {}

    /** {@code key: "value"} and a line end, or nothing when {@code value} is absent. */
    public static void scalar(Appendable out, String key, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.append(key).append(": ").append(quoted(value.get())).append('\n');
        }
    }

    /** {@code ["a", "b"]}. */
    public static String list(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quoted(values.get(i)));
        }
        return out.append(']').toString();
    }

    /** A double-quoted YAML string: backslash, quote and control characters escaped. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                            || Character.isSurrogate(c) && !validPair(value, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String value, int i) {
        char c = value.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
