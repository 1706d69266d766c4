package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.testing.InterviewDocuments;
import dev.interviewkit.parser.testing.SourceCoverage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties over generated interview-like documents: the parser gives back what was written. */
class GeneratedDocumentPropertyTest {

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    @Test
    void nothingIsLostInGeneratedDocuments() {
        qt().withExamples(300).forAll(InterviewDocuments.documents()).checkAssert(doc -> {
            Interview interview = PARSER.parse(doc.text()).interview();
            assertThat(SourceCoverage.problems(interview, doc.lines())).as(doc.toString()).isEmpty();
        });
    }

    @Test
    void everyWrittenTurnIsReadBackWithItsSpeakerAndExactText() {
        qt().withExamples(300).forAll(InterviewDocuments.documents()).checkAssert(doc -> {
            Interview interview = PARSER.parse(doc.text()).interview();
            List<Turn> turns = interview.turns();
            assertThat(turns).as(doc.toString()).hasSameSizeAs(doc.turns());
            for (int i = 0; i < turns.size(); i++) {
                String name = interview.participant(turns.get(i).speaker()).orElseThrow().name();
                InterviewDocuments.ExpectedTurn expected = doc.turns().get(i);
                assertThat(turns.get(i).text()).as("turn %d of %s", i + 1, doc).isEqualTo(expected.text());
                if (!expected.speakerName().equals("主持人")) {
                    assertThat(name).as("turn %d of %s", i + 1, doc).isEqualTo(expected.speakerName());
                }
            }
        });
    }

    @Test
    void sectionTitlesAndParticipantsAreReadBack() {
        qt().withExamples(300).forAll(InterviewDocuments.documents()).checkAssert(doc -> {
            Interview interview = PARSER.parse(doc.text()).interview();
            assertThat(interview.sections().stream().flatMap(s -> s.title().stream()).toList())
                    .as(doc.toString()).isEqualTo(doc.sectionTitles());
            assertThat(interview.participants()).as(doc.toString()).hasSize(doc.speakers().size());
            assertThat(interview.diagnostics()).as(doc.toString())
                    .noneMatch(d -> d.severity() == Severity.ERROR);
            assertThat(interview.sections().stream().skip(1)).allMatch(s -> s.title().isPresent());
        });
    }

    @Test
    void noMarkupIsLeftInGeneratedTurnTexts() {
        qt().withExamples(200).forAll(InterviewDocuments.documents()).checkAssert(doc -> {
            for (Section section : PARSER.parse(doc.text()).interview().sections()) {
                section.turns().forEach(t -> assertThat(t.text()).as(doc.toString()).doesNotContain("*", "\\", "\n"));
            }
        });
    }
}
