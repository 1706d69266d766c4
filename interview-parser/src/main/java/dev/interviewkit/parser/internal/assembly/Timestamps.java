package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.Inline;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times written into a transcript: {@code [04:22]} or {@code [1:04:22]} at the start of a
 * paragraph says when it was spoken, {@code [04:22.5–05:10]} also when it ended (fractions of a
 * second and an end are what canonical Markdown writes for timed turns); {@code Break: [24:27]}
 * marks an ad break.
 */
final class Timestamps {

    /** What may stand between a start and an end: dashes, a tilde, an arrow. */
    private static final List<String> RANGE_SEPARATORS = List.of("-->", "–", "—", "~", "～", "-");

    private Timestamps() {}

    /** A span of speech: its start, its end, or both. */
    record Span(Optional<Duration> start, Optional<Duration> end) {
        static final Span NONE = new Span(Optional.empty(), Optional.empty());

        boolean isEmpty() {
            return start.isEmpty() && end.isEmpty();
        }
    }

    /** A paragraph's leading time span, and its inlines without it. */
    record Leading(Span span, List<Inline> rest) {}

    static Leading leading(List<Inline> inlines) {
        if (inlines.isEmpty() || !(inlines.get(0) instanceof Inline.Text first)) {
            return new Leading(Span.NONE, inlines);
        }
        String value = first.value();
        // Most paragraphs do not open with '[': look for its ']' only in those that do.
        int close = value.startsWith("[") ? value.indexOf(']') : -1;
        Span span = close > 0 ? span(value.substring(1, close)) : Span.NONE;
        if (span.isEmpty()) {
            return new Leading(Span.NONE, inlines);
        }
        List<Inline> rest = new ArrayList<>(inlines.size());
        String remainder = value.substring(close + 1).stripLeading();
        if (!remainder.isEmpty()) {
            rest.add(Inline.text(remainder));
        }
        rest.addAll(inlines.subList(1, inlines.size()));
        return new Leading(span, rest);
    }

    /**
     * {@code 04:22}, {@code 04:22–05:10}, {@code –05:10}: a time, or a start and an end of which
     * the start may be missing; empty when the text is none of these or ends before it starts.
     */
    static Span span(String text) {
        for (String separator : RANGE_SEPARATORS) {
            int at = text.indexOf(separator);
            if (at < 0) {
                continue;
            }
            String from = text.substring(0, at).strip();
            Optional<Duration> end = parse(text.substring(at + separator.length()));
            Optional<Duration> start = from.isEmpty() ? Optional.empty() : parse(from);
            boolean valid = end.isPresent() && (from.isEmpty() || start.isPresent() && end.get().compareTo(start.get()) >= 0);
            return valid ? new Span(start, end) : Span.NONE;
        }
        return new Span(parse(text), Optional.empty());
    }

    /**
     * {@code 04:22}, {@code 1:04:22}, {@code 04:22.250}: minutes and seconds, hours optional, a
     * fraction of a second optional (to nanoseconds).
     */
    static Optional<Duration> parse(String text) {
        String time = text.strip();
        long nanos = 0;
        int dot = time.indexOf('.');
        if (dot >= 0) {
            String fraction = time.substring(dot + 1);
            if (fraction.isEmpty() || fraction.length() > 9 || !digits(fraction)) {
                return Optional.empty();
            }
            nanos = Long.parseLong((fraction + "00000000").substring(0, 9));
            time = time.substring(0, dot);
        }
        String[] parts = time.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        long seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            // The first part may be long (hours of a long recording); the others are two digits.
            int maxLength = i == 0 ? 6 : 2;
            if (part.isEmpty() || part.length() > maxLength || !digits(part)) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (i > 0 && value >= 60) {
                return Optional.empty();
            }
            seconds = seconds * 60 + value;
        }
        return Optional.of(Duration.ofSeconds(seconds, nanos));
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** {@code Break: [24:27]}: a podcast's ad break, with or without its time. */
    static boolean isBreakMarker(String text) {
        String t = text.strip();
        String word = BoilerplateRules.AD_BREAK_WORD;
        if (!t.regionMatches(true, 0, word, 0, word.length())) {
            return false;
        }
        String rest = t.substring(word.length()).strip();
        if (rest.startsWith(":") || rest.startsWith("：")) {
            rest = rest.substring(1).strip();
        }
        return rest.isEmpty() || rest.startsWith("[") && rest.endsWith("]") && parse(rest.substring(1, rest.length() - 1))
                .isPresent();
    }
}
