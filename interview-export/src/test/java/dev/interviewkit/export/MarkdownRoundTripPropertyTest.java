package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.export.testing.ArticleInterviews;
import dev.interviewkit.export.testing.MarkdownProjection;
import dev.interviewkit.export.testing.ReferenceArticles;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.testing.InterviewGenerators;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Canonical Markdown read back by the parser gives the interview back.
 *
 * <p>Compared through {@link MarkdownProjection}, which leaves out exactly what each Markdown does
 * not carry: with YAML front matter and kept boilerplate, only source lines and diagnostics; with
 * the default reference header, also role evidence and boilerplate. Generated interviews come from
 * {@link ArticleInterviews}: article-shaped (its Javadoc lists the parser's rules for WeChat
 * articles that the shape respects), and, for the complete round trip, with every other field of
 * the model filled at random.
 */
class MarkdownRoundTripPropertyTest {

    private static final MarkdownWriter WRITER = MarkdownWriter.builder().build();
    private static final MarkdownWriter COMPLETE_WRITER = MarkdownWriter.builder()
            .header(MarkdownWriter.Header.YAML_FRONT_MATTER).keepBoilerplate(true).build();

    @Test
    void parsingTheMarkdownOfAnArticleGivesTheArticleBack() {
        qt().withExamples(200).forAll(ArticleInterviews.interviews()).checkAssert(interview -> {
            String markdown = WRITER.write(interview);
            Interview read = ReferenceArticles.PARSER.parse(markdown).interview();
            assertThat(MarkdownProjection.article(read)).as(markdown).isEqualTo(MarkdownProjection.article(interview));
        });
    }

    @Test
    void frontMatterAndKeptBoilerplateCarryEverythingButSourceLinesAndDiagnostics() {
        qt().withExamples(300).forAll(ArticleInterviews.completeInterviews()).checkAssert(interview -> {
            String markdown = COMPLETE_WRITER.write(interview);
            Interview read = ReferenceArticles.PARSER.parse(markdown).interview();
            assertThat(MarkdownProjection.complete(read)).as(markdown).isEqualTo(MarkdownProjection.complete(interview));
        });
    }

    @Test
    void theReferenceArticleSurvivesARoundTrip() {
        Interview reference = ReferenceArticles.reference();
        Interview read = ReferenceArticles.PARSER.parse(WRITER.write(reference)).interview();
        assertThat(MarkdownProjection.article(read)).isEqualTo(MarkdownProjection.article(reference));
        assertThat(read.diagnostics()).isEmpty();
    }

    @Test
    void theReferenceArticleSurvivesACompleteRoundTrip() {
        Interview reference = ReferenceArticles.reference();
        Interview read = ReferenceArticles.PARSER.parse(COMPLETE_WRITER.write(reference)).interview();
        assertThat(MarkdownProjection.complete(read)).isEqualTo(MarkdownProjection.complete(reference));
    }

    @Test
    void markdownOfAnyGeneratedInterviewReadsWithoutErrors() {
        qt().withExamples(200).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                assertThat(ReferenceArticles.PARSER.parse(WRITER.write(interview)).diagnostics())
                        .noneMatch(d -> d.severity() == Severity.ERROR));
    }

    @Test
    void writingIsIdempotentOverTheCorpus() {
        List<Path> corpus = ReferenceArticles.corpus();
        Assumptions.assumeTrue(!corpus.isEmpty(), "corpus folder absent (" + ReferenceArticles.CORPUS.toAbsolutePath()
                + "): corpus idempotence not checked");
        for (Path document : corpus) {
            for (MarkdownWriter writer : List.of(WRITER, COMPLETE_WRITER)) {
                String once = writer.write(ReferenceArticles.parse(document));
                String twice = writer.write(ReferenceArticles.PARSER.parse(once).interview());
                assertThat(twice).as(document.toString()).isEqualTo(once);
            }
        }
    }
}
