package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Metadata;
import java.util.List;
import java.util.Optional;

/**
 * The most common crawler's header: {@code # title}, then {@code 文章作者:}, {@code 发布时间:},
 * {@code 发布地:}, {@code 原文链接:}, a blank line and {@code 封面图链接:}. Either part may be missing.
 */
public final class CrawlerHeaderDialect implements HeaderDialect {

    @Override
    public int read(List<RawBlock> blocks, InterviewDraft draft, Diagnostics diagnostics) {
        Metadata.Builder metadata = draft.metadata;
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
        return i;
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
            known |= HeaderFields.isKnown(field.get()[0]);
        }
        return known;
    }
}
