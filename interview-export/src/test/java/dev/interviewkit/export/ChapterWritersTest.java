package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.model.testing.InterviewGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChapterWritersTest {

    private static final Interview REFERENCE = ReferenceArticles.reference();

    @Test
    void youTubeChaptersStartAtZeroAndFollowTheSections() {
        List<String> lines = YouTubeChaptersWriter.builder().build().write(REFERENCE).lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("00:00 开场");
        assertThat(lines.get(1)).matches("\\d{2}:\\d{2} 高中生活");
        assertValidYouTubeList(lines);
    }

    @Test
    void fewerThanThreeChaptersIsRefusedWithTheReason() {
        Interview two = sections(List.of("第一部分", "第二部分"), "这是一段足够长的话，说了很久很久，大家都在认真地听着。");
        assertThatThrownBy(() -> YouTubeChaptersWriter.builder().build().write(two))
                .isInstanceOf(ChapterRulesException.class)
                .hasMessageContaining("at least 3 chapters")
                .satisfies(e -> assertThat(((ChapterRulesException) e).problems()).first().asString()
                        .startsWith("YouTube needs at least 3 chapters; the interview has 2 sections"));
    }

    @Test
    void aChapterShorterThanTenSecondsIsRefusedWithTheReason() {
        Interview shortOnes = sections(List.of("一", "二", "三"), "好。");
        assertThatThrownBy(() -> YouTubeChaptersWriter.builder().build().write(shortOnes))
                .isInstanceOf(ChapterRulesException.class)
                .hasMessageContaining("needs at least 10 s");
    }

    @Test
    void youTubeListsOfGeneratedInterviewsAreValidOrRefused() {
        qt().withExamples(200).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            try {
                assertValidYouTubeList(YouTubeChaptersWriter.builder().build().write(interview).lines().toList());
            } catch (ChapterRulesException refused) {
                assertThat(refused.problems()).isNotEmpty();
            }
        });
    }

    @Test
    void theOpeningTitleIsAnOption() {
        assertThat(YouTubeChaptersWriter.builder().openingTitle("Intro").build().write(REFERENCE)).startsWith("00:00 Intro\n");
    }

    @Test
    void webVttChaptersSayTheyAreEstimatesAndCoverTheInterview() {
        String vtt = WebVttChaptersWriter.builder().build().write(REFERENCE);
        assertThat(vtt).startsWith("WEBVTT\n\nNOTE\nTimes are estimates");
        assertThat(vtt).contains("\n1\n00:00:00.000 --> ", "\n开场\n", "\n各国AI竞赛\n");
    }

    @Test
    void podcastChaptersAreVersionOnePointTwoWithStartTimesAndTitles() {
        JsonNode json = JsonSupport.MAPPER.readTree(PodcastChaptersWriter.builder().build().write(REFERENCE));
        assertThat(json.get("version").asString()).isEqualTo("1.2.0");
        assertThat(json.get("chapters")).hasSize(7);
        assertThat(json.get("chapters").get(0).get("startTime").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(json.get("chapters").get(1).get("title").asString()).isEqualTo("高中生活");
        assertThat(json.get("timesEstimated").asBoolean()).isTrue();
        assertThat(json.get("timingNote").asString()).contains("estimates");
    }

    @Test
    void podcastTranscriptHasSegmentsWithSpeakerTimesAndBody() {
        JsonNode json = JsonSupport.MAPPER.readTree(PodcastTranscriptWriter.builder().pretty(false).build().write(REFERENCE));
        assertThat(json.get("version").asString()).isEqualTo("1.0.0");
        JsonNode first = json.get("segments").get(0);
        assertThat(first.get("speaker").asString()).isEqualTo("Elain Chaw");
        assertThat(first.get("startTime").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(first.get("endTime").decimalValue()).isPositive();
        assertThat(first.get("body").asString()).startsWith("这里是圣路易斯");
        assertThat(json.get("timesEstimated").asBoolean()).isTrue();
        BigDecimal previous = BigDecimal.ZERO;
        for (JsonNode segment : json.get("segments")) {
            assertThat(segment.get("startTime").decimalValue()).isGreaterThanOrEqualTo(previous);
            assertThat(segment.get("endTime").decimalValue()).isGreaterThan(segment.get("startTime").decimalValue());
            previous = segment.get("endTime").decimalValue();
        }
    }

    static void assertValidYouTubeList(List<String> lines) {
        assertThat(lines.size()).isGreaterThanOrEqualTo(3);
        assertThat(lines.get(0)).startsWith("00:00 ");
        int previous = -10;
        for (String line : lines) {
            assertThat(line).matches("(\\d+:)?\\d{2}:\\d{2} \\S.*");
            String[] parts = line.substring(0, line.indexOf(' ')).split(":");
            int seconds = 0;
            for (String part : parts) {
                seconds = seconds * 60 + Integer.parseInt(part);
            }
            assertThat(seconds - previous).as(line).isGreaterThanOrEqualTo(10);
            previous = seconds;
        }
    }

    private static Interview sections(List<String> titles, String text) {
        List<Section> sections = new ArrayList<>();
        for (String title : titles) {
            sections.add(Section.builder().title(title)
                    .addTurn(Turn.builder().speaker("p").addParagraph(Paragraph.of(text)).build()).build());
        }
        return Interview.builder().addParticipant(Participant.builder().id("p").name("主持人").build()).sections(sections)
                .build();
    }
}
