package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.parser.testing.InternalErrors;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pages that make naive tree walkers recursive or quadratic, each with what it must give (the
 * timeout is a generous safety net; a linear front end takes well under a second each): deep
 * nesting of every element the renderer treats apart, a long run of bold toggles, a 10 MB text,
 * and the parser's safety net never used.
 */
class HtmlPathologicalInputTest {

    private static final Duration SAFETY_NET = Duration.ofSeconds(20);
    private static final InterviewParser PARSER = InterviewParser.builder().build();
    private static final String BODY = "<!DOCTYPE html><div id=\"js_content\">";

    private static Interview parseWithinSafetyNet(String html) {
        ParseResult result = assertTimeoutPreemptively(SAFETY_NET, () -> PARSER.parse(html));
        InternalErrors.assertNone(result, html.substring(0, Math.min(80, html.length())) + "… (" + html.length() + " characters)");
        return result.interview();
    }

    @Test
    void twentyThousandNestedSectionsAreOneParagraph() {
        Interview interview = parseWithinSafetyNet(BODY + "<section>".repeat(20_000) + "正文");
        assertThat(interview.lead()).extracting(Block::text).containsExactly("正文");
    }

    @Test
    void twentyThousandNestedBoldElementsAreOneBoldRun() {
        Interview interview = parseWithinSafetyNet(BODY + "<b><span style=\"font-weight: 700\">".repeat(20_000) + "正文");
        assertThat(((Paragraph) interview.lead().get(0)).inlines()).singleElement().isInstanceOf(Inline.Strong.class);
        assertThat(interview.lead()).extracting(Block::text).containsExactly("正文");
    }

    @Test
    void twentyThousandNestedQuotesListsAndLinksKeepTheirText() {
        assertThat(parseWithinSafetyNet(BODY + "<blockquote>".repeat(20_000) + "正文").lead())
                .extracting(Block::text).containsExactly("正文");
        assertThat(parseWithinSafetyNet(BODY + "<ul><li>".repeat(20_000) + "要点").highlights())
                .singleElement().satisfies(h -> assertThat(h.points()).isNotEmpty());
        assertThat(parseWithinSafetyNet(BODY + "<a href=\"https://a.b/\">".repeat(20_000) + "链接").lead())
                .extracting(Block::text).containsExactly("链接");
    }

    @Test
    void fiftyThousandBoldTogglesAreOneParagraph() {
        Interview interview = parseWithinSafetyNet(BODY + "<p>" + "<b>甲</b>乙".repeat(50_000) + "</p>");
        assertThat(interview.lead()).singleElement().satisfies(b -> assertThat(b.text()).isEqualTo("甲乙".repeat(50_000)));
    }

    @Test
    void aTenMegabyteTextIsOneParagraph() {
        Interview interview = parseWithinSafetyNet(BODY + "<p>" + "字".repeat(10_000_000) + "</p>");
        assertThat(interview.lead()).singleElement().satisfies(b -> assertThat(b.text()).hasSize(10_000_000));
    }

    @Test
    void aHundredThousandLineBreaksMakeNoText() {
        Interview interview = parseWithinSafetyNet(BODY + "<p>" + "<br>".repeat(100_000) + "</p><p>正文</p>");
        assertThat(interview.lead()).extracting(Block::text).containsExactly("正文");
    }
}
