package dev.interviewkit.export.internal.cues;

import dev.interviewkit.export.internal.text.TextAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Cuts one turn's text into cues and each cue into lines, choosing among all cuts the one with the
 * least cost (dynamic programming over the break opportunities of {@link TextAnalysis}).
 *
 * <p>A cue must fit its lines (Chinese lines counted in full-width units, half-width characters as
 * one half; Latin lines in characters) and be said within the longest cue duration. Among cuts that
 * fit, it prefers ends of sentences, then clauses, then phrases, then spaces, then places between
 * Chinese characters; fewer cues; cues long enough to read; cues that do not start a new sentence
 * they then cut; quotes that open and close in the same cue; in a cue of two sentences, the line
 * break between them; and balanced lines without one-character orphans.
 *
 * <p>Some breaks are not offered at all unless nothing else fits (see {@link #findBreaks}): inside a
 * Latin word or number, before a particle that closes the word before it, beside a closing or
 * opening mark, inside a title. The rules they break hold by construction, not by cost.
 *
 * <p>Every cost the programme asks for is read from prefix tables of {@link TextAnalysis} or of this
 * class in constant time, so a turn of {@code n} characters takes time in proportion to {@code n}
 * times the candidates that fit one cue.
 */
public final class CueLayout {

    /** The settings of a layout: line widths and the longest cue. */
    public record Limits(int chineseHalfUnits, int latinCharacters, int maxLines, double minSeconds,
            double maxSeconds) {}

    /**
     * A speaker label that stands before the first cue's text: its width on the first line, or a
     * line of its own when it takes more than half a line.
     */
    public record Label(TextAnalysis text) {}

    /** A cue: the span {@code [from, to)} and its lines as spans. */
    public record Piece(int from, int to, List<int[]> lines, boolean labelled, boolean labelOnOwnLine) {}

    private static final double INFEASIBLE = Double.POSITIVE_INFINITY;
    /** What a label set on its own line costs: about as much as a break at a clause. */
    private static final double OWN_LINE_LABEL_COST = 1;
    /**
     * What a line break costs that is not where a cue's sentences meet ({@code 坐在老旧的 /
     * Mac电脑前。我觉得…}): the eye has to find the second sentence inside a line, which is worse
     * than a clause break and about as bad as one more cue.
     */
    private static final double SENTENCE_ACROSS_LINES_COST = 8;
    /**
     * What a quotation mark or bracket costs whose partner is in another cue: a quote that fits one
     * cue is shown whole, one longer than a cue is cut as few times as it must be.
     */
    private static final double UNMATCHED_QUOTE_COST = 6;
    /** What a cue costs that is shown for less than the shortest readable time. */
    private static final double SHORT_CUE_COST = 25;
    /** What a cue costs that ends one sentence and cuts the next. */
    private static final double NEXT_SENTENCE_CUT_COST = 10;
    private static final int WINDOW_SLACK = 64;

    private final TextAnalysis text;
    private final Limits limits;
    private final SpanSeconds seconds;
    private final TextAnalysis label;
    /** The break opportunities, 0 and the text's end included, with what the DP asks of each. */
    private int[] breaks;
    private int[] starts;
    private int[] levels;
    private double[] lineBreakCosts;
    private double[] fragments;
    /** {@link #balanceCost} for each difference of line widths up to a line, per measure: Chinese, Latin. */
    private double[] chineseBalance;
    private double[] latinBalance;
    /** The cheapest way to end a cue at each break: its cost, its start, its lines and its label. */
    private double[] best;
    private int[] from;
    private int[] lineBreaks;
    private boolean[] labelled;
    private boolean[] labelOwnLine;
    /** The lines the last call of {@link #lines} chose: its cost, its line break (or -1) and its label. */
    private double lineCost;
    private int lineBreak;
    private boolean lineLabelled;
    private boolean lineLabelOwnLine;
    /** The lowest quote depth from a cue's start to the end being laid out. */
    private LowestDepths lowestDepths;
    /** Per measure (Chinese, Latin): the first break that leaves a line that fits, for the end {@code leavingFor}. */
    private final int[] leaving = new int[2];
    private final int[] leavingFor = {-1, -1};

    private CueLayout(TextAnalysis text, Limits limits, SpanSeconds seconds, TextAnalysis label) {
        this.text = text;
        this.limits = limits;
        this.seconds = seconds;
        this.label = label;
    }

    /**
     * The cues of {@code text}; {@code label} (may be null) stands before the first one. {@code
     * seconds} must not shrink when a span grows, which lets the layout stop looking further back
     * once a cue would last too long.
     */
    public static List<Piece> layout(TextAnalysis text, Limits limits, SpanSeconds seconds, Label label) {
        return new CueLayout(text, limits, seconds, label == null ? null : label.text()).run();
    }

    private List<Piece> run() {
        int n = text.length();
        if (n == 0) {
            return List.of();
        }
        findBreaks(n);
        int count = breaks.length;
        best = new double[count];
        from = new int[count];
        lineBreaks = new int[count];
        labelled = new boolean[count];
        labelOwnLine = new boolean[count];
        lowestDepths = new LowestDepths(text);
        int window = limits.maxLines() * Math.max(limits.chineseHalfUnits(), limits.latinCharacters()) + WINDOW_SLACK;
        // No layout holds more visible characters than full lines and the spaces between them.
        int widest = limits.maxLines() * (Math.max(limits.chineseHalfUnits(), limits.latinCharacters()) + 1) - 1;
        // Longer cues start earlier: the earliest start that still fits and the earliest start of a
        // cue too short to read both only move forward as the end does, so neither is searched for.
        int earliest = 0;
        int earliestShort = 0;
        for (int j = 1; j < count; j++) {
            int end = breaks[j];
            while (earliest < j && tooLong(starts[earliest], end, window, widest)) {
                earliest++;
            }
            while (earliestShort < j && starts[earliestShort] < end
                    && !(seconds.of(text, starts[earliestShort], end) < limits.minSeconds())) {
                earliestShort++;
            }
            chooseCueEndingAt(j, earliest, earliestShort);
        }
        List<Piece> pieces = new ArrayList<>();
        for (int j = count - 1; j > 0; j = from[j]) {
            int start = starts[from[j]];
            int end = breaks[j];
            List<int[]> lines = lineBreaks[j] < 0 ? List.of(new int[] {start, end})
                    : List.of(new int[] {start, lineBreaks[j]}, new int[] {text.resumeAfter(lineBreaks[j]), end});
            pieces.add(new Piece(start, end, lines, labelled[j], labelOwnLine[j]));
        }
        Collections.reverse(pieces);
        return pieces;
    }

    /** The best way to end a cue at break {@code j}, starting at {@code earliest} or later. */
    private void chooseCueEndingAt(int j, int earliest, int earliestShort) {
        best[j] = INFEASIBLE;
        int end = breaks[j];
        boolean last = j == breaks.length - 1;
        int level = last ? TextAnalysis.SENTENCE : levels[j];
        double endCost = endCost(level, last ? 0 : fragments[j]);
        lowestDepths.reset(end);
        // Cues long enough to read first: the best of them sets a bound that the short ones, which
        // cost SHORT_CUE_COST more, seldom beat, so most of these are skipped on their end alone.
        // Among equal costs the latest start wins, as when every start is tried from the end back.
        int firstShort = Math.max(earliest, earliestShort);
        // The best so far, kept here: the test on a start's end alone is made for every start that
        // fits, and best[j] could not stay in a register while best[i] is read from the same array.
        double bound = INFEASIBLE;
        int boundFrom = -1;
        for (int i = Math.min(firstShort, j) - 1; i >= earliest; i--) {
            double lowest = best[i] + endCost;
            if ((lowest < bound || lowest == bound && i > boundFrom) && consider(i, j, level, endCost)) {
                bound = best[j];
                boundFrom = i;
            }
        }
        double shortEndCost = endCost + SHORT_CUE_COST;
        for (int i = j - 1; i >= firstShort; i--) {
            double lowest = best[i] + shortEndCost;
            if ((lowest < bound || lowest == bound && i > boundFrom) && consider(i, j, level, shortEndCost)) {
                bound = best[j];
                boundFrom = i;
            }
        }
        if (best[j] == INFEASIBLE) {
            // Nothing fits (a character wider than a line): take the shortest piece as it is.
            int i = j - 1;
            best[j] = (best[i] == INFEASIBLE ? 0 : best[i]) + 10_000;
            from[j] = i;
            lineBreaks[j] = -1;
            labelled[j] = false;
            labelOwnLine[j] = false;
        }
    }

    /**
     * Whether a cue from break {@code i} to {@code j} beats the best one found so far, which it then
     * becomes (and true is returned); {@code endCost} is what it costs for where it ends and, if it
     * is short, for that.
     */
    private boolean consider(int i, int j, int level, double endCost) {
        int start = starts[i];
        int end = breaks[j];
        // Every other cost is nothing or more: a cue that cannot win on its end alone is skipped.
        if (best[i] == INFEASIBLE || start >= end || cannotWin(best[i] + endCost, i, j)) {
            return false;
        }
        double cueCost = endCost
                + (level < TextAnalysis.SENTENCE && text.innerSentenceEnds(start, end) > 0 ? NEXT_SENTENCE_CUT_COST : 0)
                + UNMATCHED_QUOTE_COST * unmatchedQuotes(start, end, lowestDepths.from(start));
        // Lines cost nothing or more: a cue that cannot win without them is not laid out.
        if (cannotWin(best[i] + cueCost, i, j) || !lines(i, j, start, end)) {
            return false;
        }
        double cost = best[i] + lineCost + cueCost;
        if (!cannotWin(cost, i, j)) {
            best[j] = cost;
            from[j] = i;
            lineBreaks[j] = lineBreak;
            labelled[j] = lineLabelled;
            labelOwnLine[j] = lineLabelOwnLine;
            return true;
        }
        return false;
    }

    /**
     * Whether a cue from break {@code i} to {@code j} that costs {@code cost} (or at least that)
     * loses to the best found so far: it costs more, or as much and starts earlier.
     */
    private boolean cannotWin(double cost, int i, int j) {
        return cost > best[j] || cost == best[j] && i < from[j];
    }

    /**
     * The breaks the layout may take: every ordinary break, then each rank of last resort (inside
     * a title, beside a mark, before a particle, inside a Latin word) only where the run around it,
     * cut at every break taken so far, is still wider than a line. So the rules hold by
     * construction: no line starts with a particle that closes the word before it, and no Latin
     * word or number is cut, unless the run it stands in is wider than a line.
     */
    private void findBreaks(int n) {
        boolean[] usable = new boolean[n + 1];
        usable[0] = true;
        usable[n] = true;
        // The rank of last resort of the break at each index (-1 for none), read once for every tier,
        // and which ranks occur at all: a tier without a break of its rank has nothing to offer.
        byte[] rank = new byte[n + 1];
        int ranks = 0;
        for (int i = 1; i < n; i++) {
            int r = text.breakLevel(i) > TextAnalysis.NONE ? text.lastResort(i) : -1;
            rank[i] = (byte) r;
            usable[i] = r == TextAnalysis.ORDINARY;
            ranks |= r > TextAnalysis.ORDINARY ? 1 << r : 0;
        }
        int[] waiting = new int[16];
        for (int tier = TextAnalysis.IN_TITLE; tier <= TextAnalysis.IN_LATIN_WORD; tier++) {
            if ((ranks & 1 << tier) == 0) {
                continue;
            }
            int count = 0;
            int runStart = 0;
            for (int i = 1; i <= n; i++) {
                if (usable[i]) {
                    if (count > 0 && widerThanALine(runStart, i)) {
                        for (int k = 0; k < count; k++) {
                            usable[waiting[k]] = true;
                        }
                    }
                    count = 0;
                    runStart = text.resumeAfter(i);
                } else if (rank[i] == tier) {
                    if (count == waiting.length) {
                        waiting = Arrays.copyOf(waiting, count * 2);
                    }
                    waiting[count++] = i;
                }
            }
        }
        int count = 0;
        for (boolean b : usable) {
            count += b ? 1 : 0;
        }
        breaks = new int[count];
        int k = 0;
        for (int i = 0; i <= n; i++) {
            if (usable[i]) {
                breaks[k++] = i;
            }
        }
        starts = new int[count];
        levels = new int[count];
        lineBreakCosts = new double[count];
        fragments = new double[count];
        for (int m = 0; m < count; m++) {
            starts[m] = m == 0 ? 0 : text.resumeAfter(breaks[m]);
            levels[m] = text.breakLevel(breaks[m]);
            lineBreakCosts[m] = lineBreakCost(levels[m]);
            fragments[m] = fragment(breaks[m]);
        }
        chineseBalance = balanceCosts(limits.chineseHalfUnits());
        latinBalance = balanceCosts(limits.latinCharacters());
    }

    /** Whether {@code [from, to)} is wider than a line, measured as a cue of it alone would be. */
    private boolean widerThanALine(int from, int to) {
        return text.hasWide(from, to) ? text.halfUnits(from, to) > limits.chineseHalfUnits()
                : text.visibleCharacters(from, to) > limits.latinCharacters();
    }

    /** Whether {@code [start, end)} is too long for any cue: too wide for its lines, or said for too long. */
    private boolean tooLong(int start, int end, int window, int widest) {
        return end - start > window || text.visibleCharacters(start, end) > widest
                || start < end && seconds.of(text, start, end) > limits.maxSeconds();
    }

    /** What a cue costs for where it ends: every cue costs 4, then the weaker its end, the more. */
    private static double endCost(int level, double fragment) {
        double cost = 4;
        cost += switch (level) {
            case TextAnalysis.SENTENCE -> 0;
            case TextAnalysis.CLAUSE -> 2;
            case TextAnalysis.PHRASE -> 4;
            case TextAnalysis.SPACE -> 9;
            case TextAnalysis.CJK_EDGE -> 16;
            case TextAnalysis.CJK -> 20;
            case TextAnalysis.INSIDE_TERM -> 30;
            case TextAnalysis.INSIDE_WORD -> 45;
            default -> 60;
        };
        return cost + fragment;
    }

    /**
     * Quotation marks and brackets in {@code [start, end)} whose partner is not there: the closing
     * marks that take the depth below where the span starts, and the opening ones still open at its end.
     */
    private int unmatchedQuotes(int start, int end, int lowestDepth) {
        int unmatchedClosing = text.quoteDepth(start) - lowestDepth;
        return unmatchedClosing + text.quoteDepth(end) - text.quoteDepth(start) + unmatchedClosing;
    }

    /**
     * The best lines for the cue {@code [start, end)} between breaks {@code i} and {@code j}, which
     * is said within the longest cue, into {@link #lineCost} and its neighbours; false when none fit.
     */
    private boolean lines(int i, int j, int start, int end) {
        boolean labelled = label != null && start == 0;
        // A line is measured the Chinese way when anything on it, the label included, is Chinese.
        boolean chinese = text.hasWide(start, end) || labelled && label.hasWide(0, label.length());
        int capacity = chinese ? limits.chineseHalfUnits() : limits.latinCharacters();
        int maxLines = limits.maxLines();
        int reserve = 0;
        boolean ownLine = false;
        if (labelled) {
            int labelWidth = chinese ? label.halfUnits(0, label.length()) : label.visibleCharacters(0, label.length());
            if (labelWidth * 2 <= capacity) {
                reserve = labelWidth;
            } else if (maxLines >= 2 && labelWidth <= capacity) {
                ownLine = true;
                maxLines--;
            } else {
                labelled = false; // a label wider than a line is not shown
            }
        }
        lineLabelled = labelled;
        lineLabelOwnLine = ownLine;
        lineBreak = -1;
        int total = width(chinese, start, end);
        if (total + reserve <= capacity) {
            lineCost = 0;
            return true;
        }
        if (maxLines < 2) {
            return false;
        }
        // The speaker's name on a line of its own above a text that fits one line ("Elain Chaw：" /
        // "我们稍后会谈谈人工智能，") beats cutting the text after a word or two to share the name's line.
        if (labelled && !ownLine && total <= capacity) {
            lineCost = OWN_LINE_LABEL_COST;
            lineLabelOwnLine = true;
            return true;
        }
        boolean twoSentences = text.innerSentenceEnds(start, end) > 0;
        double[] balance = chinese ? chineseBalance : latinBalance;
        double bestCost = INFEASIBLE;
        int bestBreak = -1;
        // The second line shrinks and the first grows as the break moves on: start at the first
        // break after which the rest fits a line, stop at the first whose line before it does not.
        for (int m = Math.max(i + 1, firstBreakLeaving(j, chinese, end, capacity)); m < j; m++) {
            int b = breaks[m];
            int next = starts[m];
            int first = width(chinese, start, b) + reserve;
            if (first > capacity) {
                break;
            }
            if (b <= start || next >= end) {
                continue;
            }
            int second = width(chinese, next, end);
            int level = levels[m];
            double cost = lineBreakCosts[m];
            if (level < TextAnalysis.SENTENCE && twoSentences) {
                cost += SENTENCE_ACROSS_LINES_COST;
            }
            int difference = Math.abs(first - second);
            cost += difference < balance.length ? balance[difference] : balanceCost(difference, capacity);
            // A first line that carries the label is no orphan however few words follow the label.
            cost += (reserve > 0 ? 0 : orphan(start, b)) + orphan(next, end) + fragments[m];
            if (cost < bestCost) {
                bestCost = cost;
                bestBreak = b;
            }
        }
        if (bestBreak < 0) {
            return false;
        }
        lineCost = bestCost;
        lineBreak = bestBreak;
        return true;
    }

    /** What a line break of {@code level} costs, before balance, orphans and fragments. */
    private static double lineBreakCost(int level) {
        return switch (level) {
            case TextAnalysis.SENTENCE -> 0;
            case TextAnalysis.CLAUSE -> 1;
            case TextAnalysis.PHRASE -> 2;
            case TextAnalysis.SPACE -> 3;
            case TextAnalysis.CJK_EDGE -> 4;
            case TextAnalysis.CJK -> 7;
            case TextAnalysis.INSIDE_TERM -> 15;
            case TextAnalysis.INSIDE_WORD -> 30;
            default -> 50;
        };
    }

    /** What two lines cost whose widths differ by {@code difference}: unbalanced lines are harder to read. */
    private static double balanceCost(int difference, int capacity) {
        return 4.0 * difference / capacity;
    }

    /** {@link #balanceCost} for every difference up to {@code capacity}: a division saved in the innermost loop. */
    private static double[] balanceCosts(int capacity) {
        double[] costs = new double[capacity + 1];
        for (int d = 0; d <= capacity; d++) {
            costs[d] = balanceCost(d, capacity);
        }
        return costs;
    }

    /**
     * The first break before {@code j} after which {@code [.., end)} fits {@code capacity}; {@code j}
     * if none. The rest after a break only grows as the end moves on, so the first break that
     * leaves a line short enough never moves back: one pointer a measure, moved forward, answers
     * every cue that ends at {@code j} and every end after it.
     */
    private int firstBreakLeaving(int j, boolean chinese, int end, int capacity) {
        int measure = chinese ? 0 : 1;
        if (leavingFor[measure] != j) {
            int m = leaving[measure];
            while (m < j && width(chinese, starts[m], end) > capacity) {
                m++;
            }
            leaving[measure] = m;
            leavingFor[measure] = j;
        }
        return leaving[measure];
    }

    /**
     * A weak break (inside a clause) one or two characters from a punctuation break leaves a
     * fragment of the clause on the other side: {@code 电脑，这 / 是很久之前的事了}.
     */
    private double fragment(int at) {
        int level = text.breakLevel(at);
        if (level >= TextAnalysis.PHRASE) {
            return 0;
        }
        for (int k = Math.max(1, at - 2); k < Math.min(text.length(), at + 3); k++) {
            if (k != at && text.breakLevel(k) >= TextAnalysis.PHRASE) {
                return 6;
            }
        }
        return 0;
    }

    private double orphan(int from, int to) {
        int visible = text.visibleCharacters(from, to);
        return visible <= 1 ? 40 : visible <= 3 ? 6 : 0;
    }

    private int width(boolean chinese, int from, int to) {
        return chinese ? text.halfUnits(from, to) : text.visibleCharacters(from, to);
    }
}
