/**
 * Batch conversion: many articles parsed and written in parallel, each input an independent unit
 * of work with an immutable result. {@code BatchConverter} is the entry point.
 */
module dev.interviewkit.batch {
    requires transitive dev.interviewkit.parser;
    requires transitive dev.interviewkit.export;
    requires tools.jackson.databind;

    exports dev.interviewkit.batch;
}
