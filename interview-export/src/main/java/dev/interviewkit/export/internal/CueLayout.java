package dev.interviewkit.export.internal;

import java.util.ArrayList;
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
 * break between them; and balanced lines without one-character orphans. Breaking inside a word or number
 * costs so much that it only happens to a word longer than a line.
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
    private static final int WINDOW_SLACK = 64;

    private final TextAnalysis text;
    private final Limits limits;
    private final SpanSeconds seconds;
    private final TextAnalysis label;

    private CueLayout(TextAnalysis text, Limits limits, SpanSeconds seconds, TextAnalysis label) {
        this.text = text;
        this.limits = limits;
        this.seconds = seconds;
        this.label = label;
    }

    /** The cues of {@code text}; {@code label} (may be null) stands before the first one. */
    public static List<Piece> layout(TextAnalysis text, Limits limits, SpanSeconds seconds, Label label) {
        return new CueLayout(text, limits, seconds, label == null ? null : label.text()).run();
    }

    private List<Piece> run() {
        int n = text.length();
        if (n == 0) {
            return List.of();
        }
        List<Integer> breaks = new ArrayList<>();
        breaks.add(0);
        for (int i = 1; i < n; i++) {
            if (text.breakLevel(i) > TextAnalysis.NONE) {
                breaks.add(i);
            }
        }
        breaks.add(n);
        int count = breaks.size();
        double[] best = new double[count];
        int[] from = new int[count];
        Layout[] layouts = new Layout[count];
        int window = limits.maxLines() * Math.max(limits.chineseHalfUnits(), limits.latinCharacters()) + WINDOW_SLACK;
        for (int j = 1; j < count; j++) {
            best[j] = INFEASIBLE;
            int end = breaks.get(j);
            for (int i = j - 1; i >= 0; i--) {
                int start = i == 0 ? 0 : text.resumeAfter(breaks.get(i));
                if (end - start > window) {
                    break;
                }
                if (best[i] == INFEASIBLE || start >= end) {
                    continue;
                }
                Layout layout = lines(breaks, i, j, start, end);
                if (layout == null) {
                    continue;
                }
                double cost = best[i] + layout.cost + cueCost(start, end, j == count - 1);
                if (cost < best[j]) {
                    best[j] = cost;
                    from[j] = i;
                    layouts[j] = layout;
                }
            }
            if (best[j] == INFEASIBLE) {
                // Nothing fits (a character wider than a line): take the shortest piece as it is.
                int i = j - 1;
                int start = i == 0 ? 0 : text.resumeAfter(breaks.get(i));
                best[j] = (best[i] == INFEASIBLE ? 0 : best[i]) + 10_000;
                from[j] = i;
                layouts[j] = new Layout(0, List.of(new int[] {start, end}), false, false);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (int j = count - 1; j > 0; j = from[j]) {
            int i = from[j];
            int start = i == 0 ? 0 : text.resumeAfter(breaks.get(i));
            Layout layout = layouts[j];
            pieces.add(0, new Piece(start, breaks.get(j), layout.lines, layout.labelled, layout.labelOnOwnLine));
        }
        return pieces;
    }

    private double cueCost(int start, int end, boolean last) {
        double cost = 4;
        int level = last ? TextAnalysis.SENTENCE : text.breakLevel(end);
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
        if (seconds.of(text, start, end) < limits.minSeconds()) {
            cost += 25;
        }
        if (!last) {
            cost += fragment(end);
        }
        if (level < TextAnalysis.SENTENCE && text.innerSentenceEnds(start, end) > 0) {
            cost += 10; // the cue ends one sentence and cuts the next
        }
        cost += UNMATCHED_QUOTE_COST * text.unmatchedQuotes(start, end);
        return cost;
    }

    private record Layout(double cost, List<int[]> lines, boolean labelled, boolean labelOnOwnLine) {}

    /** The best lines for the cue {@code [start, end)} between breaks {@code i} and {@code j}, or null. */
    private Layout lines(List<Integer> breaks, int i, int j, int start, int end) {
        if (seconds.of(text, start, end) > limits.maxSeconds()) {
            return null;
        }
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
        int total = width(chinese, start, end);
        if (total + reserve <= capacity) {
            return new Layout(0, List.of(new int[] {start, end}), labelled, ownLine);
        }
        if (maxLines < 2) {
            return null;
        }
        // The speaker's name on a line of its own above a text that fits one line ("Elain Chaw：" /
        // "我们稍后会谈谈人工智能，") beats cutting the text after a word or two to share the name's line.
        if (labelled && !ownLine && total <= capacity) {
            return new Layout(OWN_LINE_LABEL_COST, List.of(new int[] {start, end}), true, true);
        }
        boolean twoSentences = text.innerSentenceEnds(start, end) > 0;
        double bestCost = INFEASIBLE;
        int bestBreak = -1;
        for (int m = i + 1; m < j; m++) {
            int b = breaks.get(m);
            int next = text.resumeAfter(b);
            if (b <= start || next >= end) {
                continue;
            }
            int first = width(chinese, start, b) + reserve;
            int second = width(chinese, next, end);
            if (first > capacity || second > capacity) {
                continue;
            }
            int level = text.breakLevel(b);
            double cost = switch (level) {
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
            if (level < TextAnalysis.SENTENCE && twoSentences) {
                cost += SENTENCE_ACROSS_LINES_COST;
            }
            cost += 4.0 * Math.abs(first - second) / capacity;
            // A first line that carries the label is no orphan however few words follow the label.
            cost += (reserve > 0 ? 0 : orphan(start, b)) + orphan(next, end) + fragment(b);
            if (cost < bestCost) {
                bestCost = cost;
                bestBreak = b;
            }
        }
        if (bestBreak < 0) {
            return null;
        }
        return new Layout(bestCost, List.of(new int[] {start, bestBreak}, new int[] {text.resumeAfter(bestBreak), end}),
                labelled, ownLine);
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
