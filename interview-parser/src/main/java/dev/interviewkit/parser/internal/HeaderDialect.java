package dev.interviewkit.parser.internal;

import java.util.List;

/** One way exporters write an article's header. Adding an exporter's header is adding a dialect. */
public interface HeaderDialect {

    /**
     * Reads this dialect's header from the first blocks into the draft's metadata (and the
     * publishing account, where the dialect names it).
     *
     * @return how many leading blocks the header took; 0 when the document does not start with it
     */
    int read(List<RawBlock> blocks, InterviewDraft draft, Diagnostics diagnostics);
}
