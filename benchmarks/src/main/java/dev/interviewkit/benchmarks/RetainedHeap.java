package dev.interviewkit.benchmarks;

import dev.interviewkit.parser.InterviewParser;
import dev.interviewkit.parser.ParseResult;
import java.nio.charset.StandardCharsets;
import org.openjdk.jol.info.GraphLayout;

/**
 * The heap a parse result keeps alive, against the size of its input in UTF-8: what holding a
 * parsed archive in memory costs. The result is fully parsed first ({@link FullParse}), so the
 * derived texts a user reads are counted too. The input text itself is not part of the result and
 * is not counted unless the model shares it.
 *
 * <p>Run it with {@code java -cp benchmarks/target/benchmarks.jar
 * dev.interviewkit.benchmarks.RetainedHeap} (add {@code -Djdk.attach.allowAttachSelf} to
 * silence JOL's warning about instrumentation, which it does not need here); sizes come from JOL's walk of the object graph, so
 * they do not depend on when the collector runs.
 */
public final class RetainedHeap {

    private RetainedHeap() {}

    /** Prints, for each benchmark input, the result's retained size and its ratio to the input. */
    public static void main(String[] args) {
        // JOL cannot ask Unsafe for the field offsets of records (LabelDecision is one); this
        // option makes it find them another way. It is read when JOL first loads.
        System.setProperty("jol.magicFieldOffset", "true");
        InterviewParser parser = InterviewParser.builder().build();
        System.out.printf("%-24s %14s %14s %8s%n", "input", "UTF-8 bytes", "retained bytes", "ratio");
        for (BenchmarkInput input : BenchmarkInput.values()) {
            String text = input.text();
            ParseResult result = parser.parse(text);
            FullParse.force(result);
            long retained = GraphLayout.parseInstance(result).totalSize();
            long utf8 = text.getBytes(StandardCharsets.UTF_8).length;
            System.out.printf("%-24s %,14d %,14d %8.2f%n", input, utf8, retained, (double) retained / utf8);
        }
    }
}
