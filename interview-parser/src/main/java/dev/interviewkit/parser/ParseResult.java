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
    private final List<LabelDecision> labelDecisions;
    private final List<String> transcriptEvidence;

    ParseResult(Interview interview, int sourceLineCount, List<LabelDecision> labelDecisions, List<String> transcriptEvidence) {
        this.interview = Objects.requireNonNull(interview, "interview");
        this.sourceLineCount = sourceLineCount;
        this.labelDecisions = List.copyOf(labelDecisions);
        this.transcriptEvidence = List.copyOf(transcriptEvidence);
    }

    /** The interview read from the source. */
    public Interview interview() {
        return interview;
    }

    /** The diagnostics, in source order (the same as {@code interview().diagnostics()}). */
    public List<Diagnostic> diagnostics() {
        return interview.diagnostics();
    }

    /**
     * The speaker model's verdict on every label-shaped text of the document, in order of first
     * appearance: which labels open turns and which do not (captions, credits, fields, examples),
     * each with its evidence.
     */
    public List<LabelDecision> labelDecisions() {
        return labelDecisions;
    }

    /**
     * Why the document does or does not hold a transcript, as the speaker model weighed it: how
     * the labels take turns and the signs of a conversation it found.
     */
    public List<String> transcriptEvidence() {
        return transcriptEvidence;
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
