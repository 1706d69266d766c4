package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.InlineParser;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.FramingTitles;
import java.util.List;
import java.util.Optional;

/**
 * Reads what follows the transcript: the source recording, credits, related articles, and the
 * account's promotion, calls to action, contacts, end markers and copyright lines.
 */
public final class FooterAssembler {

    /** Footer text longer than this is not assumed to be promotion; it is kept as unclassified. */
    private static final int MAX_PROMOTION_LENGTH = 120;

    private final InterviewDraft draft;
    private final BoilerplateRules boilerplateRules;
    private final Diagnostics diagnostics;

    public FooterAssembler(InterviewDraft draft, BoilerplateRules boilerplateRules, Diagnostics diagnostics) {
        this.draft = draft;
        this.boilerplateRules = boilerplateRules;
        this.diagnostics = diagnostics;
    }

    public void assemble(List<Unit> units) {
        for (Unit unit : units) {
            if (unit.kind() == Unit.Kind.RULE) {
                draft.boilerplate(Units.ruleKind(unit), unit.content().get(0), unit.lines());
            } else {
                add(unit);
            }
        }
    }

    private void add(Unit unit) {
        InlineParser.Result parsed = Units.inlines(unit);
        Units.report(parsed, unit, diagnostics);
        List<Inline> inlines = parsed.inlines();
        String text = parsed.plainText();
        LineRange lines = unit.lines();
        if (Units.isDebris(parsed)) {
            draft.boilerplate(BoilerplateKind.MARKUP_DEBRIS, String.join(" ", unit.content()).strip(), lines);
            return;
        }
        if (Units.isImageOnly(inlines)) {
            draft.boilerplate(BoilerplateKind.DECORATION, imageUrls(inlines), lines);
            return;
        }
        if (unit.kind() == Unit.Kind.HEADING && FramingTitles.introducesRelated(text)) {
            draft.boilerplate(BoilerplateKind.STRUCTURE, text, lines);
            return;
        }
        if (draft.keptAsMediaOrCredit(parsed, lines)) {
            return;
        }
        Optional<BoilerplateKind> kind = boilerplateRules.classify(text);
        if (kind.isPresent() && kind.get() == BoilerplateKind.NAVIGATION) {
            draft.boilerplate(kind.get(), text, lines);
            return;
        }
        Optional<Inline.Link> link = Units.onlyLink(inlines);
        if (link.isPresent() && !link.get().url().isBlank()) { // a link without its address leads nowhere
            String title = RelatedTitles.clean(link.get().plainText());
            if (!title.isBlank()) {
                draft.related.add(RelatedLink.builder().title(title).url(link.get().url()).lines(lines).build());
                return;
            }
        }
        if (kind.isPresent()) {
            draft.boilerplate(kind.get(), text, lines);
        } else if (text.length() <= MAX_PROMOTION_LENGTH) {
            // After the transcript and its sources, short unmarked text is the account talking about itself.
            draft.boilerplate(BoilerplateKind.PROMOTION, text, lines);
        } else {
            diagnostics.info(DiagnosticCode.UNCLASSIFIED_TEXT, unit.firstLine(), 1,
                    "text after the transcript is neither a turn nor known boilerplate; kept as boilerplate 'other'");
            draft.boilerplate(BoilerplateKind.OTHER, text, lines);
        }
    }

    private static String imageUrls(List<Inline> inlines) {
        StringBuilder urls = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Image image) {
                urls.append(urls.length() > 0 ? " " : "").append(image.url());
            } else if (inline instanceof Inline.Strong s) {
                urls.append(imageUrls(s.children()));
            } else if (inline instanceof Inline.Link l) {
                urls.append(imageUrls(l.children()));
            }
        }
        return urls.toString();
    }
}
