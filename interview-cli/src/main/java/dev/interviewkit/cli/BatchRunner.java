package dev.interviewkit.cli;

import dev.interviewkit.batch.BatchConverter;
import dev.interviewkit.batch.BatchPlan;
import dev.interviewkit.batch.BatchResult;
import dev.interviewkit.batch.Failure;
import dev.interviewkit.batch.InputResult;
import dev.interviewkit.batch.JsonLinesReport;
import dev.interviewkit.batch.OutputCollision;
import dev.interviewkit.batch.OutputResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a batch for a command: collisions and problems one line each on standard error, a progress
 * bar on a terminal, the JSON Lines report, the summary, and the exit code.
 */
final class BatchRunner {

    private final PrintWriter err;
    private final Optional<Path> report;
    private final boolean strict;

    /** A runner printing to {@code err}, writing {@code report} if present, failing on error diagnostics when {@code strict}. */
    BatchRunner(PrintWriter err, Optional<Path> report, boolean strict) {
        this.err = err;
        this.report = report;
        this.strict = strict;
    }

    /**
     * Converts every input of {@code plan}, then reports problems; the caller prints what it wants
     * from the result and then calls {@link #finish}.
     *
     * @throws IOException if the run is interrupted
     */
    BatchResult run(BatchConverter converter, BatchPlan plan) throws IOException {
        for (OutputCollision collision : plan.collisions()) {
            err.println("interview: " + collision.inputs().stream().map(Path::toString).collect(Collectors.joining(" and "))
                    + " would all write " + collision.output() + "; named " + collision.resolved().stream()
                            .map(base -> base.getFileName() + ".*").collect(Collectors.joining(", ")) + " instead");
        }
        err.flush();
        try (ProgressDisplay progress = ProgressDisplay.onConsole()) {
            return converter.run(plan, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Prints every problem, writes the report, prints the summary and returns the exit code: 3 for
     * a bug, 2 when an input failed, 1 with {@code --strict} and error diagnostics, 0 otherwise.
     *
     * @throws IOException if the report cannot be written
     */
    int finish(BatchResult result) throws IOException {
        result.results().forEach(this::printProblems);
        if (report.isPresent()) {
            writeReport(result, report.get());
        }
        err.println("interview: " + BatchSummary.of(result));
        if (result.hasInternalErrors()) {
            return ExitCode.INTERNAL_ERROR;
        }
        if (!result.failures().isEmpty()) {
            return ExitCode.USAGE;
        }
        if (strict && result.diagnostics().errors() > 0) {
            err.println("interview: " + result.diagnostics().errors() + " error diagnostics (--strict)");
            return ExitCode.ERRORS_IN_INPUT;
        }
        return ExitCode.OK;
    }

    /** Failures, and outputs a format refused; an output skipped for want of a transcript is expected, not a problem. */
    private void printProblems(InputResult result) {
        boolean outputFailed = false;
        for (OutputResult output : result.outputs()) {
            switch (output.status()) {
                case FAILED -> {
                    outputFailed = true;
                    err.println("interview: " + output.reason().orElseThrow());
                }
                case SKIPPED_REFUSED -> err.println("interview: " + output.path() + " not written: " + output.reason().orElseThrow());
                default -> {
                    // Written, or skipped as asked (exists) or as expected (no transcript).
                }
            }
        }
        if (!outputFailed) {
            result.failure().ifPresent(failure -> err.println("interview: " + failure.message()));
        }
    }

    private static void writeReport(BatchResult result, Path file) throws IOException {
        JsonLinesReport lines = JsonLinesReport.create();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (InputResult each : result.results()) {
                lines.write(each, out);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + Failure.reason(e), e);
        }
    }
}
