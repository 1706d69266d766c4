package dev.interviewkit.examples.cli;

import dev.interviewkit.export.ChapterRulesException;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code interview export --format FORMAT FILE [-o PATH]}, or {@code --out DIR} for every format at
 * once: the model of an article in another format.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionFromProperties.class,
        description = {
            "Writes what the parser found in an article in another format, in UTF-8.",
            "json: the whole model, diagnostics included, as JSON (schema version 1).",
            "markdown: the article as clean, canonical Markdown.",
            "srt, vtt: subtitles with times estimated from reading speed.",
            "chapters: YouTube description chapters; chapters-vtt: a WebVTT chapters track;",
            "chapters-json: Podcasting 2.0 chapters; podcast-json: a Podcasting 2.0 transcript.",
            "--out DIR writes every format at once, next to each other, named after the article."
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = ExportFormat.Converter.class,
            description = "The format to write: json, markdown, srt, vtt, chapters, chapters-vtt, chapters-json, "
                    + "podcast-json.")
    private ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write to PATH, replacing it, instead of to standard output.")
    private Path output;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write every format into DIR (created if missing), as NAME.json, NAME.md, NAME.srt, …")
    private Path outDirectory;

    @Mixin
    private WriterOptions options;

    /** The command, reading {@code -} from {@code stdin}. */
    ExportCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (outDirectory != null && (format != null || output != null)) {
            throw new ParameterException(command.commandLine(), "--out writes every format; leave out --format and --output");
        }
        if (outDirectory == null && format == null) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--format=FORMAT' (or --out DIR)");
        }
        ParsedArticle parsed = article.read(stdin);
        Interview interview = parsed.result().interview();
        if (outDirectory != null) {
            writeAll(interview, parsed.name());
        } else {
            InterviewWriter writer = format.writer(options);
            try {
                if (output == null) {
                    PrintWriter out = command.commandLine().getOut();
                    write(format, writer, interview, out);
                    out.flush();
                } else {
                    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        write(format, writer, interview, out);
                    } catch (IOException e) {
                        throw new IOException("cannot write " + output + ": " + IoFailureReason.of(e), e);
                    }
                }
            } catch (ChapterRulesException refused) {
                command.commandLine().getErr().println("interview: " + refused.getMessage());
                return ExitCode.ERRORS_IN_INPUT;
            }
        }
        return article.exitCode(parsed, command.commandLine().getErr());
    }

    /** Every format into the {@code --out} folder; chapters YouTube would refuse are left out with a warning. */
    private void writeAll(Interview interview, String articleName) throws IOException {
        try {
            Files.createDirectories(outDirectory);
        } catch (IOException e) {
            throw new IOException("cannot create " + outDirectory + ": " + IoFailureReason.of(e), e);
        }
        String base = baseName(articleName);
        for (ExportFormat each : ExportFormat.values()) {
            Path file = outDirectory.resolve(base + each.suffix());
            String text;
            try {
                StringBuilder out = new StringBuilder();
                write(each, each.writer(options), interview, out);
                text = out.toString();
            } catch (ChapterRulesException refused) {
                command.commandLine().getErr().println("interview: " + file + " not written: " + refused.getMessage());
                continue;
            }
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("cannot write " + file + ": " + IoFailureReason.of(e), e);
            }
        }
    }

    /** The article's file name without its extension; {@code article} for standard input. */
    static String baseName(String articleName) {
        Path name;
        try {
            name = Path.of(articleName).getFileName();
        } catch (java.nio.file.InvalidPathException notAPath) {
            return "article";
        }
        String file = name == null ? "" : name.toString();
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        return base.isBlank() || base.equals("-") || base.contains("<") ? "article" : base;
    }

    /** Writes with {@code writer}; the output ends with a line feed, as text files and terminals want. */
    private void write(ExportFormat written, InterviewWriter writer, Interview interview, Appendable out) throws IOException {
        writer.write(interview, out);
        if (options.compact && written.isJson()) {
            // Pretty JSON ends with a line feed already; compact JSON is one line without one.
            out.append('\n');
        }
    }
}
