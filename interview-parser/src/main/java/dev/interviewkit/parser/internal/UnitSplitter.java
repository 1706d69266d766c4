package dev.interviewkit.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns blocks into units, splitting paragraphs where an accepted speaker label starts a line. */
public final class UnitSplitter {

    private UnitSplitter() {}

    public static List<Unit> split(List<RawBlock> blocks, SpeakerResolver.Resolution speakers) {
        List<Unit> units = new ArrayList<>();
        for (RawBlock block : blocks) {
            switch (block.kind()) {
                case PARAGRAPH -> splitParagraph(block, speakers, units);
                case HEADING -> units.add(plain(Unit.Kind.HEADING, block));
                case LIST_ITEM -> units.add(plain(Unit.Kind.LIST_ITEM, block));
                case QUOTE -> units.add(plain(Unit.Kind.QUOTE, block));
                case RULE -> units.add(plain(Unit.Kind.RULE, block));
                case CODE -> units.add(plain(Unit.Kind.CODE, block));
                default -> throw new IllegalStateException("unknown block kind " + block.kind());
            }
        }
        return units;
    }

    private static Unit plain(Unit.Kind kind, RawBlock block) {
        return Unit.of(kind, block.firstLine(), block.lastLine(), block.content(), block.level());
    }

    private static void splitParagraph(RawBlock block, SpeakerResolver.Resolution speakers, List<Unit> units) {
        List<String> content = new ArrayList<>();
        int start = block.firstLine();
        Optional<Unit.Label> label = Optional.empty();
        for (int k = 0; k < block.content().size(); k++) {
            String line = block.content().get(k);
            int number = block.firstLine() + k;
            Optional<LabelMatch> match = LabelDetector.boldLabel(line);
            Optional<SpeakerDraft> speaker = match.flatMap(m -> speakers.speakerFor(m.label()));
            if (speaker.isPresent()) {
                if (!content.isEmpty() || label.isPresent()) {
                    units.add(paragraphUnit(start, number - 1, content, label));
                }
                LabelMatch m = match.get();
                content = new ArrayList<>();
                String rest = line.substring(m.contentStart());
                // Keep a bold question bold: the label's stars opened it.
                content.add(m.openBold() && !rest.isBlank() ? "**" + rest : rest);
                start = number;
                label = Optional.of(new Unit.Label(m, speaker.get()));
            } else {
                content.add(line);
            }
        }
        units.add(paragraphUnit(start, block.lastLine(), content, label));
    }

    private static Unit paragraphUnit(int first, int last, List<String> content, Optional<Unit.Label> label) {
        return new Unit(label.isPresent() ? Unit.Kind.TURN_START : Unit.Kind.TEXT, first, last, content, 0, label,
                List.of());
    }
}
