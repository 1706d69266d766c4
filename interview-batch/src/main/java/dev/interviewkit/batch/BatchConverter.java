package dev.interviewkit.batch;

import dev.interviewkit.batch.internal.InputConversion;
import dev.interviewkit.batch.internal.InputFinder;
import dev.interviewkit.batch.internal.OutputNaming;
import dev.interviewkit.batch.internal.ParallelRun;
import dev.interviewkit.parser.InterviewParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Converts many articles into files, in parallel. Built once, immutable and thread-safe.
 *
 * <p>Three steps, each usable alone. {@link #plan} finds the inputs: file arguments as given,
 * folder arguments recursively (files with one of the {@linkplain Builder#inputExtensions input
 * extensions}, sorted by relative path; the output folder is left out when it lies inside). Each
 * input's outputs go to its relative path under the output folder with the format's suffix
 * ({@code gzh/x.md} → {@code out/gzh/x.json}). Where two inputs would write one file, those inputs
 * keep their source extension in the stem ({@code x.md.json}, {@code x.html.json}); if that still
 * collides (one relative path under two folder arguments), later inputs in input order get
 * {@code ~2}, {@code ~3}, … ({@code x.md~2.json}); names are compared ignoring case.
 * {@link #convert} converts one input as an independent unit of work that shares nothing, for a
 * caller's own executor. {@link #run} does both for a whole batch on this converter's executor.
 *
 * <p>A non-interview is no failure: formats that {@linkplain OutputFormat#needsTranscript need a
 * transcript} are skipped for it. A failure (an unreadable input, an unwritable output, a bug) is
 * in that input's result and never stops the batch.
 *
 * <pre>{@code
 * BatchConverter converter = BatchConverter.builder()
 *         .formats(List.of(OutputFormat.json(), OutputFormat.srt()))
 *         .outputDirectory(Path.of("out"))
 *         .build();
 * BatchResult result = converter.run(List.of(Path.of("articles")), BatchListener.NONE);
 * }</pre>
 */
public final class BatchConverter {

    /** The input extensions when none are set: Markdown, plain text and saved pages. */
    public static final List<String> DEFAULT_INPUT_EXTENSIONS = List.of("md", "markdown", "txt", "html", "htm");

    private final List<OutputFormat> formats;
    private final Path outputDirectory;
    private final boolean skipExisting;
    private final List<String> inputExtensions;
    private final int jobs;
    private final Optional<Executor> executor;
    private final InputConversion conversion;

    private BatchConverter(Builder builder) {
        this.formats = List.copyOf(builder.formats);
        this.outputDirectory = builder.outputDirectory;
        this.skipExisting = builder.skipExisting;
        this.inputExtensions = List.copyOf(builder.inputExtensions);
        this.jobs = builder.jobs;
        this.executor = builder.executor;
        this.conversion = new InputConversion(builder.parser, formats, skipExisting);
    }

    /** A builder with no formats, the current folder as output folder, the default extensions and one job a processor. */
    public static Builder builder() {
        return new Builder();
    }

    /** The formats each input is written in, in this order. */
    public List<OutputFormat> formats() {
        return formats;
    }

    /** The folder the outputs go to. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** Whether outputs that exist are left alone, so that an interrupted run resumes. */
    public boolean skipExisting() {
        return skipExisting;
    }

    /** The extensions of the files read from folder arguments, lower case, without the dot. */
    public List<String> inputExtensions() {
        return inputExtensions;
    }

    /**
     * Finds the inputs that {@code arguments} (files and folders) name, in input order, and names
     * their outputs by the naming rule. A missing file argument is kept, so that its failure is reported.
     *
     * @throws IllegalArgumentException if a folder argument is the output folder
     */
    public BatchPlan plan(List<Path> arguments) {
        OutputNaming.Named named = new OutputNaming(outputDirectory, formats.stream().map(OutputFormat::suffix).toList())
                .name(new InputFinder(Set.copyOf(inputExtensions), outputDirectory).find(arguments));
        return new BatchPlan(named.inputs(), named.collisions());
    }

    /**
     * Converts one input: reads, parses and writes each format. Never throws; thread-safe, and it
     * shares nothing with other calls, so that inputs may be converted on any executor.
     */
    public InputResult convert(BatchInput input) {
        return conversion.convert(Objects.requireNonNull(input, "input"));
    }

    /**
     * Plans and converts every input that {@code arguments} name.
     *
     * @throws IllegalArgumentException if a folder argument is the output folder
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public BatchResult run(List<Path> arguments, BatchListener listener) throws InterruptedException {
        return run(plan(arguments), listener);
    }

    /**
     * Converts every input of {@code plan} on this converter's executor (or a pool of its jobs,
     * shut down at the end), telling {@code listener} as each finishes.
     *
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public BatchResult run(BatchPlan plan, BatchListener listener) throws InterruptedException {
        Objects.requireNonNull(listener, "listener");
        listener.planned(plan);
        long start = System.nanoTime();
        ExecutorService pool = executor.isPresent() ? null : Executors.newFixedThreadPool(jobs, new Workers());
        try {
            List<InputResult> results = ParallelRun.run(plan.inputs(), this::convert, pool == null ? executor.get() : pool, listener);
            return new BatchResult(plan, results, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Daemon threads named after the batch, so that a stuck run never keeps the JVM alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "interview-batch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Configures a {@link BatchConverter}; every setting is checked when it is set. */
    public static final class Builder {
        private List<OutputFormat> formats = List.of();
        private Path outputDirectory = Path.of("");
        private boolean skipExisting;
        private List<String> inputExtensions = DEFAULT_INPUT_EXTENSIONS;
        private int jobs = Runtime.getRuntime().availableProcessors();
        private Optional<Executor> executor = Optional.empty();
        private InterviewParser parser = InterviewParser.builder().build();

        private Builder() {}

        /** The formats to write, each with a different suffix; none only parses (for a report). */
        public Builder formats(List<OutputFormat> formats) {
            Set<String> suffixes = new LinkedHashSet<>();
            for (OutputFormat format : formats) {
                if (!suffixes.add(format.suffix().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("two formats write " + format.suffix() + " files");
                }
            }
            this.formats = List.copyOf(formats);
            return this;
        }

        /** The folder the outputs go to, created when needed. */
        public Builder outputDirectory(Path folder) {
            this.outputDirectory = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** Whether outputs that exist are left alone (default: replaced), so that an interrupted run resumes. */
        public Builder skipExisting(boolean skip) {
            this.skipExisting = skip;
            return this;
        }

        /** The extensions of the files a folder argument holds that are read, with or without the dot, any case. */
        public Builder inputExtensions(List<String> extensions) {
            List<String> clean = new ArrayList<>();
            for (String extension : extensions) {
                String bare = extension.startsWith(".") ? extension.substring(1) : extension;
                if (bare.isEmpty() || bare.contains("/") || bare.contains("\\")) {
                    throw new IllegalArgumentException("an input extension is such as md or .md, was '" + extension + "'");
                }
                clean.add(bare.toLowerCase(Locale.ROOT));
            }
            if (clean.isEmpty()) {
                throw new IllegalArgumentException("at least one input extension is needed");
            }
            this.inputExtensions = List.copyOf(new LinkedHashSet<>(clean));
            return this;
        }

        /** How many inputs {@link #run} converts at once on a pool of its own (default: one a processor). */
        public Builder jobs(int jobs) {
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
            }
            this.jobs = jobs;
            this.executor = Optional.empty();
            return this;
        }

        /** The executor {@link #run} converts on instead of a pool of its own; it is not shut down. */
        public Builder executor(Executor executor) {
            this.executor = Optional.of(executor);
            return this;
        }

        /** The parser (default: {@code InterviewParser.builder().build()}). */
        public Builder parser(InterviewParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /** The converter. */
        public BatchConverter build() {
            return new BatchConverter(this);
        }
    }
}
