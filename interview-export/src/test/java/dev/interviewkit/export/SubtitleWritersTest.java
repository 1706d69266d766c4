package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import org.junit.jupiter.api.Test;

/** What the SRT and WebVTT files hold around the cues: headers, notes, labels, voice tags, escapes. */
class SubtitleWritersTest {

    private static final Interview DIALOGUE = CueSplitterTest.interview("你好。", "Hi & <b>welcome</b> --> home.", "再见。");

    @Test
    void srtNumbersCuesAndWritesThreeDigitMilliseconds() {
        String srt = SrtWriter.builder().build().write(DIALOGUE);
        assertThat(srt).startsWith("1\n00:00:00,000 --> 00:00:0");
        assertThat(srt).containsPattern("\n2\n\\d{2}:\\d{2}:\\d{2},\\d{3} --> \\d{2}:\\d{2}:\\d{2},\\d{3}\n");
        assertThat(srt).endsWith("\n\n").doesNotStartWith("\uFEFF");
    }

    @Test
    void srtNamesTheSpeakerOnlyWhenTheSpeakerChanges() {
        Interview monologue = CueSplitterTest.interview("第一句话说得很长很长很长很长很长很长很长很长。第二句话也说得很长很长很长很长很长很长。");
        String srt = SrtWriter.builder().build().write(monologue);
        assertThat(srt).containsOnlyOnce("主持人：");
        assertThat(SrtWriter.builder().build().write(DIALOGUE)).contains("主持人：你好。", "Sam Altman: Hi", "主持人：再见。");
    }

    @Test
    void srtWritesAnArrowForTheTimingArrowInText() {
        assertThat(SrtWriter.builder().build().write(DIALOGUE)).contains("→ home").doesNotContain("--> home");
    }

    @Test
    void webVttHasItsHeaderANoteOnTheEstimateAndAVoiceOnEveryCue() {
        String vtt = WebVttWriter.builder().build().write(DIALOGUE);
        assertThat(vtt).startsWith("WEBVTT\n\nNOTE\nTimes are estimates from reading speed, not from the audio: ");
        assertThat(vtt).contains("\n<v 主持人>你好。\n", "\n<v Sam Altman>", "\n<v 主持人>再见。\n");
    }

    @Test
    void webVttEscapesAmpersandsAndAngleBracketsSoNoTextHoldsAnArrow() {
        String vtt = WebVttWriter.builder().build().write(DIALOGUE);
        assertThat(vtt).contains("Hi &amp; &lt;b&gt;welcome&lt;/b&gt; --&gt; home.");
        assertThat(vtt.lines().filter(l -> l.contains("-->"))).allMatch(l -> l.matches("[\\d:.]+ --> [\\d:.]+"));
    }

    @Test
    void webVttEscapesTheVoiceName() {
        Interview interview = Interview.builder().from(DIALOGUE).participants(java.util.List.of(
                dev.interviewkit.model.Participant.builder().id("host").name("A&B <C>").build(),
                dev.interviewkit.model.Participant.builder().id("guest").name("Sam").build())).build();
        assertThat(WebVttWriter.builder().build().write(interview)).contains("<v A&amp;B &lt;C&gt;>");
    }

    @Test
    void subtitlesMadeOnceAreWrittenAsBothFormatsWithTheSameCues() throws java.io.IOException {
        Interview longer = CueSplitterTest.interview("我们今天聊聊人工智能的未来，还有它会怎样改变我们的工作和生活。", "好的。");
        SrtWriter srt = SrtWriter.builder().cues(CueSplitter.builder().chineseLineWidth(6).build()).build();
        Subtitles subtitles = srt.subtitles(longer);
        assertThat(subtitles.cues()).hasSizeGreaterThan(2);
        // The interview path is the subtitles path: the writer's own splitter made them.
        StringBuilder srtText = new StringBuilder();
        srt.write(subtitles, srtText);
        assertThat(srtText.toString()).isEqualTo(srt.write(longer));
        StringBuilder vttText = new StringBuilder();
        WebVttWriter.builder().build().write(subtitles, vttText);
        String vtt = vttText.toString();
        assertThat(vtt.split(" --> ", -1)).hasSize(subtitles.cues().size() + 1);
        for (Cue cue : subtitles.cues()) {
            cue.lines().forEach(line -> assertThat(vtt).contains(line));
        }
        // The WebVTT writer's own splitter is wider: left to itself, it lays out fewer cues.
        assertThat(WebVttWriter.builder().build().subtitles(longer).cues()).hasSizeLessThan(subtitles.cues().size());
    }

    @Test
    void anInterviewWithoutTurnsHasNoCues() {
        Interview empty = Interview.builder().build();
        assertThat(SrtWriter.builder().build().write(empty)).isEmpty();
        assertThat(WebVttWriter.builder().build().write(empty)).startsWith("WEBVTT\n\nNOTE\n").doesNotContain("-->");
    }
}
