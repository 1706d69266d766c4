package dev.interviewkit.cli;

import dev.interviewkit.batch.BatchResult;
import dev.interviewkit.batch.DiagnosticCounts;
import java.util.Locale;

/** The line that ends a batch: files, size and speed, interviews, turns, diagnostics, failures. */
final class BatchSummary {

    private static final double MEGABYTE = 1_000_000.0;

    private BatchSummary() {}

    /** The summary of {@code result}, such as {@code 3 files (0.1 MB) in 0.4 s, 7.5 files/s, 0.2 MB/s: 2 interviews, …}. */
    static String of(BatchResult result) {
        double seconds = Math.max(result.elapsed().toNanos() / 1e9, 1e-9);
        long files = result.results().size();
        DiagnosticCounts diagnostics = result.diagnostics();
        double megabytes = result.bytes() / MEGABYTE;
        return String.format(Locale.ROOT, "%s (%.1f MB) in %.1f s, %.1f files/s, %.2f MB/s: %s, %s, %s, %s; %d failed",
                InspectionReport.plural(files, "file"), megabytes, seconds, files / seconds, megabytes / seconds,
                InspectionReport.plural(result.interviews(), "interview"), InspectionReport.plural(result.turns(), "turn"),
                InspectionReport.plural(diagnostics.warnings(), "warning"), InspectionReport.plural(diagnostics.errors(), "error"),
                result.failures().size());
    }
}
