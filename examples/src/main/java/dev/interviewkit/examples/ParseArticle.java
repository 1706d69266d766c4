package dev.interviewkit.examples;

import dev.interviewkit.cli.ReferenceArticle;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Example: parse an article and list who speaks and what each turn starts with.
 *
 * <pre>{@code java -cp interview.jar dev.interviewkit.examples.ParseArticle [FILE]}</pre>
 *
 * <p>Without a file it reads the bundled reference article.
 */
public final class ParseArticle {

    private static final int PREVIEW_CODE_POINTS = 40;

    private ParseArticle() {}

    /**
     * Prints the participants and turns of the article named by the first argument, or of the
     * bundled reference article when there is none.
     *
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0) {
            printTranscript(Path.of(args[0]), out);
        } else {
            try (InputStream in = ReferenceArticle.open()) {
                printTranscript(InterviewParser.builder().build().parse(in).interview(), out);
            }
        }
        out.flush();
    }

    /**
     * Parses the article at {@code article} and prints its participants and turns to {@code out}.
     *
     * @throws IOException if the file cannot be read or {@code out} fails
     */
    public static void printTranscript(Path article, Appendable out) throws IOException {
        InterviewParser parser = InterviewParser.builder().build();
        printTranscript(parser.parse(article).interview(), out);
    }

    /**
     * Prints the participants of {@code interview}, then one line a turn:
     * {@code [section] speaker: the first 40 characters…}.
     *
     * @throws IOException if {@code out} fails
     */
    public static void printTranscript(Interview interview, Appendable out) throws IOException {
        out.append("Participants\n");
        for (Participant participant : interview.participants()) {
            out.append("  ").append(participant.name())
                    .append(" (").append(participant.id()).append(", ").append(participant.role().name()).append(")\n");
        }
        out.append("Turns\n");
        for (Section section : interview.sections()) {
            String sectionTitle = section.title().orElse("(opening)");
            for (Turn turn : section.turns()) {
                String speaker = interview.participant(turn.speaker()).map(Participant::name).orElse(turn.speaker());
                out.append("  [").append(sectionTitle).append("] ")
                        .append(speaker).append(": ").append(preview(turn.text())).append('\n');
            }
        }
    }

    private static String preview(String text) {
        if (text.codePointCount(0, text.length()) <= PREVIEW_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, PREVIEW_CODE_POINTS)) + "…";
    }
}
