package dev.interviewkit.examples.cli;

import dev.interviewkit.export.InterviewWriter;
import dev.interviewkit.model.Interview;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interview export --format json FILE [-o PATH]}: the model of an article in another format. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionFromProperties.class,
        description = {
            "Writes what the parser found in an article in another format.",
            "json: the whole model, diagnostics included, as JSON (schema version 1), in UTF-8."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.ERRORS_IN_INPUT_HELP, ExitCode.USAGE_HELP,
            ExitCode.INTERNAL_ERROR_HELP})
final class ExportCommand implements Callable<Integer> {

    private final InputStream stdin;

    @Spec
    private CommandSpec command;

    @Mixin
    private ArticleOptions article;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            description = "The format to write: ${COMPLETION-CANDIDATES}.")
    private ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write to PATH, replacing it, instead of to standard output.")
    private Path output;

    @Option(names = "--compact", description = "Write on one line instead of indented.")
    private boolean compact;

    /** The command, reading {@code -} from {@code stdin}. */
    ExportCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        ParsedArticle parsed = article.read(stdin);
        InterviewWriter writer = format.writer(!compact);
        if (output == null) {
            PrintWriter out = command.commandLine().getOut();
            write(writer, parsed.result().interview(), out);
            out.flush();
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(writer, parsed.result().interview(), out);
            } catch (IOException e) {
                throw new IOException("cannot write " + output + ": " + IoFailureReason.of(e), e);
            }
        }
        return article.exitCode(parsed, command.commandLine().getErr());
    }

    /** Writes with {@code writer}; the output ends with a line feed, as text files and terminals want. */
    private void write(InterviewWriter writer, Interview interview, Writer out) throws IOException {
        writer.write(interview, out);
        if (compact) {
            // Pretty JSON ends with a line feed already; compact JSON is one line without one.
            out.append('\n');
        }
    }
}
