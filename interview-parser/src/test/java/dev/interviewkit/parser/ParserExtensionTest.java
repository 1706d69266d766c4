package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Role;
import org.junit.jupiter.api.Test;

/** A house style the parser does not know is taught through the builder, not by changing the parser. */
class ParserExtensionTest {

    private static final String PANEL = String.join("\n",
            "**Panelist Ada Lovelace:** First answer.", "", "**Chair:** Next question?", "",
            "**Ada Lovelace:** Second answer.", "", "**Chair:** Thanks?", "", "**Ada Lovelace:** You're welcome.", "",
            "我们的视频号每周更新", "", "**小编：** 以上。", "", "**小编：** 完。");

    @Test
    void anAddedRoleWordGivesTheRoleAndJoinsTheNamedParticipant() {
        Interview interview = InterviewParser.builder().roleWord("Panelist", Role.GUEST).roleWord("Chair", Role.MODERATOR)
                .build().parse(PANEL).interview();
        assertThat(interview.participant("ada-lovelace").orElseThrow().aliases())
                .containsExactly("Panelist Ada Lovelace", "Ada Lovelace");
        assertThat(interview.participant("ada-lovelace").orElseThrow().role()).isEqualTo(Role.GUEST);
        assertThat(interview.participant("moderator").orElseThrow().role()).isEqualTo(Role.MODERATOR);
    }

    @Test
    void anAddedBoilerplatePhraseClassifiesTheFooter() {
        Interview interview = InterviewParser.builder().boilerplatePhrase(BoilerplateKind.ADVERTISEMENT, "视频号")
                .notSpeaker("小编").build().parse(PANEL).interview();
        assertThat(interview.boilerplate()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(BoilerplateKind.ADVERTISEMENT);
            assertThat(b.text()).isEqualTo("我们的视频号每周更新");
        });
    }

    @Test
    void aLabelDeclaredNoSpeakerNeverSpeaks() {
        Interview without = InterviewParser.builder().build().parse(PANEL).interview();
        Interview with = InterviewParser.builder().notSpeaker("小编").build().parse(PANEL).interview();
        assertThat(without.participants()).extracting(p -> p.name()).contains("小编");
        assertThat(with.participants()).extracting(p -> p.name()).doesNotContain("小编");
    }

    @Test
    void blankRuleRowsAreRejectedWhenSet() {
        assertThatThrownBy(() -> InterviewParser.builder().roleWord(" ", Role.HOST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role word");
        assertThatThrownBy(() -> InterviewParser.builder().maxInputChars(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputChars");
    }
}
