package dev.interviewkit.cli;

import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code interview}: the top command. Without a subcommand it inspects the bundled reference
 * article, so that a newcomer sees the tool work at once.
 */
@Command(name = "interview",
        mixinStandardHelpOptions = true,
        versionProvider = VersionFromProperties.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = {
            "Reads interview articles (WeChat Markdown exports) and shows or exports what they hold.",
            "Without a command, inspects the bundled reference article.",
            "Run 'interview COMMAND --help' for a command's options."
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.ERRORS_IN_INPUT_HELP, ExitCode.USAGE_HELP,
            ExitCode.INTERNAL_ERROR_HELP})
final class InterviewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() throws IOException {
        ArticleSource source = new ArticleSource.Bundled();
        ParsedArticle parsed = new ParsedArticle(source.name(), source.parseWith(InterviewParser.builder().build()));
        InspectionReport.of(parsed).print(command.commandLine().getOut());
        return ExitCode.OK;
    }
}
