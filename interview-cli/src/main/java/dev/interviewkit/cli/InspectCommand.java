package dev.interviewkit.cli;

import dev.interviewkit.batch.BatchConverter;
import dev.interviewkit.batch.BatchPlan;
import dev.interviewkit.batch.BatchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code interview inspect FILE}: a readable summary of what the parser found in an article; over
 * several articles or a folder, one line per article, parsed in parallel.
 */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionFromProperties.class,
        description = {
            "Prints a summary of what the parser found in an article.",
            "Title, author, date, location and source URL; whether the article holds a transcript and why; "
                    + "participants with their roles, turns, share of the words and the evidence for the role; "
                    + "sections with their turns; counts of the other content; the diagnostics as "
                    + "LINE:COL severity code message.",
            "Over several articles or a folder (read recursively): one line per article in input order, with whether it "
                    + "is an interview, its participants with their turns and its diagnostics by severity; a summary "
                    + "on standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.ERRORS_IN_INPUT_HELP, ExitCode.USAGE_HELP,
            ExitCode.INTERNAL_ERROR_HELP})
final class InspectCommand implements Callable<Integer> {

    private final InputStream stdin;

    @Spec
    private CommandSpec command;

    @Mixin
    private ArticleOptions article;

    @Option(names = "--speakers",
            description = "Also show the speaker model's verdict on every label-shaped text: which labels are "
                    + "speakers and which are not (captions, credits, fields, examples), and why.")
    private boolean speakers;

    @Mixin
    private BatchOptions batch;

    /** The command, reading {@code -} from {@code stdin}. */
    InspectCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (!article.single() || batch.report().isPresent()) {
            return inspectMany();
        }
        ParsedArticle parsed = article.read(stdin);
        InspectionReport report = InspectionReport.of(parsed);
        report.print(command.commandLine().getOut());
        if (speakers) {
            command.commandLine().getOut().println();
            report.printSpeakerEvidence(command.commandLine().getOut());
        }
        return article.exitCode(parsed, command.commandLine().getErr());
    }

    /**
     * One line per article, in input order (and the report, if asked for); the inputs are parsed in
     * parallel and nothing is written.
     */
    private int inspectMany() throws IOException {
        if (speakers) {
            throw new ParameterException(command.commandLine(), "--speakers shows one article; name a single file");
        }
        BatchConverter converter = batch.converter(article).build();
        BatchPlan plan = batch.plan(converter, article.inputs());
        BatchRunner runner = new BatchRunner(command.commandLine().getErr(), batch.report(), article.strict());
        BatchResult result = runner.run(converter, plan);
        PrintWriter out = command.commandLine().getOut();
        result.results().forEach(each -> out.println(InspectionLine.of(each)));
        out.flush();
        return runner.finish(result);
    }
}
