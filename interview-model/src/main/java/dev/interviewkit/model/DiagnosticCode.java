package dev.interviewkit.model;

/** What a diagnostic is about: a closed set, so that tools can act on codes rather than messages. */
public enum DiagnosticCode {
    /** The input was longer than the parser's limit; the rest was not read. */
    INPUT_TOO_LARGE,
    /** More diagnostics than the limit; later ones were dropped. */
    TOO_MANY_DIAGNOSTICS,
    /** A nesting or length limit stopped the parser from going deeper. */
    LIMIT_REACHED,
    /** Bytes that are not UTF-8 were replaced by U+FFFD. */
    INVALID_ENCODING,
    /** A control character (such as NUL) was removed from the text. */
    CONTROL_CHARACTER,
    /** A header field the parser does not interpret; it is kept as a key/value pair. */
    UNKNOWN_HEADER_FIELD,
    /** A header field's value could not be read (a date that is no date). */
    INVALID_HEADER_VALUE,
    /** Broken emphasis markers ({@code ****Sam Altman:****}) were repaired. */
    REPAIRED_MARKUP,
    /** A corrupted HTML entity ({@code &from;=appmsg}) was repaired. */
    REPAIRED_ENTITY,
    /** Markup that opens and never closes; it was read as text. */
    UNCLOSED_MARKUP,
    /**
     * Inline HTML was reduced to its text; for a saved page, markup that is not article text was
     * left out (the page around the article body, a {@code javascript:} link's target).
     */
    INLINE_HTML,
    /** Text in the transcript before any speaker label; it is kept as boilerplate or lead. */
    TEXT_WITHOUT_SPEAKER,
    /** A label that looks like a speaker but was read as text. */
    AMBIGUOUS_LABEL,
    /** A sentence cut in two by a heading was joined back. */
    SENTENCE_SPLIT_BY_HEADING,
    /** A timestamp that could not be read. */
    INVALID_TIMESTAMP,
    /** Text that is neither content nor known boilerplate; it is kept as boilerplate of kind OTHER. */
    UNCLASSIFIED_TEXT,
    /** The document has no transcript: no speaker turns were found. */
    NO_TRANSCRIPT,
    /**
     * The input is not what the parser reads: a saved HTML page read as Markdown (a warning), an
     * MHTML archive, or the notice page WeChat serves for a deleted article (errors).
     */
    UNSUPPORTED_INPUT,
    /** A fault in the parser itself; the text is kept as boilerplate. Please report it with the input. */
    INTERNAL_ERROR
}
