package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Inline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times written into a transcript: {@code [04:22]} or {@code [1:04:22]} at the start of a
 * paragraph says when it was spoken; {@code Break: [24:27]} marks an ad break.
 */
final class Timestamps {

    private Timestamps() {}

    /** A paragraph's leading time, and its inlines without it. */
    record Leading(Optional<Duration> time, List<Inline> rest) {}

    static Leading leading(List<Inline> inlines) {
        if (inlines.isEmpty() || !(inlines.get(0) instanceof Inline.Text first)) {
            return new Leading(Optional.empty(), inlines);
        }
        String value = first.value();
        // Most paragraphs do not open with '[': look for its ']' only in those that do.
        int close = value.startsWith("[") ? value.indexOf(']') : -1;
        Optional<Duration> time = close > 0 ? parse(value.substring(1, close)) : Optional.empty();
        if (time.isEmpty()) {
            return new Leading(Optional.empty(), inlines);
        }
        List<Inline> rest = new ArrayList<>(inlines.size());
        String remainder = value.substring(close + 1).stripLeading();
        if (!remainder.isEmpty()) {
            rest.add(Inline.text(remainder));
        }
        rest.addAll(inlines.subList(1, inlines.size()));
        return new Leading(time, rest);
    }

    /** {@code 04:22}, {@code 1:04:22}: minutes and seconds, hours optional. */
    static Optional<Duration> parse(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        long seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (i > 0 && value >= 60) {
                return Optional.empty();
            }
            seconds = seconds * 60 + value;
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** {@code Break: [24:27]}: a podcast's ad break, with or without its time. */
    static boolean isBreakMarker(String text) {
        String t = text.strip();
        if (!t.regionMatches(true, 0, "Break", 0, 5)) {
            return false;
        }
        String rest = t.substring(5).strip();
        if (rest.startsWith(":") || rest.startsWith("：")) {
            rest = rest.substring(1).strip();
        }
        return rest.isEmpty() || rest.startsWith("[") && rest.endsWith("]") && parse(rest.substring(1, rest.length() - 1))
                .isPresent();
    }
}
