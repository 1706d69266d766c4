package dev.interviewkit.export.testing;

import dev.interviewkit.export.internal.markdown.InlineRuns;
import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BulletList;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Note;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.util.List;
import java.util.Optional;

/**
 * What canonical Markdown carries of an interview, to compare an interview with what the parser
 * reads back from its Markdown.
 *
 * <p>{@link #complete} is what Markdown with front matter and kept boilerplate carries: everything
 * but source lines and diagnostics (they describe a source, not the interview), with inline runs
 * spelt the one way Markdown has ({@link InlineRuns#canonical}: white space folded, adjacent texts
 * merged, strong outside emphasis, empty emphasis dropped) and boilerplate texts on one line.
 *
 * <p>{@link #article} is what the default writer carries, with the reference header and without
 * boilerplate: also without a participant's role evidence (the parser's reasons, with the line
 * numbers of its source) and without boilerplate.
 */
public final class MarkdownProjection {

    private MarkdownProjection() {}

    /** The part of {@code interview} that the default Markdown carries. */
    public static Interview article(Interview interview) {
        Interview complete = complete(interview);
        return Interview.builder().from(complete)
                .participants(complete.participants().stream()
                        .map(p -> Participant.builder().from(p).roleEvidence(List.of()).build()).toList())
                .boilerplate(List.of())
                .build();
    }

    /** The part of {@code interview} that Markdown with front matter and kept boilerplate carries. */
    public static Interview complete(Interview interview) {
        Metadata metadata = Metadata.builder().from(interview.metadata()).lines(List.of()).build();
        return Interview.builder()
                .metadata(metadata)
                .participants(interview.participants())
                .lead(interview.lead().stream().map(MarkdownProjection::block).toList())
                .highlights(interview.highlights().stream().map(h -> Highlight.builder().from(h)
                        .points(items(h.points())).lines(Optional.empty()).build()).toList())
                .sections(interview.sections().stream().map(MarkdownProjection::section).toList())
                .media(interview.media().stream().map(m -> MediaReference.builder().from(m)
                        .lines(Optional.empty()).build()).toList())
                .related(interview.related().stream().map(r -> RelatedLink.builder().from(r)
                        .lines(Optional.empty()).build()).toList())
                .credits(interview.credits().stream().map(c -> Credit.builder().from(c)
                        .lines(Optional.empty()).build()).toList())
                .boilerplate(interview.boilerplate().stream().map(b -> Boilerplate.builder().kind(b.kind())
                        .text(InlineRuns.spaces(b.text()).strip()).build()).toList())
                .build();
    }

    private static Block block(Block block) {
        if (block instanceof Paragraph p) {
            return paragraph(p);
        }
        if (block instanceof Note n) {
            return Note.of(Paragraph.builder().inlines(InlineRuns.canonical(n.inlines())).build().text());
        }
        BulletList list = (BulletList) block;
        return BulletList.builder().items(items(list.items())).build();
    }

    private static Paragraph paragraph(Paragraph paragraph) {
        return Paragraph.builder().inlines(InlineRuns.canonical(paragraph.inlines())).build();
    }

    private static List<ListItem> items(List<ListItem> items) {
        return items.stream().map(i -> ListItem.builder().inlines(InlineRuns.canonical(i.inlines()))
                .children(items(i.children())).build()).toList();
    }

    private static Section section(Section section) {
        return Section.builder().from(section).lines(Optional.empty()).titleLines(Optional.empty())
                .turns(section.turns().stream().map(t -> Turn.builder().from(t).lines(Optional.empty())
                        .paragraphs(t.paragraphs().stream().map(MarkdownProjection::paragraph)
                                .filter(p -> !p.inlines().isEmpty()).toList())
                        .originalParagraphs(t.originalParagraphs().stream().map(MarkdownProjection::paragraph).toList())
                        .build()).toList())
                .build();
    }
}
