package dev.interviewkit.parser;

import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Severity;
import java.util.List;
import java.util.Objects;

/** What {@link InterviewParser} returns: the interview and what the parser noticed on the way. */
public final class ParseResult {

    private final Interview interview;
    private final int sourceLineCount;

    ParseResult(Interview interview, int sourceLineCount) {
        this.interview = Objects.requireNonNull(interview, "interview");
        this.sourceLineCount = sourceLineCount;
    }

    /** The interview read from the source. */
    public Interview interview() {
        return interview;
    }

    /** The diagnostics, in source order (the same as {@code interview().diagnostics()}). */
    public List<Diagnostic> diagnostics() {
        return interview.diagnostics();
    }

    /** Whether any diagnostic is an error: the model may miss something the source holds. */
    public boolean hasErrors() {
        return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** How many lines the (normalised) source had. */
    public int sourceLineCount() {
        return sourceLineCount;
    }

    @Override
    public String toString() {
        return "ParseResult[" + interview.metadata().title().orElse("(untitled)") + ", "
                + interview.turns().size() + " turns, " + diagnostics().size() + " diagnostics]";
    }
}
