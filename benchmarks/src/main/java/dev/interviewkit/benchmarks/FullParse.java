package dev.interviewkit.benchmarks;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.ParseResult;

/**
 * What a "full parse" means in our benchmarks: the model with every lazily derived value a user
 * reads (block, turn and paragraph texts, the turn list, the statistics) computed. The model
 * derives these on first use; a benchmark that never asks for them would not measure them.
 */
final class FullParse {

    private FullParse() {}

    /** Forces the derived values of {@code result}'s interview; returns a sum to keep them alive. */
    static long force(ParseResult result) {
        Interview interview = result.interview();
        long characters = 0;
        for (Block block : interview.lead()) {
            characters += block.text().length();
        }
        for (Highlight highlight : interview.highlights()) {
            for (ListItem point : highlight.points()) {
                characters += point.text().length();
            }
        }
        for (Turn turn : interview.turns()) {
            characters += turn.text().length();
            for (Paragraph paragraph : turn.paragraphs()) {
                characters += paragraph.text().length();
            }
        }
        return characters + interview.statistics().size() + result.diagnostics().size();
    }
}
