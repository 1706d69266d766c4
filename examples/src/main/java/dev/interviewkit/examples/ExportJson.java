package dev.interviewkit.examples;

import dev.interviewkit.cli.ReferenceArticle;
import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Example: parse an article and write its model as JSON.
 *
 * <pre>{@code java -cp interview.jar dev.interviewkit.examples.ExportJson [FILE] > article.json}</pre>
 *
 * <p>Without a file it reads the bundled reference article.
 */
public final class ExportJson {

    private ExportJson() {}

    /**
     * Writes the JSON of the article named by the first argument, or of the bundled reference
     * article when there is none, to standard output in UTF-8.
     *
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0) {
            writeJson(Path.of(args[0]), out);
        } else {
            try (InputStream in = ReferenceArticle.open()) {
                writeJson(InterviewParser.builder().build().parse(in).interview(), out);
            }
        }
        out.flush();
    }

    /**
     * Parses the article at {@code article} and writes its model to {@code out} as indented JSON.
     *
     * @throws IOException if the file cannot be read or {@code out} fails
     */
    public static void writeJson(Path article, Appendable out) throws IOException {
        writeJson(InterviewParser.builder().build().parse(article).interview(), out);
    }

    /**
     * Writes {@code interview} to {@code out} as indented JSON.
     *
     * @throws IOException if {@code out} fails
     */
    public static void writeJson(Interview interview, Appendable out) throws IOException {
        JsonWriter.builder().pretty(true).build().write(interview, out);
    }
}
