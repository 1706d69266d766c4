package dev.interviewkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.model.testing.InterviewGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewPropertyTest {

    private static final int EXAMPLES = 200;

    @Test
    void generatedInterviewsAreValidAndCopyToEqualInterviews() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            Interview copy = Interview.builder().from(interview).build();
            assertThat(copy).isEqualTo(interview);
            assertThat(copy.hashCode()).isEqualTo(interview.hashCode());
        });
    }

    @Test
    void everyTurnOfAGeneratedInterviewHasTextAndAKnownSpeaker() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            for (Turn turn : interview.turns()) {
                assertThat(turn.text()).isNotBlank();
                assertThat(interview.participant(turn.speaker())).isPresent();
            }
        });
    }

    @Test
    void sharesSumToOneWhenAnyoneSaysAWord() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            List<ParticipantStatistics> statistics = interview.statistics();
            int words = statistics.stream().mapToInt(ParticipantStatistics::words).sum();
            double shares = statistics.stream().mapToDouble(ParticipantStatistics::share).sum();
            assertThat(shares).isCloseTo(words == 0 ? 0.0 : 1.0, within(1e-9));
            assertThat(statistics.stream().mapToInt(ParticipantStatistics::turns).sum()).isEqualTo(interview.turns().size());
        });
    }

    @Test
    void nestingDoesNotChangePlainText() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.inlineRuns()).checkAssert(run ->
                assertThat(Inline.plainText(run)).isEqualTo(Inline.plainText(flatten(run))));
    }

    private static List<Inline> flatten(List<Inline> inlines) {
        List<Inline> flat = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Strong strong) {
                flat.addAll(flatten(strong.children()));
            } else if (inline instanceof Inline.Emphasis emphasis) {
                flat.addAll(flatten(emphasis.children()));
            } else if (inline instanceof Inline.Link link) {
                flat.addAll(flatten(link.children()));
            } else {
                flat.add(inline);
            }
        }
        return flat;
    }
}
