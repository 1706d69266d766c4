package dev.interviewkit.cli;

import dev.interviewkit.batch.BatchConverter;
import dev.interviewkit.batch.BatchPlan;
import dev.interviewkit.batch.Failure;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code interview export --format FORMAT FILE [-o PATH]}: one article in one format; or
 * {@code --out DIR [--format F[,F…]] FILE…}: many articles and folders, in parallel, each output at
 * the article's relative path under {@code DIR}.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionFromProperties.class,
        description = {
            "Writes what the parser found in an article in another format, in UTF-8.",
            "json: the whole model, diagnostics included, as JSON (schema version 2).",
            "markdown: the article as clean, canonical Markdown.",
            "srt, vtt: subtitles with times estimated from reading speed.",
            "chapters: YouTube description chapters; chapters-vtt: a WebVTT chapters track;",
            "chapters-json: Podcasting 2.0 chapters; podcast-json: a Podcasting 2.0 transcript.",
            "--out DIR writes the formats (all without --format) of every article and of every article in a folder,",
            "in parallel, at the article's relative path under DIR, named after the article (x.md gives x.json, x.srt, …).",
            "Articles without a transcript get no subtitles or chapters. Two articles that would write one file keep",
            "their extension (x.md.json, x.txt.json); if that still collides, later ones get ~2, ~3 (x.md~2.json)."
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
            description = "The formats to write, separated by commas (several need --out): json, markdown, srt, vtt, "
                    + "chapters, chapters-vtt, chapters-json, podcast-json.")
    private ExportFormat.Choice choice = ExportFormat.Choice.NONE;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write to PATH, replacing it, instead of to standard output.")
    private Path output;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write into DIR (created if missing), as NAME.json, NAME.md, NAME.srt, …")
    private Path outDirectory;

    @Option(names = "--skip-existing", description = "With --out: leave outputs that exist alone, to resume an interrupted run.")
    private boolean skipExisting;

    @Mixin
    private BatchOptions batch;

    @Mixin
    private WriterOptions options;

    /** The command, reading {@code -} from {@code stdin}. */
    ExportCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        List<ExportFormat> formats = choice.formats();
        if (outDirectory != null && output != null) {
            throw usage("--out writes into a folder; leave out --output");
        }
        if (outDirectory == null) {
            if (skipExisting || batch.report().isPresent()) {
                throw usage("--skip-existing and --report need --out DIR");
            }
            if (formats.isEmpty()) {
                throw usage("Missing required option: '--format=FORMAT' (or --out DIR)");
            }
            if (formats.size() > 1 || !article.single()) {
                throw usage("several formats, several articles or a folder need --out DIR");
            }
            return writeOne(formats.get(0));
        }
        List<ExportFormat> written = formats.isEmpty() ? Arrays.asList(ExportFormat.values()) : formats;
        if (article.single() && article.inputs().get(0).toString().equals(ArticleSource.STANDARD_INPUT_ARGUMENT)) {
            return writeStandardInput(written);
        }
        return writeBatch(written);
    }

    /** One article in one format, to standard output or {@code --output}. */
    private int writeOne(ExportFormat format) throws IOException {
        InterviewWriter writer = format.fileWriter(options);
        ParsedArticle parsed = article.read(stdin);
        Interview interview = parsed.result().interview();
        try {
            if (output == null) {
                PrintWriter out = command.commandLine().getOut();
                writer.write(interview, out);
                out.flush();
            } else {
                try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    writer.write(interview, out);
                } catch (IOException e) {
                    throw new IOException("cannot write " + output + ": " + Failure.reason(e), e);
                }
            }
        } catch (ChapterRulesException refused) {
            command.commandLine().getErr().println("interview: " + refused.getMessage());
            return ExitCode.ERRORS_IN_INPUT;
        }
        return article.exitCode(parsed, command.commandLine().getErr());
    }

    /** Every article and every article in a folder, in parallel, into {@code --out}. */
    private int writeBatch(List<ExportFormat> written) throws IOException {
        BatchConverter converter = batch.converter(article)
                .formats(written.stream().map(format -> format.output(options)).toList())
                .outputDirectory(outDirectory)
                .skipExisting(skipExisting)
                .build();
        BatchPlan plan = batch.plan(converter, article.inputs());
        BatchRunner runner = new BatchRunner(command.commandLine().getErr(), batch.report(), article.strict());
        return runner.finish(runner.run(converter, plan));
    }

    /**
     * Standard input in the formats into {@code --out}, named {@code article}; chapters YouTube
     * would refuse are left out with a warning.
     */
    private int writeStandardInput(List<ExportFormat> written) throws IOException {
        ParsedArticle parsed = article.read(stdin);
        Interview interview = parsed.result().interview();
        try {
            Files.createDirectories(outDirectory);
        } catch (IOException e) {
            throw new IOException("cannot create " + outDirectory + ": " + Failure.reason(e), e);
        }
        String base = baseName(parsed.name());
        for (ExportFormat each : written) {
            Path file = outDirectory.resolve(base + each.suffix());
            String text;
            try {
                text = each.fileWriter(options).write(interview);
            } catch (ChapterRulesException refused) {
                command.commandLine().getErr().println("interview: " + file + " not written: " + refused.getMessage());
                continue;
            }
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("cannot write " + file + ": " + Failure.reason(e), e);
            }
        }
        return article.exitCode(parsed, command.commandLine().getErr());
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

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
