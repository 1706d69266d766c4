package dev.interviewkit.cli;

/** The exit codes of the {@code interview} command, with the lines that document them in its help. */
final class ExitCode {

    /** Done. */
    static final int OK = 0;
    /** {@code --strict} is set and the parser reported an error. */
    static final int ERRORS_IN_INPUT = 1;
    /** Bad usage, or a file that cannot be read or written (in a batch: any article). */
    static final int USAGE = 2;
    /** A bug in interview-kit (in a batch: on any article; it wins over the other codes). */
    static final int INTERNAL_ERROR = 3;

    static final String OK_HELP = "0:Done.";
    static final String ERRORS_IN_INPUT_HELP = "1:--strict is set and the parser reported an error (the output is still written).";
    static final String USAGE_HELP =
            "2:Bad usage, or a file that cannot be read or written (over many articles: any of them; the others are still done).";
    static final String INTERNAL_ERROR_HELP = "3:A bug in interview-kit; please report it.";

    private ExitCode() {}
}
