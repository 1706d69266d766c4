package dev.interviewkit.batch;

import dev.interviewkit.model.Diagnostic;
import java.util.List;

/**
 * How many diagnostics of each severity the parser reported for one input, or for a batch.
 *
 * @param errors error-level diagnostics
 * @param warnings warnings
 * @param infos infos
 */
public record DiagnosticCounts(long errors, long warnings, long infos) {

    /** No diagnostics. */
    public static final DiagnosticCounts NONE = new DiagnosticCounts(0, 0, 0);

    /** Checks that no count is negative. */
    public DiagnosticCounts {
        if (errors < 0 || warnings < 0 || infos < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The counts of {@code diagnostics}. */
    public static DiagnosticCounts of(List<Diagnostic> diagnostics) {
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        for (Diagnostic diagnostic : diagnostics) {
            switch (diagnostic.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new DiagnosticCounts(errors, warnings, infos);
    }

    /** These counts and {@code other}'s added. */
    public DiagnosticCounts plus(DiagnosticCounts other) {
        return new DiagnosticCounts(errors + other.errors, warnings + other.warnings, infos + other.infos);
    }
}
