package dev.interviewkit.parser.internal.header;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.block.RawBlock;
import java.util.List;
import java.util.Optional;

/**
 * Cubox's export header: a setext title ({@code ====}), then one line
 * {@code [mp.weixin.qq.com](url)Author Account} giving the source and who published it.
 */
final class CuboxHeaderDialect implements HeaderDialect {

    @Override
    public Header read(List<RawBlock> blocks, Metadata.Builder metadata, Diagnostics diagnostics) {
        if (blocks.size() < 2 || blocks.get(0).kind() != RawBlock.Kind.HEADING || blocks.get(0).level() != 1) {
            return Header.NONE;
        }
        RawBlock sourceLine = blocks.get(1);
        if (sourceLine.kind() != RawBlock.Kind.PARAGRAPH || sourceLine.content().size() != 1) {
            return Header.NONE;
        }
        List<Inline> inlines = InlineParser.parse(sourceLine.content()).inlines();
        if (inlines.isEmpty() || !(inlines.get(0) instanceof Inline.Link link) || !isHostName(link.plainText())) {
            return Header.NONE;
        }
        String title = InlineParser.parse(blocks.get(0).content()).plainText();
        if (!title.isBlank()) {
            metadata.title(title);
        }
        metadata.sourceUrl(link.url());
        String publisher = Inline.plainText(inlines.subList(1, inlines.size()));
        publisher(publisher).ifPresent(metadata::author);
        metadata.addLine(blocks.get(0).lines()).addLine(sourceLine.lines());
        return new Header(2, account(publisher));
    }

    private static boolean isHostName(String text) {
        return text.contains(".") && text.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.'
                || c == '-'));
    }

    /**
     * The author: Cubox writes the author, a space and the account ({@code 李榜主 AI产品榜}), often
     * the same name twice ({@code Founder Park Founder Park}).
     */
    static Optional<String> publisher(String text) {
        String t = text.strip();
        int lastSpace = t.lastIndexOf(' ');
        return t.isEmpty() ? Optional.empty()
                : Optional.of(doubledName(t).orElse(lastSpace > 0 ? t.substring(0, lastSpace).strip() : t));
    }

    /** The account: the name after the author, or the doubled name itself. */
    static Optional<String> account(String text) {
        String t = text.strip();
        int lastSpace = t.lastIndexOf(' ');
        return t.isEmpty() ? Optional.empty()
                : Optional.of(doubledName(t).orElse(lastSpace > 0 ? t.substring(lastSpace + 1) : t));
    }

    /** {@code X} when {@code text} is {@code X X}. */
    private static Optional<String> doubledName(String text) {
        int half = text.length() / 2;
        boolean doubled = text.length() % 2 == 1 && text.charAt(half) == ' '
                && text.substring(0, half).equals(text.substring(half + 1));
        return doubled ? Optional.of(text.substring(0, half)) : Optional.empty();
    }
}
