package dev.interviewkit.model;

import org.immutables.value.Value;

/** Something the parser noticed about its input, with where it is. */
@Value.Immutable
@ModelStyle
public abstract class Diagnostic {

    Diagnostic() {}

    /** How serious it is. */
    public abstract Severity severity();

    /** What it is about. */
    public abstract DiagnosticCode code();

    /** The source line, 1-based. */
    public abstract int line();

    /** The column, 1-based, counted in characters (code points) of the line. */
    @Value.Default
    public int column() {
        return 1;
    }

    /** A sentence a person can act on. */
    public abstract String message();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Diagnostic}. */
    public static final class Builder extends ImmutableDiagnostic.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.require(line() >= 1, "diagnostic line %d; lines are 1-based", line());
        Checks.require(column() >= 1, "diagnostic column %d; columns are 1-based", column());
        Checks.requireNotBlank(message(), "diagnostic message");
    }

    @Override
    public final String toString() {
        return line() + ":" + column() + ": " + severity().name().toLowerCase(java.util.Locale.ROOT)
                + " [" + code().name().toLowerCase(java.util.Locale.ROOT) + "] " + message();
    }
}
