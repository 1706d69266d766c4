package dev.interviewkit.model;

import org.immutables.value.Value;

/** A range of source lines, 1-based and inclusive at both ends. */
@Value.Immutable
@ModelStyle
public abstract class LineRange implements Comparable<LineRange> {

    LineRange() {}

    /** The first line, 1-based. */
    @Value.Parameter
    public abstract int start();

    /** The last line, inclusive; never before {@link #start()}. */
    @Value.Parameter
    public abstract int end();

    /** The lines {@code start} to {@code end}, both included. */
    public static LineRange of(int start, int end) {
        return ImmutableLineRange.of(start, end);
    }

    /** The single line {@code line}. */
    public static LineRange line(int line) {
        return of(line, line);
    }

    /** Whether {@code line} lies in this range. */
    public final boolean contains(int line) {
        return line >= start() && line <= end();
    }

    /** The smallest range holding this one and {@code other}. */
    public final LineRange span(LineRange other) {
        return of(Math.min(start(), other.start()), Math.max(end(), other.end()));
    }

    /** How many lines the range holds. */
    public final int lineCount() {
        return end() - start() + 1;
    }

    @Override
    public final int compareTo(LineRange other) {
        int byStart = Integer.compare(start(), other.start());
        return byStart != 0 ? byStart : Integer.compare(end(), other.end());
    }

    @Value.Check
    void check() {
        Checks.require(start() >= 1, "line range starts at line %d; lines are 1-based", start());
        Checks.require(end() >= start(), "line range ends at %d before it starts at %d", end(), start());
    }

    @Override
    public final String toString() {
        return start() == end() ? "line " + start() : "lines " + start() + "-" + end();
    }
}
