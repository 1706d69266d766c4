package dev.interviewkit.parser.internal.header;

import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.rules.HeaderKeys;
import java.util.List;
import java.util.Optional;

/**
 * The most common crawler's header: {@code # title}, then {@code 文章作者:}, {@code 发布时间:},
 * {@code 发布地:}, {@code 原文链接:}, a blank line and {@code 封面图链接:}. Either part may be missing.
 */
final class CrawlerHeaderDialect implements HeaderDialect {

    @Override
    public Header read(List<RawBlock> blocks, Metadata.Builder metadata, Diagnostics diagnostics) {
        int i = 0;
        if (!blocks.isEmpty() && blocks.get(0).kind() == RawBlock.Kind.HEADING && blocks.get(0).level() == 1) {
            RawBlock heading = blocks.get(0);
            String title = InlineParser.parse(heading.content()).plainText();
            if (!title.isBlank()) {
                metadata.title(title);
            }
            metadata.addLine(heading.lines());
            i = 1;
        }
        while (i < blocks.size() && isFieldBlock(blocks.get(i))) {
            RawBlock block = blocks.get(i);
            for (int k = 0; k < block.content().size(); k++) {
                String[] field = HeaderFields.split(block.content().get(k)).orElseThrow();
                HeaderFields.apply(field[0], field[1], block.firstLine() + k, metadata, diagnostics);
            }
            metadata.addLine(block.lines());
            i++;
        }
        return i == 0 ? Header.NONE : new Header(i, Optional.empty());
    }

    /** A paragraph of {@code key: value} lines, at least one with a key the dialects know. */
    private static boolean isFieldBlock(RawBlock block) {
        if (block.kind() != RawBlock.Kind.PARAGRAPH) {
            return false;
        }
        boolean known = false;
        for (String line : block.content()) {
            Optional<String[]> field = HeaderFields.split(line);
            if (field.isEmpty()) {
                return false;
            }
            known |= HeaderKeys.isKnown(field.get()[0]);
        }
        return known;
    }
}
