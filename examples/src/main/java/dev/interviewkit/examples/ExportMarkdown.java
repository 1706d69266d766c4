package dev.interviewkit.examples;

import dev.interviewkit.export.MarkdownWriter;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Parses an article and writes it back as clean, canonical Markdown: the header, the key points,
 * the lead, the transcript with one bold label per turn, the sources; boilerplate left out.
 *
 * <pre>{@code java dev.interviewkit.examples.ExportMarkdown article.md [--front-matter]}</pre>
 */
public final class ExportMarkdown {

    private ExportMarkdown() {}

    /** {@code article} as canonical Markdown, with YAML front matter when asked. */
    public static String markdown(Path article, boolean frontMatter) throws IOException {
        MarkdownWriter writer = MarkdownWriter.builder()
                .header(frontMatter ? MarkdownWriter.Header.YAML_FRONT_MATTER : MarkdownWriter.Header.REFERENCE)
                .labels(MarkdownWriter.Labels.AS_WRITTEN)
                .build();
        return writer.write(InterviewParser.builder().build().parse(article).interview());
    }

    /** {@code ExportMarkdown ARTICLE [--front-matter]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ExportMarkdown ARTICLE.md [--front-matter]");
            System.exit(2);
        }
        System.out.print(markdown(Path.of(args[0]), args.length == 2 && args[1].equals("--front-matter")));
    }
}
