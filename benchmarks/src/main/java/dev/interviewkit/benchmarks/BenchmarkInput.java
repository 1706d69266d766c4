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
     * The reference article repeated {@value #REPETITIONS} times, each copy followed by a blank
     * line: a large archive export (about 3.7 MB of UTF-8), where linear time shows. Its time per
     * megabyte should stay close to {@link #REFERENCE_ARTICLE}'s.
     */
    REFERENCE_ARTICLE_X100 {
        @Override
        String text() {
            return (readReferenceArticle() + "\n\n").repeat(REPETITIONS);
        }
    };

    /** How many copies of the article {@link #REFERENCE_ARTICLE_X100} holds. */
    public static final int REPETITIONS = 100;

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
