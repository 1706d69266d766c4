package dev.interviewkit.parser.internal.header;

import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.RawBlock;
import java.util.List;
import java.util.Optional;

/** One way exporters write an article's header. Adding an exporter's header is adding a dialect. */
public interface HeaderDialect {

    /**
     * What a dialect found at the start of a document.
     *
     * @param blockCount how many leading blocks the header took; 0 when the document does not start with it
     * @param account the publishing account, where the dialect names it apart from the author
     */
    record Header(int blockCount, Optional<String> account) {
        /** No header of this dialect. */
        public static final Header NONE = new Header(0, Optional.empty());
    }

    /** The dialects a document's start is tried against, in order; the first that recognises it reads it. */
    static List<HeaderDialect> standard() {
        return List.of(new CuboxHeaderDialect(), new BackupBannerDialect(), new CrawlerHeaderDialect());
    }

    /**
     * Reads this dialect's header from the first blocks into {@code metadata}; a document that does
     * not start with it leaves {@code metadata} as it was.
     */
    Header read(List<RawBlock> blocks, Metadata.Builder metadata, Diagnostics diagnostics);
}
