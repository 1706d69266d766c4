package dev.interviewkit.cli;

import java.io.InputStream;

/**
 * The reference article bundled with the examples: a WeChat interview with Sam Altman, saved by a
 * crawler, byte for byte {@code samples/reference-article.md}.
 */
public final class ReferenceArticle {

    /** The article's file name. */
    public static final String FILE_NAME = "reference-article.md";

    private static final String RESOURCE = "/samples/" + FILE_NAME;

    private ReferenceArticle() {}

    /**
     * Opens the article's UTF-8 bytes; the caller closes the stream.
     *
     * @throws IllegalStateException if the build left the article out of the class path
     */
    public static InputStream open() {
        InputStream in = ReferenceArticle.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled article " + RESOURCE + " is missing from the class path");
        }
        return in;
    }
}
