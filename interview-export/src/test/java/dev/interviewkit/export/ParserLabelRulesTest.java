package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.internal.markdown.MarkdownText;
import dev.interviewkit.parser.InterviewParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Canonical Markdown must write labels the parser reads back, and defuse lines the parser would
 * take for labels; for that this module keeps the parser's label rules ({@link
 * MarkdownText#LABEL_STOPS}, {@link MarkdownText#MAX_LABEL_LENGTH}), which it cannot take from the
 * parser's internals. These tests ask the parser, through its public API, whether they still agree.
 */
class ParserLabelRulesTest {

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    /** Whether the parser takes {@code label} for a speaker in a dialogue where it speaks twice. */
    private static boolean parserReadsLabel(String label) {
        String dialogue = "**" + label + "：** 你好？\n\n**李四：** 好。\n\n**" + label + "：** 再见？\n\n**李四：** 再见。\n";
        return PARSER.parse(dialogue).interview().turns().size() == 4;
    }

    @Test
    void theParserReadsALabelHoldingAPunctuationOrSymbolCharacterExactlyWhenItIsNoLabelStop() {
        List<String> disagreements = new ArrayList<>();
        for (char c = ' '; c < Character.MAX_VALUE; c++) {
            // The bold markers and the colon are label syntax; brackets must pair inside a label.
            if (!isPunctuationOrSymbol(c) || "*:：「」『』【】".indexOf(c) >= 0) {
                continue;
            }
            boolean stop = MarkdownText.LABEL_STOPS.indexOf(c) >= 0;
            if (parserReadsLabel("张" + c + "三") == stop) {
                disagreements.add(String.format("U+%04X %c is %sa label stop here", (int) c, c, stop ? "" : "no "));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theParserReadsLabelsUpToTheLengthLimitAndNoLonger() {
        assertThat(parserReadsLabel("张".repeat(MarkdownText.MAX_LABEL_LENGTH))).isTrue();
        assertThat(parserReadsLabel("张".repeat(MarkdownText.MAX_LABEL_LENGTH + 1))).isFalse();
    }

    private static boolean isPunctuationOrSymbol(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION: case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION: case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION: case Character.OTHER_PUNCTUATION: case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL: case Character.MODIFIER_SYMBOL: case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
