package dev.interviewkit.parser.internal.block;

import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Boilerplate a document marks as such: a paragraph that opens with the comment line
 * {@code <!-- boilerplate: promotion -->}, as canonical Markdown writes kept boilerplate. The rest of
 * the paragraph is the boilerplate's text, of the kind the comment names, wherever it stands; no
 * other rule looks at it (a marked promotion after the last turn is not that turn's words).
 */
public final class MarkedBoilerplate {

    private static final String OPEN = "<!-- boilerplate:";
    private static final String CLOSE = "-->";

    private MarkedBoilerplate() {}

    /** The blocks left for the other rules, and the marked boilerplate in source order. */
    public record Split(List<RawBlock> blocks, List<Boilerplate> boilerplate) {}

    /**
     * Takes the marked paragraphs out before labels are looked for, so that nothing in them (a
     * roster line's {@code Q：}) can open a turn.
     */
    public static Split take(List<RawBlock> blocks, Diagnostics diagnostics) {
        List<RawBlock> rest = new ArrayList<>(blocks.size());
        List<Boilerplate> marked = new ArrayList<>();
        for (RawBlock block : blocks) {
            Optional<BoilerplateKind> kind = block.kind() == RawBlock.Kind.PARAGRAPH ? kind(block, diagnostics) : Optional.empty();
            if (kind.isEmpty()) {
                rest.add(block);
                continue;
            }
            List<String> text = block.content().subList(1, block.content().size());
            String plain = text.isEmpty() ? "" : InlineParser.parse(text).plainText().strip();
            marked.add(Boilerplate.builder().kind(kind.get()).text(plain).lines(block.lines()).build());
        }
        return new Split(rest, marked);
    }

    /**
     * {@code existing} and {@code marked}, both in source order, merged into one list in source
     * order (boilerplate without lines stays where it is).
     */
    public static List<Boilerplate> merge(List<Boilerplate> existing, List<Boilerplate> marked) {
        if (marked.isEmpty()) {
            return existing;
        }
        List<Boilerplate> merged = new ArrayList<>(existing.size() + marked.size());
        int m = 0;
        for (Boilerplate item : existing) {
            int start = item.lines().map(LineRange::start).orElse(Integer.MAX_VALUE);
            while (m < marked.size() && marked.get(m).lines().orElseThrow().start() < start) {
                merged.add(marked.get(m++));
            }
            merged.add(item);
        }
        merged.addAll(marked.subList(m, marked.size()));
        return merged;
    }

    /** The kind the unit's first line marks, if it is a marker; a marker naming no kind is reported and read as {@code other}. */
    private static Optional<BoilerplateKind> kind(RawBlock block, Diagnostics diagnostics) {
        String first = SourceLines.strip(block.content().get(0));
        if (!first.startsWith(OPEN) || !first.endsWith(CLOSE)) {
            return Optional.empty();
        }
        String name = first.substring(OPEN.length(), first.length() - CLOSE.length()).strip();
        for (BoilerplateKind kind : BoilerplateKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(kind);
            }
        }
        diagnostics.warning(DiagnosticCode.UNCLASSIFIED_TEXT, block.firstLine(), 1,
                "'" + name + "' is no boilerplate kind; the marked paragraph is kept as boilerplate of kind other");
        return Optional.of(BoilerplateKind.OTHER);
    }
}
