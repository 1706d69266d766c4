package dev.interviewkit.cli;

import dev.interviewkit.batch.BatchConverter;
import dev.interviewkit.batch.BatchPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a command over many articles: how many at once, which files a folder gives, the report. */
final class BatchOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--extensions", paramLabel = "EXT", split = ",", defaultValue = "md,markdown,txt,html,htm",
            description = "Folders: read the files with these extensions (default: ${DEFAULT-VALUE}).")
    private List<String> extensions;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON Lines report to FILE: one line per article, in input order (fields in the README).")
    private Path report;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Convert N articles at once, in one JVM (default: one per processor).")
    void jobs(int count) {
        if (count < 1) {
            throw new ParameterException(command.commandLine(), "--jobs must be at least 1, was " + count);
        }
        this.jobs = count;
    }

    /** A converter builder with these options and {@code article}'s parser. */
    BatchConverter.Builder converter(ArticleOptions article) {
        try {
            return BatchConverter.builder().jobs(jobs).inputExtensions(extensions).parser(article.parser());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /** The report file, if asked for. */
    Optional<Path> report() {
        return Optional.ofNullable(report);
    }

    /**
     * The inputs that {@code arguments} name.
     *
     * @throws ParameterException if the output folder is an input folder, or no article was found
     */
    BatchPlan plan(BatchConverter converter, List<Path> arguments) {
        BatchPlan plan;
        try {
            plan = converter.plan(arguments);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
        if (plan.inputs().isEmpty()) {
            String named = arguments.stream().map(Path::toString).collect(Collectors.joining(", "));
            throw new ParameterException(command.commandLine(),
                    "no articles in " + named + " (looked for ." + String.join(", .", converter.inputExtensions()) + ")");
        }
        return plan;
    }
}
