package dev.interviewkit.parser.internal.html;

import dev.interviewkit.model.LineRange;
import java.util.List;

/**
 * Where each rendered Markdown line came from in the page: the line and column of the node that
 * started it. Rendered lines are written in document order, so the map never goes backwards, and
 * a range of rendered lines maps to a valid range of page lines.
 */
final class PagePositions {

    private final int[] lines;
    private final int[] columns;

    PagePositions(int[] lines, int[] columns) {
        this.lines = lines;
        this.columns = columns;
        for (int i = 1; i < lines.length; i++) {
            // jsoup positions are in document order; a synthetic node without one must not turn the map back
            if (lines[i] < lines[i - 1] || lines[i] == lines[i - 1] && columns[i] < columns[i - 1]) {
                lines[i] = lines[i - 1];
                columns[i] = columns[i - 1];
            }
        }
    }

    /** Rendered lines and where they came from. */
    record Rendered(List<String> lines, PagePositions positions) {}

    /** The page line of rendered line {@code line} (1-based); past the end, the last one. */
    int line(int line) {
        return lines.length == 0 ? 1 : lines[index(line)];
    }

    /** The page column where rendered line {@code line} starts. */
    int column(int line) {
        return columns.length == 0 ? 1 : columns[index(line)];
    }

    /** {@code range} in page lines. */
    LineRange range(LineRange range) {
        return LineRange.of(line(range.start()), line(range.end()));
    }

    private int index(int line) {
        return Math.min(Math.max(line, 1), lines.length) - 1;
    }
}
