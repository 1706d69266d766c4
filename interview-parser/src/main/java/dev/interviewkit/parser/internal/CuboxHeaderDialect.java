package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Metadata;
import java.util.List;
import java.util.Optional;

/**
 * Cubox's export header: a setext title ({@code ====}), then one line
 * {@code [mp.weixin.qq.com](url)Author Account} giving the source and who published it.
 */
final class CuboxHeaderDialect implements HeaderDialect {

    @Override
    public int read(List<RawBlock> blocks, Metadata.Builder metadata, Diagnostics diagnostics) {
        if (blocks.size() < 2 || blocks.get(0).kind() != RawBlock.Kind.HEADING || blocks.get(0).level() != 1) {
            return 0;
        }
        RawBlock sourceLine = blocks.get(1);
        if (sourceLine.kind() != RawBlock.Kind.PARAGRAPH || sourceLine.content().size() != 1) {
            return 0;
        }
        List<Inline> inlines = InlineParser.parse(sourceLine.content()).inlines();
        if (inlines.isEmpty() || !(inlines.get(0) instanceof Inline.Link link) || !isHostName(link.plainText())) {
            return 0;
        }
        String title = InlineParser.parse(blocks.get(0).content()).plainText();
        if (!title.isBlank()) {
            metadata.title(title);
        }
        metadata.sourceUrl(link.url());
        publisher(Inline.plainText(inlines.subList(1, inlines.size()))).ifPresent(metadata::author);
        metadata.addLine(blocks.get(0).lines()).addLine(sourceLine.lines());
        return 2;
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
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.length() % 2 == 1) {
            int half = t.length() / 2;
            if (t.charAt(half) == ' ' && t.substring(0, half).equals(t.substring(half + 1))) {
                return Optional.of(t.substring(0, half));
            }
        }
        int lastSpace = t.lastIndexOf(' ');
        return Optional.of(lastSpace > 0 ? t.substring(0, lastSpace).strip() : t);
    }
}
