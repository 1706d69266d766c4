package dev.interviewkit.parser.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The reference article, bundled from {@code samples/reference-article.md}. */
public final class ReferenceArticle {

    private ReferenceArticle() {}

    public static String text() {
        try (InputStream in = ReferenceArticle.class.getResourceAsStream("/samples/reference-article.md")) {
            if (in == null) {
                throw new IllegalStateException("samples/reference-article.md is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines() {
        return List.of(text().split("\n", -1));
    }
}
