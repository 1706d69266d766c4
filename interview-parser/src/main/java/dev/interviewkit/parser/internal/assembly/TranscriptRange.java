package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.Credits;
import dev.interviewkit.parser.internal.rules.EditorNotes;
import java.util.List;

/**
 * Where the transcript lies among the units: from the headings just before the first turn to the
 * last turn and the unlabelled paragraphs that go on from it, up to the first thing that belongs
 * to the footer (a media link, a credit, boilerplate, a rule or a heading).
 *
 * @param start the first unit of the transcript
 * @param end one past its last unit
 */
public record TranscriptRange(int start, int end) {

    public boolean isEmpty() {
        return start == end;
    }

    /** The transcript's range among {@code units}; empty, at their end, when no turn starts. */
    public static TranscriptRange of(List<Unit> units, BoilerplateRules boilerplateRules) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == Unit.Kind.TURN_START || units.get(i).kind() == Unit.Kind.SPEECH) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new TranscriptRange(units.size(), units.size());
        }
        int start = first;
        // The headings just before the first turn title its section; a rule between them and it
        // (html2text's **** debris) does not part them.
        while (start > 0 && (units.get(start - 1).kind() == Unit.Kind.HEADING
                || units.get(start - 1).kind() == Unit.Kind.RULE && start > 1
                        && units.get(start - 2).kind() == Unit.Kind.HEADING)) {
            start--;
        }
        int end = last + 1;
        while (end < units.size()) {
            if (continuesLastTurn(units.get(end), boilerplateRules)) {
                end++;
                continue;
            }
            // A picture inside the last answer does not end it when the answer goes on after it.
            int after = end;
            while (after < units.size() && isPicture(units.get(after))) {
                after++;
            }
            if (after > end && after < units.size() && continuesLastTurn(units.get(after), boilerplateRules)
                    && !accountCardNear(units, after, boilerplateRules)) {
                end = after + 1;
                continue;
            }
            break;
        }
        return new TranscriptRange(start, end);
    }

    /** Units this close after a picture are an account card's name and blurb when a card marker follows. */
    private static final int CARD_REACH = 4;

    private static boolean accountCardNear(List<Unit> units, int from, BoilerplateRules boilerplateRules) {
        for (int i = from; i < Math.min(units.size(), from + CARD_REACH); i++) {
            if (units.get(i).isTextual() && boilerplateRules.interruption(Units.inlines(units.get(i)).plainText())
                    .filter(kind -> kind == dev.interviewkit.model.BoilerplateKind.ACCOUNT_CARD).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPicture(Unit unit) {
        return unit.isTextual() && Units.leadingImage(Units.inlines(unit).inlines()).isPresent();
    }

    private static boolean continuesLastTurn(Unit unit, BoilerplateRules boilerplateRules) {
        if (unit.kind() == Unit.Kind.DETAILS) {
            return true;
        }
        if (!unit.isTextual()) {
            return false;
        }
        InlineParser.Result parsed = Units.inlines(unit);
        String text = parsed.plainText();
        return !parsed.inlines().isEmpty()
                && !Units.isImageOnly(parsed.inlines())
                && MediaLinks.detect(parsed.inlines()).isEmpty()
                && !Credits.isCredit(text)
                && EditorNotes.noteText(text).isEmpty()
                && Units.onlyLink(parsed.inlines()).isEmpty()
                && boilerplateRules.classify(text).isEmpty();
    }
}
