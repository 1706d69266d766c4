package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.parser.internal.block.OriginalText;
import dev.interviewkit.parser.internal.block.RawBlock;
import dev.interviewkit.parser.internal.rules.Credits;
import dev.interviewkit.parser.internal.source.SourceLines;
import dev.interviewkit.parser.internal.speaker.LabelDetector;
import dev.interviewkit.parser.internal.speaker.LabelOccurrence;
import dev.interviewkit.parser.internal.speaker.LabelMatch;
import dev.interviewkit.parser.internal.speaker.SpeakerDraft;
import dev.interviewkit.parser.internal.speaker.SpeakerResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns blocks into units, splitting paragraphs where an accepted speaker's label starts a turn:
 * at the start of a line, in the middle of a line after a finished sentence
 * ({@code …？ **阿茂** ：…}), and where the exporter wrapped the label away from its colon
 * ({@code **仁科**} at the end of a line, {@code ：说到…} on the next).
 */
public final class UnitSplitter {

    private UnitSplitter() {}

    public static List<Unit> split(List<RawBlock> blocks, SpeakerResolver.Resolution speakers) {
        List<Unit> units = new ArrayList<>();
        for (RawBlock block : blocks) {
            switch (block.kind()) {
                case PARAGRAPH -> {
                    if (OriginalText.isDetailsBlock(block.content())) {
                        units.add(plain(Unit.Kind.DETAILS, block));
                    } else {
                        new ParagraphSplit(block, speakers, units).run();
                    }
                }
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

    /** One paragraph's split, segment by segment. */
    private static final class ParagraphSplit {
        private final RawBlock block;
        private final SpeakerResolver.Resolution speakers;
        private final List<Unit> units;
        private List<String> content = new ArrayList<>();
        private int start;
        private Optional<Unit.Label> label = Optional.empty();

        ParagraphSplit(RawBlock block, SpeakerResolver.Resolution speakers, List<Unit> units) {
            this.block = block;
            this.speakers = speakers;
            this.units = units;
            this.start = block.firstLine();
        }

        void run() {
            List<String> lines = block.content();
            int carryFrom = 0;
            String carryPrefix = "";
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                int number = block.firstLine() + k;
                String next = k + 1 < lines.size() ? lines.get(k + 1) : null;
                // A label wrapped from the line before has already taken this line's colon.
                int from = carryFrom;
                String boldPrefix = carryPrefix;
                carryFrom = 0;
                carryPrefix = "";
                boolean labelEndsLine = false;
                // The speaker model's one scan found every label; a line where it accepted none is text.
                boolean labelled = speakers.hasLabelOn(number);
                if (from == 0 && labelled) {
                    // A plain label opens its line ({@code 问：}); bold labels may follow later in it.
                    Optional<SpeakerResolver.Accepted> opening = speakers.acceptedAt(number, LabelDetector.lineStart(line));
                    Optional<LabelMatch> plain = opening.isEmpty() ? Optional.empty() : plainLabel(line, opening.get().occurrence());
                    if (plain.isPresent()) {
                        endSegment(number - 1);
                        start = number;
                        label = Optional.of(new Unit.Label(plain.get(), opening.get().speaker()));
                        from = plain.get().contentStart();
                    }
                }
                // Labels start at star runs and where the speaker model found them glued to the text before.
                List<LabelOccurrence> glued = labelled ? speakers.gluedOn(number) : List.of();
                for (int p = labelled ? nextStart(line, from, glued) : -1; p >= 0; p = nextStart(line, p + 1, glued)) {
                    Optional<Found> found = labelAt(line, number, p, next, glued);
                    if (found.isEmpty()) {
                        continue;
                    }
                    String before = line.substring(from, p);
                    boolean sharesLine = !SourceLines.isBlank(before);
                    if (sharesLine) {
                        content.add(boldPrefix + before);
                    }
                    endSegment(sharesLine ? number : number - 1);
                    Found f = found.get();
                    start = number;
                    label = Optional.of(new Unit.Label(f.match, f.speaker));
                    // Keep a bold question bold: the label's stars opened it.
                    boldPrefix = f.match.openBold() ? "**" : "";
                    if (f.usesNextLine) {
                        carryFrom = next.length() - f.rest.length();
                        carryPrefix = boldPrefix;
                        labelEndsLine = true;
                        break;
                    }
                    from = f.match.contentStart();
                    p = from - 1;
                }
                if (labelEndsLine) {
                    continue;
                }
                if (from == 0 && k > 0 && startsAttachment(line) && (!content.isEmpty() || label.isPresent())) {
                    // An image or a credit glued under the text by html2text is a block of its own.
                    endSegment(number - 1);
                    start = number;
                }
                boolean hardBreak = k + 1 < lines.size() && SourceLines.endsWithHardBreak(line);
                // A backslash hard break ends the paragraph; the backslash is markup, not text.
                String text = hardBreak && line.endsWith("\\") ? line.substring(0, line.length() - 1) : line;
                if (from == 0) {
                    content.add(text);
                } else if (from < text.length() && !SourceLines.isBlank(text.substring(from))) {
                    content.add(boldPrefix + text.substring(from));
                }
                if (hardBreak) {
                    // html2text writes WeChat's <br> as two trailing spaces: the next line starts a
                    // paragraph of its own (the turn, if one is open, goes on in it).
                    endSegment(number);
                    start = number + 1;
                }
            }
            endSegment(block.lastLine());
        }

        /**
         * The plain label that opens {@code line}, where the speaker model accepted {@code opening}:
         * that very match when it is a plain one (its scan read it at the line's start), else read again.
         */
        private static Optional<LabelMatch> plainLabel(String line, LabelOccurrence opening) {
            return opening.bold() || opening.glued() ? LabelDetector.plainLabel(line) : Optional.of(opening.match());
        }

        /** A line that starts with an image ({@code **![](…)}) or a credit ({@code 采写：…}). */
        private static boolean startsAttachment(String line) {
            String s = line.stripLeading();
            int i = 0;
            while (i < s.length() && s.charAt(i) == '*') {
                i++;
            }
            return s.startsWith("![", i) || Credits.isCredit(s.substring(i));
        }

        /** A label found; {@code rest} is the next line's text after the colon, for a wrapped label. */
        private record Found(LabelMatch match, SpeakerDraft speaker, String rest, boolean usesNextLine) {}

        /**
         * The first place at or after {@code from} where a label may start: a star run after a finished
         * sentence, or a glued label ({@code glued} is in column order).
         */
        private static int nextStart(String line, int from, List<LabelOccurrence> glued) {
            int star = line.indexOf('*', from);
            while (star >= 0 && !LabelDetector.mayStartTurn(line, star)) {
                star = line.indexOf('*', star + 1);
            }
            int g = firstGluedFrom(glued, from);
            if (g < glued.size() && (star < 0 || glued.get(g).column() < star)) {
                return glued.get(g).column();
            }
            return star;
        }

        /** The index of the first glued label at or after {@code column}: a binary search, labels may be many. */
        private static int firstGluedFrom(List<LabelOccurrence> glued, int column) {
            int low = 0;
            int high = glued.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (glued.get(mid).column() < column) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        private Optional<Found> labelAt(String line, int number, int p, String next, List<LabelOccurrence> glued) {
            Optional<SpeakerResolver.Accepted> accepted = speakers.acceptedAt(number, p);
            if (accepted.isEmpty()) {
                return Optional.empty();
            }
            SpeakerDraft speaker = accepted.get().speaker();
            int g = firstGluedFrom(glued, p);
            if (g < glued.size() && glued.get(g).column() == p) {
                return Optional.of(new Found(glued.get(g).match(), speaker, "", false));
            }
            // A bold label that opens its line or follows a sentence is the speaker model's match, read at
            // this very star run: no second reading. Wrapped and plain ones are read again, as they differ here.
            LabelOccurrence found = accepted.get().occurrence();
            Optional<LabelMatch> match = found.bold() && found.placement() != LabelOccurrence.Placement.WRAPPED
                    && !found.glued() ? Optional.of(found.match()) : LabelDetector.boldLabel(line, p);
            if (match.isPresent()) {
                return Optional.of(new Found(match.get(), speaker, "", false));
            }
            // **仁科** at the end of the line and its colon at the start of the next.
            return LabelDetector.wrappedLabel(line, p, next).map(w ->
                    new Found(w.match(), speaker, next.substring(w.contentStartInNext()), true));
        }

        private void endSegment(int lastLine) {
            if (content.isEmpty() && label.isEmpty()) {
                return;
            }
            units.add(new Unit(label.isPresent() ? Unit.Kind.TURN_START : Unit.Kind.TEXT, start,
                    Math.max(start, lastLine), content, 0, label, List.of()));
            content = new ArrayList<>();
            label = Optional.empty();
        }
    }
}
