package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects a parse's diagnostics up to a limit; past it, one last warning says how many more
 * there were, so that pathological input cannot flood the result.
 */
public final class Diagnostics {

    private final int limit;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int dropped;

    public Diagnostics(int limit) {
        this.limit = limit;
    }

    public void error(DiagnosticCode code, int line, int column, String message) {
        add(Severity.ERROR, code, line, column, message);
    }

    public void warning(DiagnosticCode code, int line, int column, String message) {
        add(Severity.WARNING, code, line, column, message);
    }

    public void info(DiagnosticCode code, int line, int column, String message) {
        add(Severity.INFO, code, line, column, message);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> add(d.severity(), d.code(), d.line(), d.column(), d.message()));
    }

    private void add(Severity severity, DiagnosticCode code, int line, int column, String message) {
        if (kept.size() >= limit) {
            dropped++;
            return;
        }
        kept.add(Diagnostic.builder()
                .severity(severity)
                .code(code)
                .line(Math.max(1, line))
                .column(Math.max(1, column))
                .message(message)
                .build());
    }

    /** The diagnostics in source order, with the overflow notice last. */
    public List<Diagnostic> toList() {
        List<Diagnostic> result = new ArrayList<>(kept);
        result.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (dropped > 0) {
            int lastLine = result.isEmpty() ? 1 : result.get(result.size() - 1).line();
            result.add(Diagnostic.builder()
                    .severity(Severity.WARNING)
                    .code(DiagnosticCode.TOO_MANY_DIAGNOSTICS)
                    .line(lastLine)
                    .message(dropped + " more diagnostics were not reported (the limit is " + limit + ")")
                    .build());
        }
        return List.copyOf(result);
    }
}
