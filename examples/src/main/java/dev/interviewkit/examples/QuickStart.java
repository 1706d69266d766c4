package dev.interviewkit.examples;

import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.InterviewParser;
import dev.interviewkit.parser.ParseResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's first example, word for word: parse an article, print who says what, write JSON.
 *
 * <pre>{@code java -cp interview.jar dev.interviewkit.examples.QuickStart article.md}</pre>
 */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Parses the article named by the first argument, prints its title and turns, and writes its
     * JSON next to it ({@code article.md.json}).
     *
     * @throws IOException if the article cannot be read or the JSON cannot be written
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path article = Path.of(args[0]);
        // tag::quickstart[]
        InterviewParser parser = InterviewParser.builder().build(); // immutable, thread-safe: reuse it
        ParseResult result = parser.parse(article);                   // never throws on text
        Interview interview = result.interview();

        out.println(interview.metadata().title().orElse("(untitled)"));
        for (Turn turn : interview.turns()) {
            String speaker = interview.participant(turn.speaker()).orElseThrow().name();
            out.println(speaker + ": " + turn.text());
        }
        result.diagnostics().forEach(d -> out.println("  " + d)); // line:column: severity [code] message

        String json = JsonWriter.builder().build().write(interview);
        Files.writeString(Path.of(article + ".json"), json);
        // end::quickstart[]
    }
}
