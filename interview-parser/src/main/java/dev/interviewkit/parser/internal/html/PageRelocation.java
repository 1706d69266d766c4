package dev.interviewkit.parser.internal.html;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BulletList;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Note;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.LabelDecision;
import dev.interviewkit.parser.internal.Diagnostics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Moves an interview read from rendered lines onto the page it came from: every line range and
 * every diagnostic the pipeline gave in rendered lines is given again in page lines (and the
 * column where the line's node starts), so that a user looks in the file they have.
 */
final class PageRelocation {

    private final PagePositions positions;
    private final int maxDiagnostics;

    PageRelocation(PagePositions positions, int maxDiagnostics) {
        this.positions = positions;
        this.maxDiagnostics = maxDiagnostics;
    }

    /**
     * {@code interview} with page positions; {@code pageDiagnostics} and {@code metadataLines} (where
     * the page's metadata stands) are in page lines already.
     */
    Interview relocate(Interview interview, List<Diagnostic> pageDiagnostics, List<LineRange> metadataLines) {
        List<LineRange> lines = new ArrayList<>(metadataLines);
        interview.metadata().lines().forEach(l -> lines.add(positions.range(l)));
        Collections.sort(lines);
        return Interview.builder().from(interview)
                .metadata(Metadata.builder().from(interview.metadata()).lines(lines).build())
                .lead(interview.lead().stream().map(this::block).toList())
                .highlights(interview.highlights().stream().map(this::highlight).toList())
                .sections(interview.sections().stream().map(this::section).toList())
                .media(interview.media().stream()
                        .map(m -> MediaReference.builder().from(m).lines(lines(m.lines())).build()).toList())
                .related(interview.related().stream()
                        .map(r -> RelatedLink.builder().from(r).lines(lines(r.lines())).build()).toList())
                .credits(interview.credits().stream()
                        .map(c -> Credit.builder().from(c).lines(lines(c.lines())).build()).toList())
                .boilerplate(interview.boilerplate().stream()
                        .map(b -> Boilerplate.builder().from(b).lines(lines(b.lines())).build()).toList())
                .diagnostics(diagnostics(interview.diagnostics(), pageDiagnostics))
                .build();
    }

    /** The label decisions with their first lines in page lines. */
    List<LabelDecision> labelDecisions(List<LabelDecision> decisions) {
        return decisions.stream().map(d -> new LabelDecision(d.label(), d.forms(), d.speaker(), d.occurrences(),
                d.turns(), positions.line(d.firstLine()), d.evidence())).toList();
    }

    private Optional<LineRange> lines(Optional<LineRange> lines) {
        return lines.map(positions::range);
    }

    private Block block(Block block) {
        if (block instanceof Paragraph p) {
            return paragraph(p);
        }
        if (block instanceof Note n) {
            return Note.builder().from(n).lines(lines(n.lines())).build();
        }
        BulletList list = (BulletList) block;
        return BulletList.builder().from(list).lines(lines(list.lines()))
                .items(list.items().stream().map(this::item).toList()).build();
    }

    private Paragraph paragraph(Paragraph p) {
        return Paragraph.builder().from(p).lines(lines(p.lines())).build();
    }

    private ListItem item(ListItem item) {
        return ListItem.builder().from(item).lines(lines(item.lines()))
                .children(item.children().stream().map(this::item).toList()).build();
    }

    private Highlight highlight(Highlight h) {
        return Highlight.builder().from(h).lines(lines(h.lines()))
                .points(h.points().stream().map(this::item).toList()).build();
    }

    private Section section(Section s) {
        return Section.builder().from(s).lines(lines(s.lines())).titleLines(lines(s.titleLines()))
                .turns(s.turns().stream().map(this::turn).toList()).build();
    }

    private Turn turn(Turn t) {
        return Turn.builder().from(t).lines(lines(t.lines()))
                .paragraphs(t.paragraphs().stream().map(this::paragraph).toList())
                .originalParagraphs(t.originalParagraphs().stream().map(this::paragraph).toList())
                .build();
    }

    /** The pipeline's diagnostics at the page position of their rendered line, with the page's own, in page order. */
    private List<Diagnostic> diagnostics(List<Diagnostic> rendered, List<Diagnostic> page) {
        Diagnostics all = new Diagnostics(maxDiagnostics);
        all.addAll(page);
        all.addAll(rendered.stream().map(d -> Diagnostic.builder().from(d).line(positions.line(d.line()))
                .column(positions.column(d.line())).build()).toList());
        return all.toList();
    }
}
