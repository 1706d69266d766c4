package dev.interviewkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code interview inspect FILE}: a readable summary of what the parser found in an article. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionFromProperties.class,
        description = {
            "Prints a summary of what the parser found in an article.",
            "Title, author, date, location and source URL; whether the article holds a transcript and why; "
                    + "participants with their roles, turns, share of the words and the evidence for the role; "
                    + "sections with their turns; counts of the other content; the diagnostics as "
                    + "LINE:COL severity code message."
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

    /** The command, reading {@code -} from {@code stdin}. */
    InspectCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        ParsedArticle parsed = article.read(stdin);
        InspectionReport report = InspectionReport.of(parsed);
        report.print(command.commandLine().getOut());
        if (speakers) {
            command.commandLine().getOut().println();
            report.printSpeakerEvidence(command.commandLine().getOut());
        }
        return article.exitCode(parsed, command.commandLine().getErr());
    }
}
