package dev.interviewkit.export.internal.cues;

import dev.interviewkit.export.internal.text.TextAnalysis;
import java.util.Arrays;

/**
 * The lowest quote depth of {@link TextAnalysis#quoteDepth} over {@code [start, end]}, for one
 * {@code end} at a time and the starts the layout tries before it, in any order. A span without a
 * quotation mark has the depth at its end all through; for the others the lowest depth from each
 * index back to the earliest start asked for is worked out once an end, as the starts move back.
 */
final class LowestDepths {

    private final TextAnalysis text;
    private int end;
    /** {@code lowest[end - k]} is the lowest depth over {@code [k, end]}, for {@code k} from {@code covered} to {@code end}. */
    private int[] lowest = new int[64];
    private int covered;

    LowestDepths(TextAnalysis text) {
        this.text = text;
    }

    /** Starts over for spans that end at {@code end}. */
    void reset(int end) {
        this.end = end;
        this.covered = end;
        lowest[0] = text.quoteDepth(end);
    }

    /** The lowest quote depth over {@code [start, end]}, {@code start <= end}. */
    int from(int start) {
        if (text.quoteMarks(start, end) == 0) {
            return text.quoteDepth(end); // the depth is the same all the way back
        }
        if (start < covered) {
            if (end - start >= lowest.length) {
                lowest = Arrays.copyOf(lowest, Math.max(end - start + 1, lowest.length * 2));
            }
            int depth = lowest[end - covered];
            for (int k = covered - 1; k >= start; k--) {
                depth = Math.min(depth, text.quoteDepth(k));
                lowest[end - k] = depth;
            }
            covered = start;
        }
        return lowest[end - start];
    }
}
