package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingModelTest {

    private static final TimingModel STANDARD = TimingModel.standard();

    @Test
    void chineseIsReadAtFourPointFourCharactersASecond() {
        assertThat(STANDARD.speakingTime("一二三四五六七八九十一二三四五六七八九十一二").toMillis()).isEqualTo(5000);
    }

    @Test
    void englishIsReadAtTwoAndAHalfWordsASecond() {
        assertThat(STANDARD.speakingTime("one two three four five").toMillis()).isEqualTo(2000);
    }

    @Test
    void punctuationAndEmojiTakeNoTime() {
        assertThat(STANDARD.speakingTime("😀，。！").toMillis()).isZero();
    }

    @Test
    void numbersAreReadAsWords() {
        TimingModel oneASecond = TimingModel.builder().cjkCharactersPerSecond(1).latinWordsPerSecond(1).build();
        assertThat(oneASecond.speakingTime("2003年").toSeconds()).isEqualTo(5); // 二零零三年
        assertThat(oneASecond.speakingTime("10,000人").toSeconds()).isEqualTo(3); // 一万人
        assertThat(oneASecond.speakingTime("95%的").toSeconds()).isEqualTo(7); // 百分之九十五的
        assertThat(oneASecond.speakingTime("16个").toSeconds()).isEqualTo(3); // 十六个
        assertThat(oneASecond.speakingTime("about 2003 people").toSeconds()).isEqualTo(5); // two thousand three
    }

    @Test
    void aPauseFollowsEachSentenceInsideATurn() {
        TimingModel model = TimingModel.builder().sentencePause(Duration.ofSeconds(1)).build();
        assertThat(model.speakingTime("好。好。好。").minus(STANDARD.speakingTime("好好好")).toMillis())
                .isBetween(1999L, 2001L);
    }

    @Test
    void turnsFollowEachOtherWithTheTurnPause() {
        Timeline timeline = STANDARD.estimate(interview(turn("一二三四五六七八九十一"), turn("一二三四五六七八九十一")));
        assertThat(timeline.turns().get(0).start()).isEqualTo(Duration.ZERO);
        assertThat(timeline.turns().get(0).end().toMillis()).isEqualTo(2500);
        assertThat(timeline.turns().get(1).start().toMillis()).isEqualTo(3100);
        assertThat(timeline.description()).contains("estimates", "4.4 Chinese characters/s", "2.5 Latin words/s");
    }

    @Test
    void timesFromTheSourceAreAnchorsAndTheEstimateBetweenThemIsScaled() {
        Turn anchored = Turn.builder().from(turn("一二三四五六七八九十一")).start(Duration.ofSeconds(60)).build();
        Timeline timeline = STANDARD.estimate(interview(turn("一二三四五六七八九十一"), turn("一二三四五六七八九十一"), anchored));
        assertThat(timeline.anchors()).isEqualTo(1);
        assertThat(timeline.turns().get(2).start()).isEqualTo(Duration.ofSeconds(60));
        assertThat(timeline.turns().get(1).start().toMillis()).isEqualTo(3100 * 60_000L / 6200);
        assertThat(timeline.description()).contains("scaled between 1 times the source gives");
    }

    @Test
    void aLaterParagraphsStartIsAnAnchorToo() {
        // Two sentences of 2.5 s with a 0.25 s pause: the second paragraph is estimated at 2.75 s.
        Turn turn = Turn.builder().speaker("p").addParagraph(Paragraph.of("一二三四五六七八九十一。"))
                .addParagraph(Paragraph.builder().from(Paragraph.of("一二三四五六七八九十一。")).start(Duration.ofSeconds(11)).build())
                .build();
        Timeline timeline = STANDARD.estimate(interview(turn, turn("一二三四五六七八九十一")));
        assertThat(timeline.anchors()).isEqualTo(1);
        // Everything up to 2.75 s is stretched by 4: the turn ends at 11 + 2.5 s, the next starts 0.6 s later.
        assertThat(timeline.turns().get(0).end().toMillis()).isEqualTo(13_500);
        assertThat(timeline.turns().get(1).start().toMillis()).isEqualTo(14_100);
    }

    @Test
    void anAnchorThatWouldRunTimeBackwardsIsIgnoredAndNoted() {
        Turn late = Turn.builder().from(turn("一")).start(Duration.ofSeconds(100)).build();
        Turn early = Turn.builder().from(turn("一")).start(Duration.ofSeconds(50)).build();
        Timeline timeline = STANDARD.estimate(interview(turn("一"), late, early));
        assertThat(timeline.anchors()).isEqualTo(1);
        assertThat(timeline.notes()).singleElement().asString().contains("turn 3", "ignored");
        assertThat(timeline.turns().get(2).start()).isGreaterThan(timeline.turns().get(1).start());
    }

    @Test
    void theOriginIsExplicitOrTheSourceVideosStartOffset() {
        Interview interview = Interview.builder().from(interview(turn("一二三"))).addMedia(MediaReference.builder()
                .kind(MediaKind.VIDEO).url("https://www.youtube.com/watch?v=x&t=780s").startOffset(Duration.ofSeconds(780))
                .build()).build();
        assertThat(TimingModel.builder().originFromSourceMedia().build().estimate(interview).turns().get(0).start())
                .isEqualTo(Duration.ofSeconds(780));
        assertThat(TimingModel.builder().origin(Duration.ofSeconds(5)).build().estimate(interview).turns().get(0).start())
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(STANDARD.estimate(interview).turns().get(0).start()).isZero();
    }

    @Test
    void aKnownTotalDurationScalesTheEstimateToEndThere() {
        Timeline timeline = TimingModel.builder().fitTo(Duration.ofSeconds(62)).build()
                .estimate(interview(turn("一二三四五六七八九十一"), turn("一二三四五六七八九十一")));
        assertThat(timeline.end()).isEqualTo(Duration.ofSeconds(62));
        assertThat(timeline.description()).contains("fitted to a total of 62 s");
    }

    @Test
    void settingsAreCheckedWhenSet() {
        assertThatThrownBy(() -> TimingModel.builder().cjkCharactersPerSecond(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimingModel.builder().turnPause(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimingModel.builder().fitTo(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    static Turn turn(String text) {
        return Turn.builder().speaker("p").addParagraph(Paragraph.of(text)).build();
    }

    static Interview interview(Turn... turns) {
        return Interview.builder().addParticipant(Participant.builder().id("p").name("主持人").build())
                .addSection(Section.builder().addAllTurns(List.of(turns)).build()).build();
    }
}
