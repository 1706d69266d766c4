package dev.interviewkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One test per invariant the model checks when a value is built. */
class InvariantsTest {

    private static Participant participant(String id) {
        return Participant.builder().id(id).name("Name of " + id).build();
    }

    private static Turn turn(String speaker) {
        return Turn.builder().speaker(speaker).addParagraph(Paragraph.of("你好。")).build();
    }

    private static Section section(String title, Turn... turns) {
        Section.Builder section = Section.builder().addTurns(turns);
        if (title != null) {
            section.title(title);
        }
        return section.build();
    }

    @Test
    void turnWithUnknownSpeakerIsRejected() {
        Interview.Builder interview = Interview.builder()
                .addParticipant(participant("host"))
                .addSection(section(null, turn("host"), turn("guest")));
        assertThatThrownBy(interview::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not participants")
                .hasMessageContaining("guest");
    }

    @Test
    void duplicateParticipantIdsAreRejected() {
        Interview.Builder interview = Interview.builder().addParticipant(participant("host")).addParticipant(participant("host"));
        assertThatThrownBy(interview::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("participant id 'host' appears more than once");
    }

    @Test
    void onlyTheFirstSectionMayBeUntitled() {
        Interview.Builder interview = Interview.builder()
                .addSection(section("高中生活"))
                .addSection(Section.builder().lines(LineRange.of(120, 161)).build());
        assertThatThrownBy(interview::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only the first section may be untitled")
                .hasMessageContaining("section 2")
                .hasMessageContaining("lines 120-161");
    }

    @Test
    void firstSectionMayBeUntitled() {
        assertThatCode(() -> Interview.builder().addSection(section(null)).addSection(section("高中生活")).build())
                .doesNotThrowAnyException();
    }

    @Test
    void blankSectionTitleIsRejected() {
        assertThatThrownBy(() -> section(" "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("section title must not be blank");
    }

    @Test
    void lineRangeEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> LineRange.of(5, 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ends at 3 before it starts at 5");
    }

    @Test
    void lineRangeStartingBeforeLineOneIsRejected() {
        assertThatThrownBy(() -> LineRange.of(0, 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("starts at line 0; lines are 1-based");
    }

    @Test
    void turnWithoutTextIsRejected() {
        assertThatThrownBy(() -> Turn.builder().speaker("host").lines(LineRange.line(59)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a turn of 'host' at line 59 must have text");
    }

    @Test
    void turnWhoseParagraphsHoldOnlyImagesIsRejected() {
        Paragraph image = Paragraph.builder().addInline(Inline.image("https://example.com/a.png", "图")).build();
        assertThatThrownBy(() -> Turn.builder().speaker("host").addParagraph(image).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must have text");
    }

    @Test
    void turnWithBlankSpeakerIsRejected() {
        assertThatThrownBy(() -> turn(" "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("turn speaker must not be blank");
    }

    @Test
    void turnWithNegativeStartIsRejected() {
        assertThatThrownBy(() -> Turn.builder().from(turn("host")).start(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("turn start PT-1S is negative");
    }

    @Test
    void turnEndingBeforeItStartsIsRejected() {
        Turn.Builder turn = Turn.builder().from(turn("host")).start(Duration.ofSeconds(10)).end(Duration.ofSeconds(9));
        assertThatThrownBy(turn::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("turn end PT9S is before its start PT10S");
    }

    @Test
    void turnWithNegativeEndAndNoStartIsRejected() {
        assertThatThrownBy(() -> Turn.builder().from(turn("host")).end(Duration.ofSeconds(-2)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("turn end PT-2S");
    }

    @Test
    void participantIdWithWhiteSpaceIsRejected() {
        assertThatThrownBy(() -> participant("sam altman"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("participant id 'sam altman' must not contain white space");
    }

    @Test
    void blankParticipantIdIsRejected() {
        assertThatThrownBy(() -> participant(""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("participant id must not be blank");
    }

    @Test
    void blankParticipantNameIsRejected() {
        assertThatThrownBy(() -> Participant.builder().id("host").name(" ").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name of participant 'host' must not be blank");
    }

    @Test
    void missingRequiredValueIsRejectedByName() {
        assertThatThrownBy(() -> Participant.builder().id("host").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
    }

    @Test
    void emptyTextInlineIsRejected() {
        assertThatThrownBy(() -> Inline.text(""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a text inline must not be empty");
    }

    @Test
    void paragraphWithoutContentIsRejected() {
        assertThatThrownBy(() -> Paragraph.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a paragraph must hold some content");
    }

    @Test
    void noteWithoutTextIsRejected() {
        assertThatThrownBy(() -> Note.builder().addInline(Inline.image("https://example.com/a.png", "")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a note must have text");
    }

    @Test
    void bulletListWithoutItemsIsRejected() {
        assertThatThrownBy(() -> BulletList.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a bullet list must have items");
    }

    @Test
    void listItemHoldingNothingIsRejected() {
        assertThatThrownBy(() -> ListItem.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a list item must hold something");
    }

    @Test
    void listItemWithOnlyChildrenIsAccepted() {
        assertThat(ListItem.builder().addChildren(ListItem.of("子项")).build().text()).isEmpty();
    }

    @Test
    void highlightWithoutTitleOrPointsIsRejected() {
        assertThatThrownBy(() -> Highlight.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a highlight needs a title or points");
    }

    @Test
    void blankHighlightTitleIsRejected() {
        assertThatThrownBy(() -> Highlight.builder().title("").addPoint(ListItem.of("要点")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("highlight title must not be blank");
    }

    @Test
    void blankMetadataTitleIsRejected() {
        assertThatThrownBy(() -> Metadata.builder().title(" ").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("title must not be blank");
    }

    @Test
    void negativeClaimedLengthIsRejected() {
        assertThatThrownBy(() -> Metadata.builder().claimedCharacters(-1).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimed length -1 is negative");
    }

    @Test
    void negativeClaimedReadingTimeIsRejected() {
        assertThatThrownBy(() -> Metadata.builder().claimedReadingMinutes(-25).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("claimed reading time -25 is negative");
    }

    @Test
    void blankHeaderFieldKeyIsRejected() {
        assertThatThrownBy(() -> HeaderField.of(" ", "上海"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header field key must not be blank");
    }

    @Test
    void headerFieldValueMayBeEmpty() {
        assertThat(HeaderField.of("发布地", "").value()).isEmpty();
    }

    @Test
    void blankMediaUrlIsRejected() {
        assertThatThrownBy(() -> MediaReference.builder().kind(MediaKind.VIDEO).url(" ").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("media url must not be blank");
    }

    @Test
    void negativeMediaStartOffsetIsRejected() {
        MediaReference.Builder media = MediaReference.builder()
                .kind(MediaKind.VIDEO)
                .url("https://www.youtube.com/watch?v=7Lqsg2nlM3M")
                .startOffset(Duration.ofSeconds(-780));
        assertThatThrownBy(media::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("media start offset PT-13M is negative");
    }

    @Test
    void relatedLinkWithoutTitleIsRejected() {
        assertThatThrownBy(() -> RelatedLink.builder().title("").url("https://example.com").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("related link title must not be blank");
    }

    @Test
    void relatedLinkWithoutUrlIsRejected() {
        assertThatThrownBy(() -> RelatedLink.builder().title("往期回顾").url(" ").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("related link url must not be blank");
    }

    @Test
    void blankCreditIsRejected() {
        assertThatThrownBy(() -> Credit.builder().text("\u3000").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credit text must not be blank");
    }

    @Test
    void boilerplateTextMayBeEmpty() {
        assertThat(Boilerplate.builder().kind(BoilerplateKind.MARKUP_DEBRIS).text("").build().text()).isEmpty();
    }

    @Test
    void diagnosticOnLineZeroIsRejected() {
        assertThatThrownBy(() -> diagnostic().line(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("diagnostic line 0; lines are 1-based");
    }

    @Test
    void diagnosticOnColumnZeroIsRejected() {
        assertThatThrownBy(() -> diagnostic().column(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("diagnostic column 0; columns are 1-based");
    }

    @Test
    void diagnosticWithoutMessageIsRejected() {
        assertThatThrownBy(() -> diagnostic().message("").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("diagnostic message must not be blank");
    }

    @Test
    void diagnosticColumnDefaultsToOneAndPrintsAsLineColumnSeverityCode() {
        Diagnostic diagnostic = Diagnostic.builder()
                .severity(Severity.WARNING)
                .code(DiagnosticCode.REPAIRED_MARKUP)
                .line(79)
                .message("broken bold markers were repaired")
                .build();
        assertThat(diagnostic.column()).isEqualTo(1);
        assertThat(diagnostic).hasToString("79:1: warning [repaired_markup] broken bold markers were repaired");
    }

    private static Diagnostic.Builder diagnostic() {
        return Diagnostic.builder().severity(Severity.INFO).code(DiagnosticCode.NO_TRANSCRIPT).line(1).message("no turns");
    }
}
