package dev.interviewkit.batch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A finished batch: the plan, one result per input in input order, and how long it took.
 *
 * @param plan the inputs and resolved collisions
 * @param results one result per input of the plan, in the same order
 * @param elapsed the wall time from the first conversion to the last
 */
public record BatchResult(BatchPlan plan, List<InputResult> results, Duration elapsed) {

    /** Checks that every value is there and copies the list. */
    public BatchResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(elapsed, "elapsed");
        results = List.copyOf(results);
    }

    /** The inputs that hold a transcript. */
    public long interviews() {
        return results.stream().filter(InputResult::interview).count();
    }

    /** The turns of every input. */
    public long turns() {
        return results.stream().mapToLong(InputResult::turns).sum();
    }

    /** The bytes read from every input. */
    public long bytes() {
        return results.stream().mapToLong(InputResult::bytes).sum();
    }

    /** The diagnostics of every input, by severity. */
    public DiagnosticCounts diagnostics() {
        return results.stream().map(InputResult::diagnostics).reduce(DiagnosticCounts.NONE, DiagnosticCounts::plus);
    }

    /** The inputs that failed. */
    public List<InputResult> failures() {
        return results.stream().filter(InputResult::failed).toList();
    }

    /** Whether any input failed for a bug in interview-kit. */
    public boolean hasInternalErrors() {
        return results.stream().anyMatch(r -> r.failure().filter(f -> f.kind() == Failure.Kind.INTERNAL_ERROR).isPresent());
    }
}
