package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.Turn;
import dev.interviewkit.model.testing.ReferenceInterview;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InspectionReportTest {

    @Test
    void reportAlignsColumnsOfMixedChineseAndLatinText() {
        Interview interview = Interview.builder()
                .metadata(Metadata.builder()
                        .title("访谈")
                        .author("作者")
                        .publishedAt(OffsetDateTime.of(2024, 9, 15, 8, 4, 0, 0, ZoneOffset.ofHours(8)))
                        .sourceUrl("https://example.com/a")
                        .build())
                .addParticipant(Participant.builder()
                        .id("host").name("主持人").role(Role.HOST)
                        .addAlias("主持人")
                        .addRoleEvidence("the label 主持人 is a role word")
                        .build())
                .addParticipant(Participant.builder()
                        .id("sam-altman").name("Sam Altman").role(Role.GUEST)
                        .addAlias("嘉宾Sam Altman").addAlias("Sam Altman")
                        .addRoleEvidence("the label 嘉宾Sam Altman starts with a role word")
                        .addRoleEvidence("answers the host")
                        .build())
                .addSection(Section.builder().addTurn(turn("host", "你好")).build())
                .addSection(Section.builder().title("高中生活").addTurn(turn("sam-altman", "谢谢你们")).build())
                .addDiagnostic(Diagnostic.builder()
                        .severity(Severity.WARNING).code(DiagnosticCode.REPAIRED_MARKUP)
                        .line(3).column(1).message("Repaired broken bold markers.")
                        .build())
                .build();

        assertThat(report("article.md", 12, interview)).isEqualTo("""
                article.md: 12 lines, 1 diagnostic

                Title       访谈
                Author      作者
                Published   2024-09-15T08:04+08:00
                Location    (none)
                Source URL  https://example.com/a

                Transcript: yes, 2 turns by 2 participants

                Participants: 2
                  ID          NAME        ROLE   TURNS  WORDS  ALIASES
                  host        主持人      host       1  33.3%  主持人
                  sam-altman  Sam Altman  guest      1  66.7%  嘉宾Sam Altman, Sam Altman
                  Role evidence
                    host        the label 主持人 is a role word
                    sam-altman  the label 嘉宾Sam Altman starts with a role word
                    sam-altman  answers the host

                Sections: 2
                  TITLE      TURNS
                  (opening)      1
                  高中生活       1

                Other content
                  lead blocks    0
                  highlights     0
                  media          0
                  related links  0
                  credits        0
                  boilerplate    0

                Diagnostics: 1
                  3:1  warning  repaired_markup  Repaired broken bold markers.
                """);
    }

    @Test
    void theReferenceInterviewShowsItsMetadataParticipantsAndSections() {
        String report = report(ReferenceArticle.FILE_NAME, 339, ReferenceInterview.interview());

        assertThat(report.lines()).contains(
                "Title       " + ReferenceInterview.TITLE,
                "Author      AI深度研究员",
                "Published   2024-09-15T08:04+08:00",
                "Location    上海",
                "Source URL  " + ReferenceInterview.SOURCE_URL,
                "Participants: 2",
                "Sections: 4");
        assertThat(report).containsPattern("\n  host +主持人 +host +\\d+ +\\d+\\.\\d% +主持人\n")
                .containsPattern("\n  sam-altman +Sam Altman +guest +\\d+ +\\d+\\.\\d% +嘉宾Sam Altman, Sam Altman\n")
                .contains("\n  (opening)  ", "\n  高中生活 ", "\n  程序员生涯 ", "\n  o1模型新范式 ");
    }

    @Test
    void anEmptyInterviewShowsNoneAndNoTables() {
        String report = report("<stdin>", 1, Interview.builder().build());

        assertThat(report).startsWith("<stdin>: 1 line, 0 diagnostics\n")
                .contains("Title       (none)\n")
                .contains("Transcript: none (not an interview)\n\nParticipants: 0\n\nSections: 0\n\n")
                .endsWith("Diagnostics: 0\n");
    }

    @Test
    void aParticipantWithoutEvidenceOrAliasesShowsNone() {
        Interview interview = Interview.builder()
                .addParticipant(Participant.builder().id("a").name("A").build())
                .addSection(Section.builder().addTurn(turn("a", "text")).build())
                .build();

        assertThat(report("x.md", 1, interview)).contains(
                "  a   A     unknown      1  100.0%  (none)\n",
                "    a  (none)\n");
    }

    private static Turn turn(String speaker, String text) {
        return Turn.builder().speaker(speaker).addParagraph(Paragraph.of(text)).build();
    }

    private static String report(String name, int lines, Interview interview) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new InspectionReport(name, lines, interview).print(out);
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
