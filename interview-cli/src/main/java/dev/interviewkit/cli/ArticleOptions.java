package dev.interviewkit.cli;

import dev.interviewkit.model.Severity;
import dev.interviewkit.parser.InputFormat;
import dev.interviewkit.parser.InterviewParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The article argument and the parser options that every command reading an article shares. */
final class ArticleOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The articles: Markdown files or saved WeChat pages (HTML) in UTF-8, folders (read recursively), "
                    + "or - for standard input.")
    private List<Path> files;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            converter = InputFormatConverter.class,
            description = "auto (decide from the file name and content), markdown or html (default: ${DEFAULT-VALUE}).")
    private InputFormat inputFormat;

    @Option(names = "--strict",
            description = "Exit with 1 when the parser reports an error-level diagnostic.")
    private boolean strict;

    private int maxInputChars;

    @Option(names = "--max-input-chars", paramLabel = "N",
            defaultValue = "" + InterviewParser.DEFAULT_MAX_INPUT_CHARS,
            description = "Read at most N characters; the parser reports the rest as an error (default: ${DEFAULT-VALUE}).")
    void maxInputChars(int chars) {
        if (chars <= 0) {
            throw new ParameterException(command.commandLine(),
                    "--max-input-chars must be a positive number, was " + chars);
        }
        this.maxInputChars = chars;
    }

    /** Whether the arguments name one article, not a folder: the command works on it alone, as it always has. */
    boolean single() {
        return files.size() == 1 && !Files.isDirectory(files.get(0));
    }

    /** The file and folder arguments, in the order given. */
    List<Path> inputs() {
        return List.copyOf(files);
    }

    /** The parser these options ask for. */
    InterviewParser parser() {
        return InterviewParser.builder().maxInputChars(maxInputChars).inputFormat(inputFormat).build();
    }

    /** Whether {@code --strict} is set. */
    boolean strict() {
        return strict;
    }

    /**
     * Reads and parses the only article.
     *
     * @throws IOException if it cannot be read; the message names the file and says why
     */
    ParsedArticle read(InputStream stdin) throws IOException {
        ArticleSource source = ArticleSource.of(files.get(0), stdin);
        return new ParsedArticle(source.name(), source.parseWith(parser()));
    }

    /** Reads {@code auto}, {@code markdown} or {@code html}, in any case. */
    static final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of auto, markdown, html");
            }
        }
    }

    /** The exit code for {@code article}: with {@code --strict}, errors fail the run and say so on {@code err}. */
    int exitCode(ParsedArticle article, PrintWriter err) {
        if (!strict || !article.result().hasErrors()) {
            return ExitCode.OK;
        }
        long errors = article.result().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        err.println("interview: " + article.name() + ": " + errors
                + (errors == 1 ? " error diagnostic" : " error diagnostics") + " (--strict)");
        return ExitCode.ERRORS_IN_INPUT;
    }
}
