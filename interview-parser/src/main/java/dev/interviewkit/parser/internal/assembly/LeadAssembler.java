package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.Note;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.EditorNotes;
import dev.interviewkit.parser.internal.rules.FramingTitles;
import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the front matter before the transcript: lead paragraphs and images, editor's notes, the
 * length claim, key points (a bullet list, usually under a title such as {@code 专访主要内容}), and
 * the calls to action exporters leave at the top.
 */
public final class LeadAssembler {

    /** Lists nest no deeper than this; deeper items become siblings at this depth. */
    static final int MAX_LIST_DEPTH = 16;

    private final InterviewDraft draft;
    private final BoilerplateRules boilerplateRules;
    private final Diagnostics diagnostics;

    public LeadAssembler(InterviewDraft draft, BoilerplateRules boilerplateRules, Diagnostics diagnostics) {
        this.draft = draft;
        this.boilerplateRules = boilerplateRules;
        this.diagnostics = diagnostics;
    }

    public void assemble(List<Unit> units) {
        int i = 0;
        while (i < units.size()) {
            Unit unit = units.get(i);
            if (unit.kind() == Unit.Kind.LIST_ITEM) {
                int end = i;
                while (end < units.size() && units.get(end).kind() == Unit.Kind.LIST_ITEM) {
                    end++;
                }
                addList(units.subList(i, end));
                i = end;
                continue;
            }
            boolean titlesList = i + 1 < units.size() && units.get(i + 1).kind() == Unit.Kind.LIST_ITEM;
            add(unit, titlesList);
            i++;
        }
    }

    private void add(Unit unit, boolean titlesList) {
        if (unit.kind() == Unit.Kind.ROSTER) {
            draft.roster(unit);
            return;
        }
        if (unit.kind() == Unit.Kind.RULE) {
            draft.boilerplate(Units.ruleKind(unit), unit.content().get(0), unit.lines());
            return;
        }
        InlineParser.Result parsed = Units.inlines(unit);
        String text = parsed.plainText();
        LineRange lines = unit.lines();
        if (Units.isDebris(parsed)) {
            draft.boilerplate(BoilerplateKind.MARKUP_DEBRIS, String.join(" ", unit.content()).strip(), lines);
            return;
        }
        Units.report(parsed, unit, diagnostics);
        Optional<int[]> claim = LengthClaim.of(text);
        if (claim.isPresent()) {
            draft.metadata.claimedCharacters(claim.get()[0]);
            if (claim.get()[1] >= 0) {
                draft.metadata.claimedReadingMinutes(claim.get()[1]);
            }
            draft.metadata.addLine(lines);
            return;
        }
        Optional<String> note = EditorNotes.noteText(text);
        if (note.isPresent()) {
            draft.lead.add(Note.builder().addInline(Inline.text(note.get())).lines(lines).build());
            return;
        }
        if (unit.kind() == Unit.Kind.HEADING && (FramingTitles.introducesTranscript(text) || FramingTitles.introducesRelated(text))
                || titlesList && (unit.kind() == Unit.Kind.HEADING || FramingTitles.introducesHighlights(text)
                        || FramingTitles.isShortTitle(text) && !text.endsWith("：") && !text.endsWith(":"))) {
            draft.boilerplate(BoilerplateKind.STRUCTURE, text, lines);
            return;
        }
        if (draft.keptAsMediaOrCredit(parsed, lines)) {
            return;
        }
        Optional<BoilerplateKind> kind = boilerplateRules.classify(text);
        if (kind.isPresent()) {
            draft.boilerplate(kind.get(), text, lines);
            return;
        }
        draft.lead.add(InterviewDraft.paragraph(parsed.inlines(), lines));
    }

    /**
     * A run of list items: key points. Top-level items with children are titled groups
     * ({@code ChatGPT的最新版本o1 和功能} with its points); top-level items without children are
     * points of one untitled group.
     */
    private void addList(List<Unit> items) {
        List<Node> roots = tree(items);
        boolean grouped = roots.stream().anyMatch(r -> !r.children.isEmpty());
        if (!grouped) {
            Highlight.Builder group = Highlight.builder();
            roots.forEach(r -> group.addPoint(r.toItem()));
            draft.highlights.add(group.build());
            return;
        }
        for (Node root : roots) {
            if (root.children.isEmpty()) {
                draft.highlights.add(Highlight.builder().addPoint(root.toItem()).build());
                continue;
            }
            String title = stripTrailingColon(root.text());
            Highlight.Builder group = Highlight.builder().lines(root.unit.lines());
            if (!title.isBlank()) {
                group.title(title);
            }
            root.children.forEach(child -> group.addPoint(child.toItem()));
            draft.highlights.add(group.build());
        }
    }

    /** The list as a tree by indentation, nesting kept up to {@link #MAX_LIST_DEPTH}. */
    private List<Node> tree(List<Unit> items) {
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        boolean limitReported = false;
        for (Unit item : items) {
            Node node = new Node(item);
            while (!stack.isEmpty() && stack.get(stack.size() - 1).unit.level() >= item.level()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.size() >= MAX_LIST_DEPTH) {
                stack.subList(MAX_LIST_DEPTH - 1, stack.size()).clear();
                if (!limitReported) {
                    limitReported = true;
                    diagnostics.warning(dev.interviewkit.model.DiagnosticCode.LIMIT_REACHED, item.firstLine(), 1,
                            "list nested deeper than " + MAX_LIST_DEPTH + " levels; deeper items are kept at that depth");
                }
            }
            if (stack.isEmpty()) {
                roots.add(node);
            } else {
                stack.get(stack.size() - 1).children.add(node);
            }
            stack.add(node);
        }
        return roots;
    }

    static String stripTrailingColon(String text) {
        String t = text.strip();
        while (t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static final class Node {
        final Unit unit;
        final List<Node> children = new ArrayList<>();
        private List<Inline> inlines;

        Node(Unit unit) {
            this.unit = unit;
        }

        List<Inline> inlines() {
            if (inlines == null) {
                inlines = Units.inlines(unit).inlines();
            }
            return inlines;
        }

        String text() {
            return Inline.plainText(inlines());
        }

        ListItem toItem() {
            List<Inline> own = inlines();
            if (own.isEmpty() && children.isEmpty()) {
                // Only markup in the item (such as "* **"): keep what was written.
                own = List.of(Inline.text(SourceLines.strip(String.join(" ", unit.content()))));
            }
            ListItem.Builder item = ListItem.builder().inlines(own).lines(unit.lines());
            children.forEach(c -> item.addChild(c.toItem()));
            return item.build();
        }
    }
}
