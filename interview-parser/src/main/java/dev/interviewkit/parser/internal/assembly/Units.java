package dev.interviewkit.parser.internal.assembly;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.internal.InlineText;
import dev.interviewkit.parser.internal.Diagnostics;
import dev.interviewkit.parser.internal.block.InlineParser;
import java.util.List;

/** Questions about a unit's content that every assembler asks. */
public final class Units {

    private Units() {}

    static InlineParser.Result inlines(Unit unit) {
        return unit.inlines();
    }

    /** Says what the inline parser repaired or dropped in {@code unit}. */
    static void report(InlineParser.Result parsed, Unit unit, Diagnostics diagnostics) {
        if (parsed.droppedHtml()) {
            diagnostics.info(DiagnosticCode.INLINE_HTML, unit.firstLine(), 1, "inline HTML was reduced to its text");
        }
        if (parsed.repairedEntity()) {
            diagnostics.warning(DiagnosticCode.REPAIRED_ENTITY, unit.firstLine(), 1,
                    "a URL held a corrupted entity such as &from;=appmsg; read as &from=appmsg");
        }
    }

    /** Whether a paragraph is only markup: nothing parsed, or blank text and no picture. */
    static boolean isDebris(InlineParser.Result parsed) {
        return parsed.inlines().isEmpty() || parsed.plainText().isBlank() && !isImageOnly(parsed.inlines());
    }

    /** Whether the inlines hold images and nothing a reader reads. */
    public static boolean isImageOnly(List<Inline> inlines) {
        boolean image = false;
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Image) {
                image = true;
            } else if (inline instanceof Inline.Strong s) {
                if (!InlineText.isBlank(s)) {
                    return false;
                }
                image |= isImageOnly(s.children());
            } else if (inline instanceof Inline.Link l) {
                if (!InlineText.isBlank(l)) {
                    return false;
                }
                image |= isImageOnly(l.children());
            } else if (!(inline instanceof Inline.LineBreak) && !InlineText.isBlank(inline)) {
                return false;
            }
        }
        return image;
    }

    /** The image a paragraph opens with ({@code **![](…)**caption}), if it opens with one. */
    static java.util.Optional<Inline.Image> leadingImage(List<Inline> inlines) {
        if (inlines.isEmpty()) {
            return java.util.Optional.empty();
        }
        Inline first = inlines.get(0);
        if (first instanceof Inline.Image image) {
            return java.util.Optional.of(image);
        }
        if (first instanceof Inline.Strong s) {
            return leadingImage(s.children());
        }
        if (first instanceof Inline.Link l && !l.children().isEmpty() && l.children().get(0) instanceof Inline.Image image) {
            return java.util.Optional.of(image);
        }
        return java.util.Optional.empty();
    }

    /** The single link the inlines consist of, ignoring emphasis around it. */
    static java.util.Optional<Inline.Link> onlyLink(List<Inline> inlines) {
        Inline.Link link = null;
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Link l && link == null) {
                link = l;
            } else if (inline instanceof Inline.Strong s && link == null) {
                java.util.Optional<Inline.Link> inner = onlyLink(s.children());
                if (inner.isEmpty()) {
                    return inner;
                }
                link = inner.get();
            } else if (!InlineText.isBlank(inline)) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.ofNullable(link);
    }

    /** A thematic break's kind: {@code * * *} separates; a bare run of stars is html2text debris. */
    static BoilerplateKind ruleKind(Unit unit) {
        String raw = unit.content().isEmpty() ? "" : unit.content().get(0);
        boolean starsOnly = raw.chars().allMatch(c -> c == '*');
        return starsOnly && raw.length() >= 4 ? BoilerplateKind.MARKUP_DEBRIS : BoilerplateKind.SEPARATOR;
    }
}
