package dev.interviewkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rules of LABELLING.md ("How we score"), one example each. */
class DocumentScoreTest {

    private static Truth interview(Truth.Speaker... speakers) {
        return new Truth("A001", "a.md", true, List.of(speakers));
    }

    private static Truth.Speaker speaker(String label, int turns, String... aliases) {
        return new Truth.Speaker(label, Set.of(aliasesWith(label, aliases)), "unknown", turns);
    }

    private static String[] aliasesWith(String label, String... aliases) {
        String[] all = new String[aliases.length + 1];
        all[0] = label;
        System.arraycopy(aliases, 0, all, 1, aliases.length);
        return all;
    }

    private static FoundSpeaker found(String form, int turns, int merged) {
        return new FoundSpeaker(form, Set.of(form), turns, merged);
    }

    @Test
    void participantsMatchedThroughAnAliasWithWhiteSpaceAndCaseIgnoredMakeAnExactDocument() {
        Truth truth = interview(speaker("Sam Altman", 3, "嘉宾Sam Altman"), speaker("主持人", 3));
        DocumentScore score = DocumentScore.of(truth, List.of(found("嘉宾 sam altman", 3, 3), found("主持人", 3, 3)));

        assertThat(score.exact()).isTrue();
        assertThat(score.right()).isTrue();
        assertThat(score.attributionError()).isZero();
    }

    @Test
    void aMissingTurnAndAnUnmatchedParticipantBothCountAsErrors() {
        Truth truth = interview(speaker("问", 5), speaker("答", 5));
        DocumentScore score = DocumentScore.of(truth, List.of(found("问", 4, 4), found("答", 5, 5), found("资料来源", 2, 2)));

        assertThat(score.error()).isEqualTo(1 + 2);
        assertThat(score.exact()).isFalse();
        assertThat(score.foundInterview()).isTrue();
    }

    @Test
    void oneFoundParticipantMatchesAtMostOneTruthParticipant() {
        Truth truth = interview(speaker("张三", 2, "张"), speaker("张先生", 2, "张"));
        DocumentScore score = DocumentScore.of(truth, List.of(found("张", 4, 4)));

        assertThat(score.error()).isEqualTo(2 + 2);
    }

    @Test
    void mergedConsecutiveTurnsAreComparedWhenTheParserFoundNoMoreTurnsThanTheTruth() {
        Truth truth = interview(speaker("问", 2), speaker("答", 3));
        DocumentScore score = DocumentScore.of(truth, List.of(found("问", 3, 2), found("答", 2, 2)));

        assertThat(score.error()).isEqualTo(1);
    }

    @Test
    void aSplitTurnIsNeverForgiven() {
        Truth truth = interview(speaker("问", 2), speaker("答", 2));
        DocumentScore score = DocumentScore.of(truth, List.of(found("问", 3, 2), found("答", 2, 2)));

        assertThat(score.error()).isEqualTo(1);
        assertThat(score.exact()).isFalse();
    }

    @Test
    void anArticlesAttributionErrorIsAtMostItsTurns() {
        Truth truth = interview(speaker("问", 1), speaker("答", 1));
        DocumentScore score = DocumentScore.of(truth, List.of(found("图表", 30, 30)));

        assertThat(score.error()).isEqualTo(32);
        assertThat(score.attributionError()).isEqualTo(2);
    }

    @Test
    void aNonInterviewIsRightOnlyWhenNothingIsFound() {
        Truth report = new Truth("B001", "b.md", false, List.of());

        assertThat(DocumentScore.of(report, List.of()).right()).isTrue();
        assertThat(DocumentScore.of(report, List.of(found("资料来源", 9, 9))).right()).isFalse();
        assertThat(DocumentScore.of(report, List.of(found("资料来源", 9, 9))).exact()).isFalse();
    }

    @Test
    void tallyCountsDetectionErrorsAndAttributionOverInterviewsOnly() {
        Tally tally = new Tally();
        tally.add(DocumentScore.of(interview(speaker("问", 2), speaker("答", 2)), List.of(found("问", 2, 2), found("答", 2, 2))));
        tally.add(DocumentScore.of(interview(speaker("问", 3), speaker("答", 3)), List.of()));
        tally.add(DocumentScore.of(new Truth("B1", "b.md", false, List.of()), List.of(found("比如", 3, 3))));
        tally.add(DocumentScore.of(new Truth("C1", "c.md", false, List.of()), List.of()));

        assertThat(tally.documents()).isEqualTo(4);
        assertThat(tally.interviews()).isEqualTo(2);
        assertThat(tally.falsePositives()).isEqualTo(1);
        assertThat(tally.falseNegatives()).isEqualTo(1);
        assertThat(tally.precision()).isEqualTo(0.5);
        assertThat(tally.recall()).isEqualTo(0.5);
        assertThat(tally.exact()).isEqualTo(1);
        assertThat(tally.attribution()).isEqualTo(1.0 - 6.0 / 10.0);
    }
}
