package dev.interviewkit.model;

import static dev.interviewkit.model.testing.ReferenceInterview.GUEST;
import static dev.interviewkit.model.testing.ReferenceInterview.HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interviewkit.model.testing.ReferenceInterview;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference article built by hand, and the views the model derives from it. */
class ReferenceInterviewTest {

    // Counted outside Java (non-space code points; Han ideographs plus runs of Latin letters and
    // digits) from the turns' texts, so that the statistics are checked against another count.
    private static final int HOST_CHARACTERS = 695;
    private static final int HOST_WORDS = 515;
    private static final int GUEST_CHARACTERS = 451;
    private static final int GUEST_WORDS = 389;

    private final Interview interview = ReferenceInterview.interview();

    @Test
    void metadataIsWhatTheHeaderSays() {
        Metadata metadata = interview.metadata();
        assertThat(metadata.title()).contains("OpenAI o1发布前专访 CEO Sam Altman， 阐释o1模型独特推理能力以及AI广泛应用场景");
        assertThat(metadata.author()).contains("AI深度研究员");
        assertThat(metadata.publishedAt()).contains(OffsetDateTime.parse("2024-09-15T08:04:00+08:00"));
        assertThat(metadata.location()).contains("上海");
        assertThat(metadata.sourceUrl()).contains(ReferenceInterview.SOURCE_URL);
        assertThat(metadata.claimedCharacters()).hasValue(10_000);
        assertThat(metadata.claimedReadingMinutes()).hasValue(25);
        assertThat(metadata.field("发布时间")).contains("2024-09-15 08:04");
        assertThat(metadata.field("公众号")).isEmpty();
    }

    @Test
    void turnsAreEverySectionsTurnsInOrder() {
        assertThat(interview.sections()).extracting(s -> s.title().orElse("(untitled)"))
                .containsExactly("(untitled)", "高中生活", "程序员生涯", "o1模型新范式");
        assertThat(interview.turns()).hasSize(12);
        assertThat(interview.turns()).extracting(Turn::speaker)
                .containsExactly(HOST, GUEST, HOST, GUEST, HOST, GUEST, HOST, GUEST, HOST, GUEST, HOST, GUEST);
        assertThat(interview.turns().get(1).label()).contains("嘉宾Sam Altman");
        assertThat(interview.turns().get(1).text()).isEqualTo("非常感谢邀请我。");
        assertThat(interview.turns().get(11).lines()).contains(LineRange.of(169, 170));
    }

    @Test
    void participantsAreFoundById() {
        assertThat(interview.participant(GUEST)).hasValueSatisfying(guest -> {
            assertThat(guest.name()).isEqualTo("Sam Altman");
            assertThat(guest.role()).isEqualTo(Role.GUEST);
            assertThat(guest.aliases()).containsExactly("嘉宾Sam Altman", "Sam Altman");
        });
        assertThat(interview.participant(HOST).map(Participant::role)).contains(Role.HOST);
        assertThat(interview.participant("nobody")).isEmpty();
    }

    @Test
    void statisticsCountTurnsCharactersAndWordsPerParticipant() {
        assertThat(interview.statistics()).extracting(ParticipantStatistics::participantId).containsExactly(HOST, GUEST);
        ParticipantStatistics host = interview.statistics(HOST).orElseThrow();
        ParticipantStatistics guest = interview.statistics(GUEST).orElseThrow();
        assertThat(host.turns()).isEqualTo(6);
        assertThat(guest.turns()).isEqualTo(6);
        assertThat(host.characters()).isEqualTo(HOST_CHARACTERS);
        assertThat(host.words()).isEqualTo(HOST_WORDS);
        assertThat(guest.characters()).isEqualTo(GUEST_CHARACTERS);
        assertThat(guest.words()).isEqualTo(GUEST_WORDS);
        assertThat(host.share()).isCloseTo((double) HOST_WORDS / (HOST_WORDS + GUEST_WORDS), within(1e-12));
        assertThat(host.share() + guest.share()).isCloseTo(1.0, within(1e-12));
        assertThat(interview.statistics("nobody")).isEmpty();
    }

    @Test
    void statisticsOfAParticipantWithoutTurnsAreZero() {
        Interview quiet = Interview.builder().from(interview)
                .addParticipant(Participant.builder().id("audience").name("观众").role(Role.AUDIENCE).build())
                .build();
        ParticipantStatistics audience = quiet.statistics("audience").orElseThrow();
        assertThat(audience.turns()).isZero();
        assertThat(audience.words()).isZero();
        assertThat(audience.share()).isZero();
        assertThat(quiet.statistics().stream().mapToDouble(ParticipantStatistics::share).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void statisticsOfAnInterviewWithoutTurnsHaveNoShares() {
        Interview empty = Interview.builder().addParticipant(Participant.builder().id("host").name("主持人").build()).build();
        assertThat(empty.statistics()).singleElement().satisfies(s -> {
            assertThat(s.turns()).isZero();
            assertThat(s.share()).isZero();
        });
    }

    @Test
    void paragraphTextLosesMarkupAndJoinsWrappedLines() {
        Turn opening = interview.turns().get(0);
        assertThat(opening.paragraphs().get(0).text())
                .startsWith("这里是圣路易斯公共广播电台的节目《St. Louis on the Air》，我是Elain Chaw。")
                .contains("从John Burroughs高中毕业")
                .contains("Sam Altman今天早上")
                .endsWith("现在，Sam Altman正在与我们连线。")
                .doesNotContain("\n", "*", "[", "](");
        assertThat(opening.paragraphs().get(1).text()).isEqualTo("欢迎你，Sam Altman。");
        assertThat(opening.text()).endsWith("正在与我们连线。欢迎你，Sam Altman。");
    }

    @Test
    void lineBreakBetweenCjkCharactersJoinsWithNothing() {
        Turn memories = interview.sections().get(2).turns().get(3);
        assertThat(memories.text()).isEqualTo("这不是一个具体的回忆，但有一件事我特别喜欢。这种深深扎根于社区的感觉非常美好。"
                + "这也是大家常说的事。我觉得这是非常酷的事情。");
    }

    @Test
    void lineBreakBetweenLatinCharactersJoinsWithOneSpace() {
        Paragraph lead = (Paragraph) interview.lead().get(0);
        assertThat(lead.text()).contains("在母校John Burroughs发表演讲").contains("节目《St. Louis on the Air》的采访。");
        Turn apple = interview.sections().get(2).turns().get(1);
        assertThat(apple.text()).contains("Apple 2 GS电脑");
    }

    @Test
    void leadHighlightsAndEverythingElseKeepTheirShape() {
        assertThat(interview.lead()).hasSize(4);
        assertThat(interview.lead().get(3)).isInstanceOfSatisfying(Note.class,
                note -> assertThat(note.text()).isEqualTo("因本次采访为广播节目，不包含视频画面"));
        assertThat(interview.highlights()).extracting(h -> h.points().size()).containsExactly(3, 2, 2);
        assertThat(interview.highlights().get(1).title()).contains("谨慎对待AI炒作");
        MediaReference video = interview.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).findFirst().orElseThrow();
        assertThat(video.startOffset()).contains(Duration.ofSeconds(780));
        assertThat(video.url()).isEqualTo(ReferenceInterview.VIDEO_URL);
        assertThat(interview.related()).hasSize(3);
        assertThat(interview.related().get(1).title()).contains("\"AI 版理查德\"");
        assertThat(interview.credits()).extracting(Credit::text).containsExactly("素材来源官方媒体/网络新闻");
        assertThat(interview.boilerplate()).extracting(Boilerplate::kind).contains(BoilerplateKind.END_MARKER,
                BoilerplateKind.COPYRIGHT, BoilerplateKind.CALL_TO_ACTION);
    }

    @Test
    void aCopyIsEqualAndIndependentOfItsBuilder() {
        Interview.Builder builder = Interview.builder().from(interview);
        Interview copy = builder.build();
        builder.addCredit(Credit.builder().text("另一个来源").build());
        assertThat(copy).isEqualTo(interview).hasSameHashCodeAs(interview);
        assertThat(builder.build()).isNotEqualTo(interview);
        assertThat(List.copyOf(interview.turns())).isEqualTo(copy.turns());
    }
}
