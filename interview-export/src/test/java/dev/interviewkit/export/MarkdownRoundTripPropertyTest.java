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
 * <p>Compared through {@link MarkdownProjection}, which leaves out exactly what Markdown does not
 * carry (source lines, diagnostics, the parser's role evidence, boilerplate, which the writer drops
 * by default) and spells inline runs the one way Markdown has. Generated interviews come from
 * {@link ArticleInterviews}: article-shaped, with participants as their labels make them; its
 * Javadoc lists the parser's rules for WeChat articles that the shape respects.
 */
class MarkdownRoundTripPropertyTest {

    private static final MarkdownWriter WRITER = MarkdownWriter.builder().build();

    @Test
    void parsingTheMarkdownOfAnArticleGivesTheArticleBack() {
        qt().withExamples(200).forAll(ArticleInterviews.interviews()).checkAssert(interview -> {
            String markdown = WRITER.write(interview);
            Interview read = ReferenceArticles.PARSER.parse(markdown).interview();
            assertThat(MarkdownProjection.of(read)).as(markdown).isEqualTo(MarkdownProjection.of(interview));
        });
    }

    @Test
    void theReferenceArticleSurvivesARoundTrip() {
        Interview reference = ReferenceArticles.reference();
        Interview read = ReferenceArticles.PARSER.parse(WRITER.write(reference)).interview();
        assertThat(MarkdownProjection.of(read)).isEqualTo(MarkdownProjection.of(reference));
        assertThat(read.diagnostics()).isEmpty();
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
            String once = WRITER.write(ReferenceArticles.parse(document));
            String twice = WRITER.write(ReferenceArticles.PARSER.parse(once).interview());
            assertThat(twice).as(document.toString()).isEqualTo(once);
        }
    }
}
