package dev.interviewkit.cli;

import dev.interviewkit.batch.DiagnosticCounts;
import dev.interviewkit.batch.InputResult;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line of {@code interview inspect} over many articles: the path, whether it is an interview,
 * who speaks how often, and the diagnostics by severity.
 */
final class InspectionLine {

    private InspectionLine() {}

    /**
     * The line for {@code result}, such as
     * {@code gzh/x.md: interview, 24 turns: 主持人 (host) 12, …; 0 errors, 1 warning, 3 infos}.
     */
    static String of(InputResult result) {
        String path = result.input().source().toString();
        if (result.failure().isPresent() && result.outputs().isEmpty()) {
            return path + ": failed: " + result.failure().get().message();
        }
        String what = result.interview()
                ? "interview, " + InspectionReport.plural(result.turns(), "turn") + ": " + result.participants().stream()
                        .map(p -> p.name() + " (" + p.role().name().toLowerCase(Locale.ROOT) + ") " + p.turns())
                        .collect(Collectors.joining(", "))
                : "not an interview";
        DiagnosticCounts diagnostics = result.diagnostics();
        return path + ": " + what + "; " + InspectionReport.plural(diagnostics.errors(), "error") + ", "
                + InspectionReport.plural(diagnostics.warnings(), "warning")
                + ", " + InspectionReport.plural(diagnostics.infos(), "info");
    }
}
