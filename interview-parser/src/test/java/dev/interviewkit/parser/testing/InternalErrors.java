package dev.interviewkit.parser.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.parser.ParseResult;

/**
 * The parser's safety net turns a fault of its own into an {@code INTERNAL_ERROR} diagnostic and
 * keeps every line as boilerplate, so "it did not throw" passes on a crash. Tests that feed the
 * parser strange input assert this instead.
 */
public final class InternalErrors {

    private InternalErrors() {}

    /** Fails when the parse of {@code input} (described in the message) hit the safety net. */
    public static void assertNone(ParseResult result, Object input) {
        assertThat(result.diagnostics()).as("diagnostics of %s", input)
                .noneMatch(d -> d.code() == DiagnosticCode.INTERNAL_ERROR);
    }
}
