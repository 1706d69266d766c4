package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Section;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.rules.Credits;
import dev.interviewkit.parser.internal.rules.RoleWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of the interview as the header readers and the assemblers find them, before the final build. */
public final class InterviewDraft {

    final Metadata.Builder metadata = Metadata.builder();
    private final RoleWords roleWords;
    final List<Block> lead = new ArrayList<>();
    final List<Highlight> highlights = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<MediaReference> media = new ArrayList<>();
    final List<RelatedLink> related = new ArrayList<>();
    final List<Credit> credits = new ArrayList<>();
    final List<Boilerplate> boilerplate = new ArrayList<>();

    /** An empty draft; roster lines are read with {@code roleWords}. */
    public InterviewDraft(RoleWords roleWords) {
        this.roleWords = roleWords;
    }

    /** The metadata found so far; the header readers fill it first. */
    public Metadata.Builder metadata() {
        return metadata;
    }

    /** The lead's paragraphs, notes and pictures. */
    public List<Block> lead() {
        return lead;
    }

    /** The key points. */
    public List<Highlight> highlights() {
        return highlights;
    }

    /** The transcript's sections, their turns given to speaker ids. */
    public List<Section> sections() {
        return sections;
    }

    /** Recordings and pictures. */
    public List<MediaReference> media() {
        return media;
    }

    /** Related articles. */
    public List<RelatedLink> related() {
        return related;
    }

    /** Who made what, and the sources. */
    public List<Credit> credits() {
        return credits;
    }

    /** Everything kept apart as boilerplate, in source order. */
    public List<Boilerplate> boilerplate() {
        return boilerplate;
    }

    void boilerplate(BoilerplateKind kind, String text, LineRange lines) {
        boilerplate.add(Boilerplate.builder().kind(kind).text(text).lines(lines).build());
    }

    /** A roster line: kept as such, its name read into the participant. */
    void roster(Unit unit) {
        String text = unit.inlines().plainText().strip();
        unit.label().orElseThrow().speaker().readRoster(text, unit.firstLine(), roleWords);
        String label = unit.label().orElseThrow().match().label();
        boilerplate(BoilerplateKind.ROSTER, label + "：" + text, unit.lines());
    }

    void credit(String text, LineRange lines) {
        credits.add(Credit.builder().text(text).lines(lines).build());
    }

    /**
     * Keeps a paragraph that points to the recording ({@code 原视频链接：…}) as media, or one that
     * says where the material comes from as a credit; the lead and the footer both hold them.
     *
     * @return whether the paragraph was one of them
     */
    boolean keptAsMediaOrCredit(InlineParser.Result parsed, LineRange lines) {
        Optional<MediaReference.Builder> reference = MediaLinks.detect(parsed.inlines());
        if (reference.isPresent()) {
            media.add(reference.get().lines(lines).build());
            return true;
        }
        String text = parsed.plainText();
        if (Credits.isCredit(text)) {
            credit(text, lines);
            return true;
        }
        return false;
    }

    static Paragraph paragraph(List<Inline> inlines, LineRange lines) {
        return Paragraph.builder().inlines(inlines).lines(lines).build();
    }
}
