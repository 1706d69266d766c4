package dev.interviewkit.parser;

/**
 * What kind of document the parser reads. By default it decides from the content, and from the
 * file name when it has one; a builder option ({@link InterviewParser.Builder#inputFormat}) forces
 * one kind.
 */
public enum InputFormat {
    /**
     * Decide per document: a saved web page ({@code <!DOCTYPE html>}, {@code <html>}, or a body
     * fragment holding WeChat's {@code js_content}) or a file named {@code .html}/{@code .htm} is
     * read as {@link #HTML}, anything else as {@link #MARKDOWN}. Markdown that holds inline HTML
     * ({@code <details>}, {@code <br>}) stays Markdown.
     */
    AUTO,
    /** Markdown, as crawler tools and other exporters save articles. */
    MARKDOWN,
    /**
     * A saved WeChat article page, or a fragment of one: its article body and metadata are read
     * with jsoup; nothing in the page is executed or fetched.
     */
    HTML
}
