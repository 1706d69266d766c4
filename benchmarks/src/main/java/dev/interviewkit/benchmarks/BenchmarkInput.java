package dev.interviewkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documents the benchmarks parse, built from the bundled reference article. */
public enum BenchmarkInput {

    /** The reference article as it is (about 37 kB of UTF-8). */
    REFERENCE_ARTICLE {
        @Override
        String text() {
            return readReferenceArticle();
        }
    },

    /**
     * The reference article repeated, separated by blank lines, until the document holds at least
     * {@value #LARGE_DOCUMENT_CHARS} characters: a large archive export, where linear time shows.
     */
    LARGE_SYNTHETIC {
        @Override
        String text() {
            String article = readReferenceArticle();
            StringBuilder document = new StringBuilder(LARGE_DOCUMENT_CHARS + article.length() + 2);
            while (document.length() < LARGE_DOCUMENT_CHARS) {
                document.append(article).append("\n\n");
            }
            return document.toString();
        }
    };

    /** The least number of characters of {@link #LARGE_SYNTHETIC}: one mebichar. */
    public static final int LARGE_DOCUMENT_CHARS = 1 << 20;

    private static final String REFERENCE_ARTICLE_RESOURCE = "/samples/reference-article.md";

    /** The document's text. */
    abstract String text();

    private static String readReferenceArticle() {
        try (InputStream in = BenchmarkInput.class.getResourceAsStream(REFERENCE_ARTICLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + REFERENCE_ARTICLE_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
