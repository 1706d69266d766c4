package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Severity;
import dev.interviewkit.parser.testing.InternalErrors;
import dev.interviewkit.parser.testing.ReferenceArticle;
import dev.interviewkit.parser.testing.WeChatPages;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reference article published as a WeChat page (its Markdown written as {@code <p>}s in
 * {@code <section>}s, labels in {@code <strong>} or in bold-styled spans cut in two) reads as the
 * same interview as the Markdown: the HTML front end feeds the same pipeline.
 */
class ReferenceArticlePageTest {

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    @ParameterizedTest
    @EnumSource(WeChatPages.Bold.class)
    void theReferenceArticleAsAPageHasTheSameParticipantsSectionsAndTurns(WeChatPages.Bold bold) {
        Interview markdown = PARSER.parse(ReferenceArticle.text()).interview();
        String html = WeChatPages.page(ReferenceArticle.text(), markdown.metadata(), bold, 7);
        ParseResult result = PARSER.parse(html);
        Interview page = result.interview();

        InternalErrors.assertNone(result, "the reference article as a page");
        assertThat(page.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(page.metadata().title()).isEqualTo(markdown.metadata().title());
        assertThat(participants(page)).isEqualTo(participants(markdown));
        assertThat(page.sections().stream().map(s -> s.title().orElse("")).toList())
                .isEqualTo(markdown.sections().stream().map(s -> s.title().orElse("")).toList());
        assertThat(turns(page)).isEqualTo(turns(markdown));
        assertThat(page.highlights().stream().map(h -> h.title().orElse("")).toList())
                .isEqualTo(markdown.highlights().stream().map(h -> h.title().orElse("")).toList());
    }

    private static List<String> participants(Interview interview) {
        return interview.participants().stream().map(p -> p.name() + " " + p.role() + " " + p.aliases()).toList();
    }

    private static List<String> turns(Interview interview) {
        return interview.turns().stream()
                .map(t -> interview.participant(t.speaker()).orElseThrow().name() + ": " + t.text()).toList();
    }
}
