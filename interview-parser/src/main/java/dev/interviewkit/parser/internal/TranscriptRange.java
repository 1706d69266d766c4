package dev.interviewkit.parser.internal;

import java.util.List;

/**
 * Where the transcript lies among the units: from the headings just before the first turn to the
 * last turn and the unlabelled paragraphs that go on from it, up to the first thing that belongs
 * to the footer (a media link, a credit, boilerplate, a rule or a heading).
 *
 * @param start the first unit of the transcript
 * @param end one past its last unit
 */
record TranscriptRange(int start, int end) {

    boolean isEmpty() {
        return start == end;
    }

    static TranscriptRange of(List<Unit> units, BoilerplateRules boilerplateRules) {
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
        while (end < units.size() && continuesLastTurn(units.get(end), boilerplateRules)) {
            end++;
        }
        return new TranscriptRange(start, end);
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
                && !TextPatterns.isCredit(text)
                && Units.onlyLink(parsed.inlines()).isEmpty()
                && boilerplateRules.classify(text).isEmpty();
    }
}
