package dev.interviewkit.benchmarks;

import dev.interviewkit.parser.InterviewParser;
import dev.interviewkit.parser.internal.ParserSettings;
import dev.interviewkit.parser.internal.block.BlockScanner;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.source.SourceDecoder;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput of {@link InterviewParser} against commonmark-java's {@link Parser} on the same
 * text, in the same run: the ratio of the two is the number to read, not the absolute values.
 *
 * <p>The defaults suit a real run on two cores, where the JIT needs about ten seconds of warm-up.
 * Both parsers are built once and reused, as their documentation recommends.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {

    /** The document parsed, one benchmark run for each. */
    @Param
    public BenchmarkInput input;

    private String text;
    private InterviewParser interviewParser;
    private Parser commonmarkParser;

    /** Builds the input and both parsers once, outside the measurement. */
    @Setup
    public void setUp() {
        text = input.text();
        interviewParser = InterviewParser.builder().build();
        commonmarkParser = Parser.builder().build();
    }

    /**
     * Our full parse: text to {@code Interview} with diagnostics, and every value the model derives
     * lazily forced, so that moving work into lazy values cannot pass for speed.
     */
    @Benchmark
    public long interviewParser() {
        return FullParse.force(interviewParser.parse(text));
    }

    /**
     * Not a target but the explanation of the gap: only the Markdown reading of our parse, the part
     * commonmark-java also does (decoding, the block scanner, the inline parser over every block),
     * without labels, the speaker model, assembly or the model. It calls parser internals, which
     * this class-path jar can reach; no user can.
     */
    @Benchmark
    public long markdownReading() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(text, READING_SETTINGS);
        long inlines = 0;
        for (RawBlock block : BlockScanner.scan(decoded.lines())) {
            inlines += InlineParser.parse(block.content()).inlines().size();
        }
        return inlines;
    }

    /** The parser's own default limits. */
    private static final ParserSettings READING_SETTINGS = new ParserSettings(InterviewParser.DEFAULT_MAX_INPUT_CHARS,
            InterviewParser.DEFAULT_MAX_DIAGNOSTICS);

    /** The baseline: commonmark-java's parse of the same text to its document tree. */
    @Benchmark
    public Node commonmark() {
        return commonmarkParser.parse(text);
    }
}
