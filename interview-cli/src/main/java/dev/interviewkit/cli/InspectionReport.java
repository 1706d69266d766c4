package dev.interviewkit.cli;

import dev.interviewkit.cli.TextTable.Align;
import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.ParticipantStatistics;
import dev.interviewkit.model.Section;
import dev.interviewkit.parser.LabelDecision;
import dev.interviewkit.parser.ParseResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The readable summary that {@code interview inspect} prints: metadata, whether the article holds a
 * transcript and why, participants with their share of the words and the evidence for their roles,
 * sections, the other content, diagnostics; with {@code --speakers}, the speaker model's verdict on
 * every label-shaped text, speakers or not.
 */
final class InspectionReport {

    private static final String INDENT = "  ";
    private static final String NONE = "(none)";
    private static final String UNTITLED_SECTION = "(opening)";

    private final String sourceName;
    private final int sourceLineCount;
    private final Interview interview;
    private final List<String> transcriptEvidence;
    private final List<LabelDecision> labelDecisions;

    /** A report on {@code interview}, read from {@code sourceLineCount} lines of {@code sourceName}. */
    InspectionReport(String sourceName, int sourceLineCount, Interview interview) {
        this(sourceName, sourceLineCount, interview, List.of(), List.of());
    }

    private InspectionReport(String sourceName, int sourceLineCount, Interview interview, List<String> transcriptEvidence,
            List<LabelDecision> labelDecisions) {
        this.sourceName = sourceName;
        this.sourceLineCount = sourceLineCount;
        this.interview = interview;
        this.transcriptEvidence = transcriptEvidence;
        this.labelDecisions = labelDecisions;
    }

    /** A report on a parsed article, with the speaker model's evidence. */
    static InspectionReport of(ParsedArticle article) {
        ParseResult result = article.result();
        return new InspectionReport(article.name(), result.sourceLineCount(), result.interview(), result.transcriptEvidence(),
                result.labelDecisions());
    }

    /** Prints the report. */
    void print(PrintWriter out) {
        out.println(sourceName + ": " + plural(sourceLineCount, "line") + ", "
                + plural(interview.diagnostics().size(), "diagnostic"));
        out.println();
        printMetadata(out);
        out.println();
        printTranscript(out);
        out.println();
        printParticipants(out);
        out.println();
        printSections(out);
        out.println();
        printOtherContent(out);
        out.println();
        printDiagnostics(out);
    }

    private void printMetadata(PrintWriter out) {
        Metadata metadata = interview.metadata();
        new TextTable(Align.LEFT, Align.LEFT)
                .row("Title", orNone(metadata.title()))
                .row("Author", orNone(metadata.author()))
                .row("Published", orNone(metadata.publishedAt().map(Object::toString)))
                .row("Location", orNone(metadata.location()))
                .row("Source URL", orNone(metadata.sourceUrl()))
                .print(out, "");
    }

    /** Whether there is a transcript, first: someone sorting an archive reads this line. */
    private void printTranscript(PrintWriter out) {
        out.println(interview.hasTranscript()
                ? "Transcript: yes, " + plural(interview.turns().size(), "turn") + " by "
                        + plural(interview.participants().size(), "participant")
                : "Transcript: none (not an interview)");
        transcriptEvidence.forEach(reason -> out.println(INDENT + reason));
    }

    /**
     * The verdict on every label-shaped text: {@code SPEAKER} or {@code not}, how often it stands
     * like a label, how many turns it opens, where it first stands, and why.
     */
    void printSpeakerEvidence(PrintWriter out) {
        out.println("Labels: " + labelDecisions.size());
        for (LabelDecision decision : labelDecisions) {
            String forms = decision.forms().size() > 1 ? " (" + String.join(", ", decision.forms()) + ")" : "";
            out.println(INDENT + (decision.speaker() ? "SPEAKER " : "not     ") + decision.label() + forms + "  line "
                    + decision.firstLine() + ", " + plural(decision.occurrences(), "time") + ", "
                    + plural(decision.turns(), "turn"));
            decision.evidence().forEach(reason -> out.println(INDENT + INDENT + INDENT + reason));
        }
    }

    private void printParticipants(PrintWriter out) {
        out.println("Participants: " + interview.participants().size());
        if (interview.participants().isEmpty()) {
            return;
        }
        TextTable table = new TextTable(Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.LEFT)
                .row("ID", "NAME", "ROLE", "TURNS", "WORDS", "ALIASES");
        for (Participant participant : interview.participants()) {
            Optional<ParticipantStatistics> statistics = interview.statistics(participant.id());
            table.row(participant.id(),
                    participant.name(),
                    lowerCase(participant.role().name()),
                    String.valueOf(statistics.map(ParticipantStatistics::turns).orElse(0)),
                    percent(statistics.map(ParticipantStatistics::share).orElse(0.0)),
                    participant.aliases().isEmpty() ? NONE : String.join(", ", participant.aliases()));
        }
        table.print(out, INDENT);

        out.println(INDENT + "Role evidence");
        TextTable evidence = new TextTable(Align.LEFT, Align.LEFT);
        for (Participant participant : interview.participants()) {
            if (participant.roleEvidence().isEmpty()) {
                evidence.row(participant.id(), NONE);
            }
            for (String reason : participant.roleEvidence()) {
                evidence.row(participant.id(), reason);
            }
        }
        evidence.print(out, INDENT + INDENT);
    }

    private void printSections(PrintWriter out) {
        out.println("Sections: " + interview.sections().size());
        if (interview.sections().isEmpty()) {
            return;
        }
        TextTable table = new TextTable(Align.LEFT, Align.RIGHT).row("TITLE", "TURNS");
        for (Section section : interview.sections()) {
            table.row(section.title().orElse(UNTITLED_SECTION), String.valueOf(section.turns().size()));
        }
        table.print(out, INDENT);
    }

    private void printOtherContent(PrintWriter out) {
        out.println("Other content");
        new TextTable(Align.LEFT, Align.RIGHT)
                .row("lead blocks", String.valueOf(interview.lead().size()))
                .row("highlights", String.valueOf(interview.highlights().size()))
                .row("media", String.valueOf(interview.media().size()))
                .row("related links", String.valueOf(interview.related().size()))
                .row("credits", String.valueOf(interview.credits().size()))
                .row("boilerplate", String.valueOf(interview.boilerplate().size()))
                .print(out, INDENT);
    }

    private void printDiagnostics(PrintWriter out) {
        out.println("Diagnostics: " + interview.diagnostics().size());
        TextTable table = new TextTable(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT);
        for (Diagnostic diagnostic : interview.diagnostics()) {
            table.row(diagnostic.line() + ":" + diagnostic.column(),
                    lowerCase(diagnostic.severity().name()),
                    lowerCase(diagnostic.code().name()),
                    diagnostic.message());
        }
        table.print(out, INDENT);
    }

    private static String orNone(Optional<String> value) {
        return value.orElse(NONE);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code 1 line}, {@code 2 lines}: a count with its noun, English plural by -s. */
    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
