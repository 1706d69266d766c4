package dev.interviewkit.parser.internal.header;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.block.RawBlock;
import java.util.List;
import java.util.Optional;

/**
 * The header of an archive of backed-up WeChat articles: {@code # title}, then a link
 * {@code [**返回列表页**](/gzh/三联生活周刊)} back to the account's list (which names the account),
 * then the archive's note {@code 小懒自动备份，仅供查阅学习}.
 */
final class BackupBannerDialect implements HeaderDialect {

    private static final String BACK_TO_LIST = "返回列表页";
    private static final String ARCHIVE_NOTE = "自动备份";

    @Override
    public Header read(List<RawBlock> blocks, Metadata.Builder metadata, Diagnostics diagnostics) {
        if (blocks.size() < 2 || blocks.get(0).kind() != RawBlock.Kind.HEADING || blocks.get(0).level() != 1) {
            return Header.NONE;
        }
        RawBlock banner = blocks.get(1);
        List<Inline> inlines = InlineParser.parse(banner.content()).inlines();
        if (banner.kind() != RawBlock.Kind.PARAGRAPH || inlines.size() != 1
                || !(inlines.get(0) instanceof Inline.Link link) || !link.plainText().contains(BACK_TO_LIST)) {
            return Header.NONE;
        }
        String title = InlineParser.parse(blocks.get(0).content()).plainText();
        if (!title.isBlank()) {
            metadata.title(title);
        }
        String path = link.url();
        String account = path.substring(path.lastIndexOf('/') + 1).strip();
        if (!account.isEmpty()) {
            metadata.author(account);
        }
        metadata.addLine(blocks.get(0).lines()).addLine(banner.lines());
        int consumed = 2;
        if (blocks.size() > 2 && blocks.get(2).kind() == RawBlock.Kind.PARAGRAPH
                && blocks.get(2).rawText().contains(ARCHIVE_NOTE)) {
            metadata.addLine(blocks.get(2).lines());
            consumed = 3;
        }
        return new Header(consumed, Optional.of(account).filter(a -> !a.isEmpty()));
    }
}
