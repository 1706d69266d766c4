/**
 * The tolerant WeChat-Markdown parser, with a front end for saved WeChat pages (HTML): text in, an
 * {@code Interview} and diagnostics out.
 */
module dev.interviewkit.parser {
    requires transitive dev.interviewkit.model;
    requires org.jsoup;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

    exports dev.interviewkit.parser;
}
