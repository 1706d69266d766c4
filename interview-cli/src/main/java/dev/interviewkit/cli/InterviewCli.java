package dev.interviewkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code interview} command line: {@link #main(String[])} is the jar's entry point, and
 * {@link #run(String...)} does all the work on given streams, so that tests run it in-process.
 *
 * <p>Errors print one line on standard error, never a stack trace; the exit codes are listed in
 * {@code interview --help}.
 */
public final class InterviewCli {

    private final InputStream stdin;
    private final PrintWriter out;
    private final PrintWriter err;

    /** A command line reading {@code -} from {@code stdin} and printing to {@code out} and {@code err}. */
    public InterviewCli(InputStream stdin, PrintWriter out, PrintWriter err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /** Runs {@code interview} with {@code args} on the process's streams, in UTF-8 whatever the platform's default. */
    public static void main(String[] args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        System.exit(new InterviewCli(System.in, out, err).run(args));
    }

    /** Runs {@code interview} with {@code args} and returns its exit code; both writers are flushed. */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new InterviewCommand())
                .addSubcommand(new InspectCommand(stdin))
                .addSubcommand(new ExportCommand(stdin))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(this::reportBadUsage)
                .setExecutionExceptionHandler(this::reportFailure);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int reportBadUsage(ParameterException problem, String[] args) {
        String command = problem.getCommandLine().getCommandSpec().qualifiedName();
        err.println("interview: " + problem.getMessage() + " (see '" + command + " --help')");
        return ExitCode.USAGE;
    }

    private int reportFailure(Exception failure, CommandLine command, ParseResult parsed) {
        if (failure instanceof IOException) {
            err.println("interview: " + failure.getMessage());
            return ExitCode.USAGE;
        }
        err.println("interview: internal error, please report it: " + failure);
        return ExitCode.INTERNAL_ERROR;
    }

    /** The stream as a writer that encodes UTF-8, whatever {@code file.encoding} or the console say. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }
}
