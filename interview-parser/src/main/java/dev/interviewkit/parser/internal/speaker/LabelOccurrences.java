package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.block.OriginalText;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every place in the body where a text stands like a speaker label, in one pass over the
 * paragraphs: bold labels at a line start, after a finished sentence and wrapped before their colon,
 * and plain labels at a line start. It only collects; {@link SpeakerModel} decides.
 */
public final class LabelOccurrences {

    /** What follows a label is read this far, enough to tell speech from a caption. */
    static final int FOLLOWING_READ = 240;

    private LabelOccurrences() {}

    /** The occurrences in the body's paragraphs, in source order. */
    public static List<LabelOccurrence> collect(List<RawBlock> body) {
        List<LabelOccurrence> all = new ArrayList<>();
        List<Found> inBlock = new ArrayList<>();
        for (int b = 0; b < body.size(); b++) {
            RawBlock block = body.get(b);
            if (block.kind() != RawBlock.Kind.PARAGRAPH || OriginalText.isDetailsBlock(block.content())) {
                continue;
            }
            inBlock.clear();
            find(block, inBlock);
            if (inBlock.isEmpty()) {
                continue;
            }
            boolean besideImage = hasImage(block) || b > 0 && isImageParagraph(body.get(b - 1))
                    || b + 1 < body.size() && isImageParagraph(body.get(b + 1));
            for (int i = 0; i < inBlock.size(); i++) {
                Found f = inBlock.get(i);
                Found next = i + 1 < inBlock.size() ? inBlock.get(i + 1) : null;
                FollowingText following = readFollowing(block, f, next);
                if (next == null && following.kind() == FollowingText.Kind.NOTHING && b + 1 < body.size()
                        && continuesTurn(body.get(b + 1))) {
                    // A label alone in its paragraph: what it introduces is the next one.
                    following = FollowingText.of(following(block, f, next) + "\n" + head(body.get(b + 1).rawText()));
                }
                all.add(new LabelOccurrence(f.match, block.firstLine() + f.lineIndex, f.column, f.bold, f.placement,
                        following, besideImage, b));
            }
        }
        return all;
    }

    /** A label found in a block: its line (index in the block), where it starts, and where its words start. */
    private record Found(LabelMatch match, int lineIndex, int column, boolean bold, LabelOccurrence.Placement placement,
            int contentLine, int contentStart) {}

    private static void find(RawBlock block, List<Found> found) {
        List<String> lines = block.content();
        int carryFrom = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            boolean startsParagraph = k == 0 || SourceLines.endsWithHardBreak(lines.get(k - 1));
            LabelOccurrence.Placement atStart = startsParagraph ? LabelOccurrence.Placement.PARAGRAPH_START
                    : LabelOccurrence.Placement.LINE_START;
            int from = carryFrom;
            carryFrom = 0;
            int first = from == 0 ? LabelDetector.lineStart(line) : from;
            Optional<LabelMatch> opening = from == 0 ? LabelDetector.boldLabel(line) : Optional.empty();
            if (opening.isPresent()) {
                found.add(new Found(opening.get(), k, first, true, atStart, k, opening.get().contentStart()));
            } else if (from == 0) {
                Optional<LabelMatch> plain = LabelDetector.plainLabel(line);
                if (plain.isPresent()) {
                    found.add(new Found(plain.get(), k, first, false, atStart, k, plain.get().contentStart()));
                }
            }
            String next = k + 1 < lines.size() ? lines.get(k + 1) : null;
            // The opening label's own stars are no new label; a line that opens with a wrapped label is looked at from its start.
            int searchFrom = opening.isPresent() || from > 0 ? first + 1 : first;
            for (int p = line.indexOf('*', searchFrom); p >= 0; p = line.indexOf('*', p + 1)) {
                if (!LabelDetector.mayStartTurn(line, p)) {
                    continue;
                }
                Optional<LabelMatch> mid = p == first ? Optional.empty() : LabelDetector.boldLabel(line, p);
                if (mid.isPresent()) {
                    found.add(new Found(mid.get(), k, p, true, LabelOccurrence.Placement.MID_LINE, k, mid.get().contentStart()));
                    continue;
                }
                Optional<LabelDetector.Wrapped> wrapped = LabelDetector.wrappedLabel(line, p, next);
                if (wrapped.isPresent()) {
                    found.add(new Found(wrapped.get().match(), k, p, true, LabelOccurrence.Placement.WRAPPED, k + 1,
                            wrapped.get().contentStartInNext()));
                    carryFrom = wrapped.get().contentStartInNext();
                    break;
                }
            }
        }
    }

    /**
     * What follows {@code f}: {@link FollowingText#of} the {@link #following} text, read in place
     * when that text is one piece of one line (the usual case: a label and its words on a line).
     */
    private static FollowingText readFollowing(RawBlock block, Found f, Found next) {
        List<String> lines = block.content();
        int endLine = next == null ? lines.size() - 1 : next.lineIndex;
        if (f.contentLine >= lines.size() || f.contentLine > endLine) {
            return FollowingText.of(following(block, f, next));
        }
        String line = lines.get(f.contentLine);
        int from = Math.min(f.contentStart, line.length());
        int to = next != null && f.contentLine == next.lineIndex
                ? Math.max(from, Math.min(next.column, line.length())) : line.length();
        boolean onePiece = f.contentLine == endLine || to - from + 1 >= FOLLOWING_READ;
        // the piece's line break, which following() appends, reads as white space: nothing to add
        return onePiece ? FollowingText.of(line, from, to) : FollowingText.of(following(block, f, next));
    }

    /** The text from {@code f}'s words to the next label of the block, or to the block's end. */
    private static String following(RawBlock block, Found f, Found next) {
        List<String> lines = block.content();
        StringBuilder text = new StringBuilder();
        int endLine = next == null ? lines.size() - 1 : next.lineIndex;
        for (int k = f.contentLine; k <= endLine && k < lines.size() && text.length() < FOLLOWING_READ; k++) {
            String line = lines.get(k);
            int from = k == f.contentLine ? Math.min(f.contentStart, line.length()) : 0;
            int to = next != null && k == next.lineIndex ? Math.max(from, Math.min(next.column, line.length())) : line.length();
            text.append(line, from, to).append('\n');
        }
        return text.toString();
    }

    /** A paragraph that goes on with the text before it: no image, and no label at its start. */
    private static boolean continuesTurn(RawBlock block) {
        if (block.kind() != RawBlock.Kind.PARAGRAPH || isImageParagraph(block) || OriginalText.isDetailsBlock(block.content())) {
            return false;
        }
        String first = block.content().get(0);
        return LabelDetector.boldLabel(first).isEmpty() && LabelDetector.plainLabel(first).isEmpty();
    }

    private static String head(String text) {
        return text.length() > FOLLOWING_READ ? text.substring(0, FOLLOWING_READ) : text;
    }

    private static boolean hasImage(RawBlock block) {
        for (String line : block.content()) {
            if (line.contains("![")) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph that is only an image (html2text puts captions right before or after it). */
    private static boolean isImageParagraph(RawBlock block) {
        if (block.kind() != RawBlock.Kind.PARAGRAPH || block.content().isEmpty()) {
            return false;
        }
        String first = SourceLines.strip(block.content().get(0));
        int i = 0;
        while (i < first.length() && (first.charAt(i) == '*' || first.charAt(i) == '[')) {
            i++;
        }
        return first.startsWith("![", i);
    }
}
