package dev.interviewkit.export.internal.cues;

/**
 * Shares a turn's time among its cues in proportion to what each says, then makes every cue last
 * at least the shortest readable time (taking it from longer cues, or from the pause after the
 * turn) and at most the longest (leaving a gap), all in whole milliseconds, in order, never
 * overlapping, with at least the minimum gap (two frames) after every cue but the turn's last, whose
 * gap the next turn keeps by starting no earlier than its end plus the gap.
 */
public final class CueTimes {

    private CueTimes() {}

    /**
     * The start and end of each cue, in milliseconds.
     *
     * @param weights how long each cue takes to say, in any unit
     * @param start when the turn starts
     * @param end when the turn's last word ends
     * @param floor the end of the cue before, which no cue may start before
     * @param limit when the next turn starts, which the turn's cues may run up to
     * @param minMillis the shortest cue
     * @param maxMillis the longest cue
     * @param gapMillis the least time between two cues
     */
    public static long[][] of(double[] weights, long start, long end, long floor, long limit, long minMillis,
            long maxMillis, long gapMillis) {
        int n = weights.length;
        long from = Math.max(start, floor);
        long to = Math.max(end, from);
        // Each cue's share holds the time it is shown and the gap after it.
        long slot = minMillis + 1 + gapMillis;
        long needed = n * slot;
        if (to - from < needed) {
            to = Math.max(to, Math.min(Math.max(limit, to), from + needed));
        }
        // One millisecond of slack, so that rounding never takes a cue below the minimum.
        double[] shares = waterFill(weights, to - from, slot);
        long[][] times = new long[n][2];
        double sum = 0;
        long cueStart = from;
        for (int k = 0; k < n; k++) {
            sum += shares[k];
            long boundary = Math.max(cueStart + 1 + gapMillis, from + Math.round(sum));
            // The last cue may run to the boundary: the pause after the turn holds its gap.
            long shown = k < n - 1 ? boundary - gapMillis : Math.min(boundary, Math.max(cueStart + 1, limit - gapMillis));
            times[k][0] = cueStart;
            times[k][1] = Math.min(shown, cueStart + maxMillis);
            cueStart = boundary;
        }
        return times;
    }

    /** Proportional shares of {@code total}, each at least {@code min} when the total allows. */
    private static double[] waterFill(double[] weights, long total, long min) {
        int n = weights.length;
        double[] shares = new double[n];
        double[] w = new double[n];
        double weightSum = 0;
        for (int k = 0; k < n; k++) {
            w[k] = Math.max(weights[k], 1e-6);
            weightSum += w[k];
        }
        if (total < (long) n * min) {
            for (int k = 0; k < n; k++) {
                shares[k] = (double) total * w[k] / weightSum;
            }
            return shares;
        }
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            double free = total;
            double freeWeight = 0;
            for (int k = 0; k < n; k++) {
                if (fixed[k]) {
                    free -= min;
                } else {
                    freeWeight += w[k];
                }
            }
            for (int k = 0; k < n; k++) {
                shares[k] = fixed[k] ? min : free * w[k] / freeWeight;
                if (!fixed[k] && shares[k] < min) {
                    fixed[k] = true;
                    changed = true;
                }
            }
        }
        return shares;
    }
}
