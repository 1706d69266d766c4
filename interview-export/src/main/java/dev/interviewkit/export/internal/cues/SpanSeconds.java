package dev.interviewkit.export.internal.cues;

import dev.interviewkit.export.internal.text.TextAnalysis;

/** How many seconds a span of an analysed text takes to say. */
@FunctionalInterface
public interface SpanSeconds {

    /** Seconds to say {@code [from, to)} of {@code text}. */
    double of(TextAnalysis text, int from, int to);
}
