package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.block.OriginalText;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.rules.LabelCharacters;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the accepted speakers' labels that html2text glued to the text before them, where a lost
 * paragraph break put a question after an image caption ({@code …剧照三联生活周刊：你…}) or after
 * the previous answer, or started a line inside a paragraph with a plain label. Such a place is
 * looked at only once the document is known to be a transcript and the label to be a speaker's,
 * and it starts a turn only when speech follows.
 */
final class GluedLabels {

    /** Shorter labels ({@code 问}, {@code A}) are glued only after a finished sentence; they hide in words. */
    private static final int MIN_FREE_LENGTH = 3;

    private GluedLabels() {}

    /**
     * The glued occurrences of the labels of {@code turns} anywhere in the body (the first question
     * of an interview is often glued to the caption of the photo above it), never inside one of
     * {@code everyLabel}, the labels already found.
     */
    static List<LabelOccurrence> find(List<RawBlock> body, List<LabelOccurrence> turns, List<LabelOccurrence> everyLabel) {
        if (turns.isEmpty()) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        turns.forEach(turn -> forms.add(turn.label()));
        // No label hides inside another one, speaker or not (周边游 in 🎐周边游：).
        Map<Integer, TreeMap<Integer, Integer>> taken = new HashMap<>();
        everyLabel.forEach(o -> take(taken, o.line(), o.column(), o.match().contentStart()));
        List<String> byLength = forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<LabelOccurrence> glued = new ArrayList<>();
        for (int b = 0; b < body.size(); b++) {
            RawBlock block = body.get(b);
            if (block.kind() != RawBlock.Kind.PARAGRAPH || OriginalText.isDetailsBlock(block.content())) {
                continue;
            }
            for (int k = 0; k < block.content().size(); k++) {
                findInLine(block, b, k, byLength, taken, glued);
            }
        }
        return glued;
    }

    /** Marks the columns {@code from} (inclusive) to {@code to} of {@code line} as a label's. */
    private static void take(Map<Integer, TreeMap<Integer, Integer>> taken, int line, int from, int to) {
        taken.computeIfAbsent(line, l -> new TreeMap<>()).merge(from, Math.max(from + 1, to), Math::max);
    }

    /** Whether {@code column} of {@code line} lies in a label already found ({@code Sam Altman} in {@code 嘉宾Sam Altman：}). */
    private static boolean isTaken(Map<Integer, TreeMap<Integer, Integer>> taken, int line, int column) {
        TreeMap<Integer, Integer> spans = taken.get(line);
        Map.Entry<Integer, Integer> before = spans == null ? null : spans.floorEntry(column);
        return before != null && column < before.getValue();
    }

    private static void findInLine(RawBlock block, int b, int k, List<String> forms, Map<Integer, TreeMap<Integer, Integer>> taken,
            List<LabelOccurrence> glued) {
        String line = block.content().get(k);
        int number = block.firstLine() + k;
        boolean startsParagraph = k == 0 || SourceLines.endsWithHardBreak(block.content().get(k - 1));
        int opening = LabelDetector.lineStart(line);
        for (String form : forms) {
            for (int at = line.indexOf(form); at >= 0; at = line.indexOf(form, at + form.length())) {
                int column = boldStart(line, at);
                boolean lineStart = column <= opening;
                if (lineStart && startsParagraph || isTaken(taken, number, column) || isTaken(taken, number, at)
                        || !freeBefore(line, column, form, lineStart)) {
                    continue;
                }
                java.util.Optional<LabelMatch> match = column < at ? LabelDetector.boldLabel(line, column)
                        .filter(m -> m.label().equals(form)) : plainAt(line, at, form);
                if (match.isEmpty()) {
                    continue;
                }
                int from = Math.min(match.get().contentStart(), line.length());
                StringBuilder following = new StringBuilder(line.substring(from, Math.min(line.length(), from + LabelOccurrences.FOLLOWING_READ)));
                for (int j = k + 1; j < block.content().size() && following.length() < LabelOccurrences.FOLLOWING_READ; j++) {
                    following.append('\n').append(block.content().get(j));
                }
                FollowingText text = FollowingText.of(following.toString());
                if (text.isSpeech()) {
                    take(taken, number, column, match.get().contentStart());
                    glued.add(new LabelOccurrence(match.get(), number, column, column < at,
                            LabelOccurrence.Placement.GLUED, text, false, b));
                }
            }
        }
    }

    /** Where the label's bold run starts, if stars open it right before {@code at}. */
    private static int boldStart(String line, int at) {
        int i = at;
        while (i > 0 && line.charAt(i - 1) == '*') {
            i--;
        }
        return at - i >= 2 ? i : at;
    }

    /** The plain label {@code form} at {@code at}, when a colon follows it (spaces allowed). */
    private static java.util.Optional<LabelMatch> plainAt(String line, int at, String form) {
        int i = at + form.length();
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || !LabelCharacters.isColon(line.charAt(i))) {
            return java.util.Optional.empty();
        }
        int contentStart = i + 1;
        while (contentStart < line.length() && line.charAt(contentStart) == ' ') {
            contentStart++;
        }
        return java.util.Optional.of(new LabelMatch(form, line.substring(at, i + 1), contentStart, false, true));
    }

    /**
     * Whether nothing before the label makes it part of a longer word: a line start, a finished
     * sentence or clause, markup, a bracket, or, for a label long enough to be unambiguous, anything.
     */
    private static boolean freeBefore(String line, int column, String form, boolean lineStart) {
        if (lineStart) {
            return true;
        }
        int i = column - 1;
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        char before = line.charAt(i);
        // Inside a quotation or a title (“杉本博司：无尽的刹那”), or one name of a list (陈天勇、张亚蕊：).
        if ("“‘「『《（(【、".indexOf(before) >= 0) {
            return false;
        }
        return form.codePointCount(0, form.length()) >= MIN_FREE_LENGTH || "。！？!?…”\"）)」』】*".indexOf(before) >= 0;
    }
}
