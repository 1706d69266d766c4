package dev.interviewkit.parser.testing;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.InterviewParser;
import dev.interviewkit.parser.internal.ParserSettings;
import dev.interviewkit.parser.internal.source.SourceDecoder;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that nothing was lost: every non-blank source line lies in a model element (metadata, a
 * lead block, a highlight title or point, a section title, a turn, a media reference, a related
 * link, a credit or boilerplate). {@link #problems} demands exactly one element a line;
 * {@link #uncoveredLines} demands at least one, for documents that put several turns on one line.
 */
public final class SourceCoverage {

    private static final ParserSettings DEFAULTS =
            new ParserSettings(InterviewParser.DEFAULT_MAX_INPUT_CHARS, InterviewParser.DEFAULT_MAX_DIAGNOSTICS);

    private SourceCoverage() {}

    /** Every element's own line ranges, with a name for messages. */
    public static List<String> problems(Interview interview, List<String> sourceLines) {
        int n = sourceLines.size();
        int[] owners = new int[n + 2];
        String[] ownerNames = new String[n + 2];
        List<String> problems = new ArrayList<>();
        for (Owned owned : ownedRanges(interview)) {
            LineRange r = owned.range;
            if (r.end() > n) {
                problems.add(owned.name + " claims " + r + " past the end of the source (" + n + " lines)");
                continue;
            }
            for (int line = r.start(); line <= r.end(); line++) {
                if (owners[line]++ > 0 && !isBlank(sourceLines.get(line - 1))) {
                    problems.add("line " + line + " is in both " + ownerNames[line] + " and " + owned.name);
                }
                ownerNames[line] = owned.name;
            }
        }
        for (int line = 1; line <= n; line++) {
            if (owners[line] == 0 && !isBlank(sourceLines.get(line - 1))) {
                problems.add("line " + line + " is in no element: " + sourceLines.get(line - 1));
            }
        }
        return problems;
    }

    /**
     * The non-blank source lines that no model element claims, one description per line
     * ({@code "line 27: **看理想** ：…"}). Unlike {@link #problems}, a line may belong to several
     * elements: real documents put several turns on one physical line.
     */
    public static List<String> uncoveredLines(Interview interview, List<String> sourceLines) {
        int n = sourceLines.size();
        boolean[] covered = new boolean[n + 1];
        for (Owned owned : ownedRanges(interview)) {
            for (int line = owned.range.start(); line <= Math.min(owned.range.end(), n); line++) {
                covered[line] = true;
            }
        }
        List<String> uncovered = new ArrayList<>();
        for (int line = 1; line <= n; line++) {
            if (!covered[line] && !isBlank(sourceLines.get(line - 1))) {
                uncovered.add("line " + line + ": " + sourceLines.get(line - 1));
            }
        }
        return uncovered;
    }

    /**
     * The lines of {@code text} as the parser sees them, after the decoder's normalisation (line
     * ends, control characters, the default size limit): coverage is checked against these.
     */
    public static List<String> decodedLines(String text) {
        return SourceDecoder.decode(text, DEFAULTS).lines();
    }

    /** The lines of UTF-8 {@code bytes} as the parser sees them (bad bytes become U+FFFD). */
    public static List<String> decodedLines(byte[] bytes) {
        try {
            return SourceDecoder.decode(new ByteArrayInputStream(bytes), DEFAULTS).lines();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array is never unreadable
        }
    }

    /** Blank as the parser means it: nothing visible. */
    public static boolean isBlank(String line) {
        return SourceLines.isBlank(line);
    }

    private record Owned(String name, LineRange range) {}

    private static List<Owned> ownedRanges(Interview interview) {
        List<Owned> owned = new ArrayList<>();
        interview.metadata().lines().forEach(r -> owned.add(new Owned("metadata", r)));
        for (Block block : interview.lead()) {
            add(owned, "lead " + block.getClass().getSimpleName(), block.lines());
        }
        for (Highlight highlight : interview.highlights()) {
            add(owned, "highlight " + highlight.title().orElse("(untitled)"), highlight.lines());
            highlight.points().forEach(p -> addItem(owned, p));
        }
        for (Section section : interview.sections()) {
            add(owned, "section title " + section.title().orElse(""), section.titleLines());
            for (Turn turn : section.turns()) {
                add(owned, "turn of " + turn.speaker(), turn.lines());
            }
        }
        interview.media().forEach(m -> add(owned, "media " + m.url(), m.lines()));
        interview.related().forEach(r -> add(owned, "related " + r.title(), r.lines()));
        interview.credits().forEach(c -> add(owned, "credit " + c.text(), c.lines()));
        interview.boilerplate().forEach(b -> add(owned, "boilerplate " + b.kind(), b.lines()));
        return owned;
    }

    private static void addItem(List<Owned> owned, ListItem item) {
        add(owned, "point " + item.text(), item.lines());
        item.children().forEach(c -> addItem(owned, c));
    }

    private static void add(List<Owned> owned, String name, Optional<LineRange> range) {
        range.ifPresent(r -> owned.add(new Owned(name, r)));
    }
}
