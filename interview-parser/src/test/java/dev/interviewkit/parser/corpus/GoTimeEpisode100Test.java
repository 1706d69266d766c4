package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus 16: the Changelog transcript of Go Time episode 100 with Rob Pike and Robert Griesemer, in
 * English, with no header at all, escaped {@code \[04:22\]} timestamps and {@code **Break:**} markers.
 */
class GoTimeEpisode100Test {

    private static final String FILE = "16_gotime-100-rob-pike-griesemer-en.md";

    private static Interview interview() {
        return Corpus.interview(FILE);
    }

    @Test
    void twoHostsAndTheTwoCreatorsOfGo() {
        // Line 1: "Your hosts today are Carmen Andoh (me, myself and I), as well as Jon Calhoun."
        // Line 5: "our two guests today are Rob Pike and Robert Griesemer".
        assertThat(interview().participants()).hasSize(4);
        for (String host : List.of("Carmen Andoh", "Jon Calhoun")) {
            Participant participant = Corpus.participant(interview(), host);
            assertThat(participant.aliases()).containsExactly(host);
            assertThat(participant.role()).as(host).isEqualTo(Role.HOST);
        }
        for (String guest : List.of("Rob Pike", "Robert Griesemer")) {
            Participant participant = Corpus.participant(interview(), guest);
            assertThat(participant.aliases()).containsExactly(guest);
            assertThat(participant.role()).as(guest).isEqualTo(Role.GUEST);
        }
    }

    @Test
    void theBreakMarkersAreNotASpeaker() {
        // `**Break:** \[24:27\]` (lines 163, 263) has a speaker's shape but marks an ad break: nobody
        // speaks, and the turns before and after it are whole.
        assertThat(interview().participants()).noneSatisfy(p -> assertThat(p.aliases()).contains("Break"));
        assertThat(interview().participants()).extracting(Participant::name).doesNotContain("Break");
        assertThat(interview().turns()).allSatisfy(t -> assertThat(t.text()).doesNotContain("Break"));
    }

    @Test
    void oneHundredAndTwentySixTurns() {
        assertThat(Corpus.turnsOf(interview(), "Carmen Andoh")).isEqualTo(27);
        assertThat(Corpus.turnsOf(interview(), "Jon Calhoun")).isEqualTo(11);
        assertThat(Corpus.turnsOf(interview(), "Rob Pike")).isEqualTo(50);
        assertThat(Corpus.turnsOf(interview(), "Robert Griesemer")).isEqualTo(38);
        assertThat(interview().turns()).hasSize(126);
    }

    @Test
    void thereAreNoHeadingsSoOneUntitledSection() {
        // The breaks have no title and do not start sections (only the first section may be untitled).
        assertThat(Corpus.sectionTitles(interview())).containsExactly("");
        assertThat(Corpus.turnsPerSection(interview())).containsExactly(126);
    }

    @Test
    void aTimestampOpeningATurnIsItsStart() {
        List<Turn> turns = interview().turns();
        // Line 35: `**Rob Pike:** \[04:22\] 45 minutes.`, the first timestamp of the file.
        Turn first = turns.get(16);
        assertThat(first.start()).contains(Duration.ofMinutes(4).plusSeconds(22));
        assertThat(first.text()).isEqualTo("45 minutes.");
        // Four more turns open with a timestamp, all of them Rob Pike's.
        assertThat(turns.get(40).start()).contains(Duration.ofMinutes(11).plusSeconds(50));
        assertThat(turns.get(58).start()).contains(Duration.ofMinutes(20).plusSeconds(4));
        assertThat(turns.get(80).start()).contains(Duration.ofMinutes(35).plusSeconds(57));
        assertThat(turns.get(104).start()).contains(Duration.ofMinutes(52).plusSeconds(7));
        assertThat(interview().turns()).filteredOn(t -> t.start().isPresent()).hasSize(5);
    }

    @Test
    void theOpeningTurnHasNoStartBecauseTheFileGivesNone() {
        Turn opening = interview().turns().get(0);
        assertThat(opening.text()).startsWith("Welcome, everybody, to Go Time!");
        assertThat(opening.start()).isEmpty();
    }

    @Test
    void aTimestampInsideATurnIsTheStartOfItsParagraph() {
        // Line 55, `\[08:23\] So we had worked together…`, and eight more like it on lines 109 to 323.
        Turn turn = interview().turns().get(24);
        assertThat(turn.paragraphs().get(1).start()).contains(Duration.ofMinutes(8).plusSeconds(23));
        assertThat(interview().turns()).flatMap(Turn::paragraphs).filteredOn(p -> p.start().isPresent()).hasSize(9);
    }

    @Test
    void aTimestampInsideATurnIsNeitherItsStartNorItsText() {
        // Line 55, `\[08:23\] So we had worked together…`, opens the second paragraph of the turn that
        // starts on line 53: it says when that paragraph starts, not the turn.
        Turn turn = interview().turns().get(24);
        assertThat(turn.text()).startsWith("Yeah, Bill was the best manager I've ever had.")
                .contains("So we had worked together a lot with him as manager");
        assertThat(turn.start()).isEmpty();
        assertThat(interview().turns())
                .allSatisfy(t -> assertThat(t.text()).doesNotContainPattern("\\[\\d{2}:\\d{2}\\]"));
    }

    @Test
    void stageDirectionsStayInTheTextUnescaped() {
        // `\[laughs\]` is the transcriber's note of what was heard; it stays, without its escapes.
        assertThat(interview().turns().get(6).text())
                .startsWith("[laughs] Right. The third -- I tried to get the hattrick");
    }

    @Test
    void theFileHasNoTitleAndNoMetadata() {
        // The file starts with the first turn.
        Metadata metadata = interview().metadata();
        assertThat(metadata.title()).isEmpty();
        assertThat(metadata.author()).isEmpty();
        assertThat(metadata.publishedAt()).isEmpty();
        assertThat(metadata.sourceUrl()).isEmpty();
    }

    @Test
    void theLastTurnIsCarmensGoodbye() {
        assertThat(interview().turns().get(125).text())
                .isEqualTo("This is Carmen. Until next time, thank you, everybody.");
    }
}
