package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.block.RawBlock;
import java.util.List;
import java.util.function.Predicate;

/**
 * How much of the article's own text the blocks of the body hold, for the speaker model to measure
 * stretches of the body. Within a dialogue every paragraph counts (it is someone's speech); around
 * it only the article's own text does: paragraphs, list items and quotes that are no picture,
 * credit, link line or footer boilerplate. Telling those apart costs more, so it is done once a
 * block, and only when a measure first needs it.
 */
final class ArticleText {

    private final List<RawBlock> body;
    private final Predicate<RawBlock> isArticleText;
    /** Whether each block is article text: null until asked. */
    private final Boolean[] text;
    /** {@code before[b]}: the characters of the paragraphs, list items and quotes before block {@code b}. */
    private final long[] before;
    /**
     * {@code articleBefore[b]}: the characters of article text before block {@code b}, filled from the
     * start only as far as asked ({@code filledBefore}); {@code articleAfter[b]} the same from block
     * {@code b} to the end, filled from the end ({@code filledAfter}). The text before a dialogue is
     * always measured from the article's start and the text after it to the article's end, so a long
     * transcript's blocks are never classified at all.
     */
    private final long[] articleBefore;
    private int filledBefore;
    private final long[] articleAfter;
    private int filledAfter;

    ArticleText(List<RawBlock> body, Predicate<RawBlock> isArticleText) {
        this.body = body;
        this.isArticleText = isArticleText;
        this.text = new Boolean[body.size()];
        this.before = new long[body.size() + 1];
        this.articleBefore = new long[body.size() + 1];
        this.articleAfter = new long[body.size() + 1];
        this.filledAfter = body.size();
        for (int b = 0; b < body.size(); b++) {
            before[b + 1] = before[b] + (isProse(body.get(b)) ? characters(body.get(b)) : 0);
        }
    }

    /** The characters of the prose blocks from {@code from} (inclusive) to {@code to} (exclusive). */
    long between(int from, int to) {
        int end = Math.min(to, body.size());
        return end <= from ? 0 : before[end] - before[from];
    }

    /** The characters of article text in the blocks before block {@code to}. */
    long articleTextBefore(int to) {
        int end = Math.min(to, body.size());
        for (; filledBefore < end; filledBefore++) {
            articleBefore[filledBefore + 1] = articleBefore[filledBefore] + articleCharacters(filledBefore);
        }
        return articleBefore[Math.max(end, 0)];
    }

    /** The characters of article text in the blocks from block {@code from} to the end. */
    long articleTextFrom(int from) {
        int start = Math.max(from, 0);
        for (; filledAfter > start; filledAfter--) {
            articleAfter[filledAfter - 1] = articleAfter[filledAfter] + articleCharacters(filledAfter - 1);
        }
        return start >= body.size() ? 0 : articleAfter[start];
    }

    /**
     * The last block of the turn whose label stands in block {@code b}: the turn goes on in the
     * paragraphs of article text after it, up to a heading, a rule or the footer.
     */
    int turnEnd(int b) {
        int last = b;
        while (last + 1 < body.size() && body.get(last + 1).kind() == RawBlock.Kind.PARAGRAPH && isText(last + 1)) {
            last++;
        }
        return last;
    }

    int size() {
        return body.size();
    }

    private boolean isText(int b) {
        if (text[b] == null) {
            text[b] = isArticleText.test(body.get(b));
        }
        return text[b];
    }

    private long articleCharacters(int b) {
        return isText(b) ? characters(body.get(b)) : 0;
    }

    /** A paragraph, list item or quote: a block that holds running text. */
    static boolean isProse(RawBlock block) {
        return block.kind() == RawBlock.Kind.PARAGRAPH || block.kind() == RawBlock.Kind.LIST_ITEM
                || block.kind() == RawBlock.Kind.QUOTE;
    }

    /** The characters of {@code block}'s lines, markup included. */
    static long characters(RawBlock block) {
        long chars = 0;
        for (String line : block.content()) {
            chars += line.length();
        }
        return chars;
    }
}
