package dev.interviewkit.benchmarks;

import dev.interviewkit.export.CueSplitter;
import dev.interviewkit.export.JsonWriter;
import dev.interviewkit.export.MarkdownWriter;
import dev.interviewkit.export.PodcastTranscriptWriter;
import dev.interviewkit.export.SrtWriter;
import dev.interviewkit.export.WebVttWriter;
import dev.interviewkit.icu.IcuWordSegmenter;
import dev.interviewkit.model.Interview;
import dev.interviewkit.parser.InterviewParser;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Write throughput of each writer on the parsed reference article, against commonmark-java's
 * {@link Parser} on the article's text in the same run. The baseline is a parse, not a write, on
 * purpose: the targets ask a writer to keep up with parsing, and measuring both against the same
 * commonmark parse keeps the bar where it is when our own parser gets faster.
 *
 * <p>The interview is parsed once, outside the measurement; each benchmark writes it to a string.
 * The subtitle writers run twice: with the built-in word list, and with ICU's word and line
 * breaking ({@code interview-icu}, whose segmenter would otherwise be found on the class path and
 * used by both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriterBenchmark {

    private String text;
    private Interview interview;
    private Parser commonmarkParser;
    private JsonWriter json;
    private MarkdownWriter markdown;
    private SrtWriter srt;
    private WebVttWriter webVtt;
    private PodcastTranscriptWriter podcastTranscript;
    private SrtWriter srtIcu;
    private WebVttWriter webVttIcu;
    private PodcastTranscriptWriter podcastTranscriptIcu;

    /** Parses the reference article and builds every writer once, outside the measurement. */
    @Setup
    public void setUp() {
        text = BenchmarkInput.REFERENCE_ARTICLE.text();
        interview = InterviewParser.builder().build().parse(text).interview();
        commonmarkParser = Parser.builder().build();
        json = JsonWriter.builder().build();
        markdown = MarkdownWriter.builder().build();
        CueSplitter commonWords = CueSplitter.builder().commonWords().build();
        srt = SrtWriter.builder().cues(commonWords).build();
        webVtt = WebVttWriter.builder().cues(commonWords).build();
        podcastTranscript = PodcastTranscriptWriter.builder().cues(commonWords).build();
        CueSplitter icu = CueSplitter.builder().words(new IcuWordSegmenter()).build();
        srtIcu = SrtWriter.builder().cues(icu).build();
        webVttIcu = WebVttWriter.builder().cues(icu).build();
        podcastTranscriptIcu = PodcastTranscriptWriter.builder().cues(icu).build();
    }

    /** The baseline: commonmark-java's parse of the article's text to its document tree. */
    @Benchmark
    public Node commonmark() {
        return commonmarkParser.parse(text);
    }

    /** SubRip subtitles, estimated times and cue layout included. */
    @Benchmark
    public String srt() {
        return srt.write(interview);
    }

    /** WebVTT subtitles, estimated times and cue layout included. */
    @Benchmark
    public String webVtt() {
        return webVtt.write(interview);
    }

    /** The Podcasting 2.0 JSON transcript, one segment a cue. */
    @Benchmark
    public String podcastTranscript() {
        return podcastTranscript.write(interview);
    }

    /** SubRip subtitles with ICU's words and line breaking. */
    @Benchmark
    public String srtIcu() {
        return srtIcu.write(interview);
    }

    /** WebVTT subtitles with ICU's words and line breaking. */
    @Benchmark
    public String webVttIcu() {
        return webVttIcu.write(interview);
    }

    /** The Podcasting 2.0 JSON transcript with ICU's words and line breaking. */
    @Benchmark
    public String podcastTranscriptIcu() {
        return podcastTranscriptIcu.write(interview);
    }

    /** Canonical Markdown. */
    @Benchmark
    public String markdown() {
        return markdown.write(interview);
    }

    /** JSON, schema version 2. */
    @Benchmark
    public String json() {
        return json.write(interview);
    }
}
