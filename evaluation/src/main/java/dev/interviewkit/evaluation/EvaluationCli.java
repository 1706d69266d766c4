package dev.interviewkit.evaluation;

import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluation sample} scores the parser on the labelled sample; {@code evaluation corpus}
 * surveys the whole wild corpus, and with {@code --rename-seed} runs it again with caption words
 * renamed. Both need the wild corpus ({@code ../shared/tools/wild-corpus.sh}); without it they say
 * so and exit 2.
 */
@Command(name = "evaluation", mixinStandardHelpOptions = true,
        description = "Measures the parser on real articles (issue 9).",
        subcommands = {EvaluationCli.Sample.class, EvaluationCli.Corpus.class, EvaluationCli.Explain.class})
public final class EvaluationCli implements Callable<Integer> {

    /** Runs the command; the exit code is 0, or 2 for a usage or I/O problem. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command on the given writers and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new EvaluationCli()).setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("evaluation: " + e.getMessage());
                    return 2;
                });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say 'sample' or 'corpus'");
    }

    /** Options both commands share. */
    static class CorpusOption {
        @Option(names = "--wild", paramLabel = "DIR",
                description = "the unpacked wild corpus (default: $" + WildCorpus.ENVIRONMENT_VARIABLE + ", else a folder 'wild' beside the project)")
        Path wild;

        WildCorpus corpus() throws IOException {
            return WildCorpus.locate(Optional.ofNullable(wild)).orElseThrow(() -> new IOException(
                    "no wild corpus found" + (wild == null ? "" : " at " + wild) + ": unpack it with ../shared/tools/wild-corpus.sh"
                            + " (see evaluation/README.md) or name it with --wild"));
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = "Scores the parser on the labelled sample: detection precision and recall, exact interviews, turn attribution.")
    static final class Sample implements Callable<Integer> {
        @CommandLine.Mixin
        CorpusOption corpus = new CorpusOption();

        @Option(names = "--sample", paramLabel = "DIR", description = "the sample folder (default: evaluation/sample of this project)")
        Path sample;

        @Option(names = "--part", split = ",", defaultValue = "dev",
                description = "which parts to score: dev, final or both (default: dev)")
        List<String> parts;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path dir = sample != null ? sample : SampleFolder.locate().orElseThrow(() ->
                    new IOException("no sample folder found: run from the project or name it with --sample"));
            List<String> chosen = parts.contains("both") ? List.of("dev", "final") : parts;
            List<SampleEvaluation.Scored> scored = new SampleEvaluation(InterviewParser.builder().build(), corpus.corpus(), dir).score(chosen);
            SampleEvaluation.report(scored, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Shows the speaker model's evidence for sampled articles, with their truth: for reading what went wrong.")
    static final class Explain implements Callable<Integer> {
        @CommandLine.Mixin
        CorpusOption corpus = new CorpusOption();

        @Option(names = "--sample", paramLabel = "DIR", description = "the sample folder (default: evaluation/sample of this project)")
        Path sample;

        @CommandLine.Parameters(paramLabel = "ID", description = "sample ids (A001…)")
        List<String> ids;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path dir = sample != null ? sample : SampleFolder.locate().orElseThrow(() ->
                    new IOException("no sample folder found: run from the project or name it with --sample"));
            PrintWriter out = spec.commandLine().getOut();
            InterviewParser parser = InterviewParser.builder().build();
            for (String id : ids) {
                if (Files.isRegularFile(Path.of(id))) {
                    out.println("== " + id);
                    explain(parser.parse(Path.of(id)), out);
                }
            }
            for (SampleEntry entry : SampleEntry.readAll(dir.resolve("sample.tsv"))) {
                if (ids.contains(entry.id())) {
                    out.println("== " + entry.id() + " " + entry.path());
                    Path truthFile = entry.truthFile(dir);
                    if (Files.isRegularFile(truthFile)) {
                        Truth truth = Truth.read(truthFile);
                        out.println("truth: " + (truth.interview() ? "interview" : "no interview") + " "
                                + truth.speakers().stream().map(s -> s.label() + "×" + s.turns()).toList());
                    }
                    explain(parser.parse(new java.io.ByteArrayInputStream(corpus.corpus().read(entry.path()))), out);
                }
            }
            return 0;
        }

        private static void explain(dev.interviewkit.parser.ParseResult result, PrintWriter out) {
            out.println("found: " + FoundSpeaker.of(result.interview()).stream().map(f -> f.forms() + "×" + f.turns()).toList());
            out.println("turns: " + result.interview().turns().stream()
                    .map(t -> t.label().orElse(t.speaker()) + "@" + t.lines().map(r -> String.valueOf(r.start())).orElse("?")).toList());
            result.transcriptEvidence().forEach(e -> out.println("  transcript: " + e));
            for (dev.interviewkit.parser.LabelDecision d : result.labelDecisions()) {
                out.println("  " + (d.speaker() ? "SPEAKER " : "not     ") + d.label() + " ×" + d.occurrences() + " turns " + d.turns()
                        + " line " + d.firstLine() + ": " + String.join("; ", d.evidence()));
            }
        }
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Parses every article of the wild corpus: interviews found, failures, the labels accepted most often.")
    static final class Corpus implements Callable<Integer> {
        @CommandLine.Mixin
        CorpusOption corpus = new CorpusOption();

        @Option(names = "--min-articles", defaultValue = "10", description = "list labels accepted in at least this many articles (default: 10)")
        int minArticles;

        @Option(names = "--rename-seed", paramLabel = "SEED",
                description = "also parse a copy with caption, credit and list words renamed by made-up words (seeded), and compare")
        Long renameSeed;

        @Option(names = "--list", paramLabel = "FILE", description = "write one line per article read as an interview: path and speakers")
        Path list;

        @Option(names = "--threads", description = "parser threads (default: all cores)")
        int threads = Runtime.getRuntime().availableProcessors();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            CorpusSurvey survey = new CorpusSurvey(InterviewParser.builder().build(), corpus.corpus(), threads);
            List<CorpusSurvey.Article> original = survey.run(Optional.empty());
            CorpusSurvey.report(original, minArticles, out);
            if (list != null) {
                try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(list, StandardCharsets.UTF_8))) {
                    CorpusSurvey.list(original, file);
                }
            }
            if (renameSeed != null) {
                out.println();
                out.println("renamed copy (seed " + renameSeed + "):");
                List<CorpusSurvey.Article> renamed = survey.run(Optional.of(new LabelRenamer(renameSeed)));
                CorpusSurvey.report(renamed, minArticles, out);
                CorpusSurvey.compare(original, renamed, out);
            }
            return 0;
        }
    }
}
