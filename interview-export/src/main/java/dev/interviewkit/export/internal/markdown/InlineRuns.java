package dev.interviewkit.export.internal.markdown;

import dev.interviewkit.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Markdown spelling of a run of inlines: adjacent texts are one text; white space runs
 * (spaces, tabs, no-break spaces, line ends, control characters) are one space, none at the run's
 * edges or beside a line break; strong emphasis stands outside emphasis and neither nests in
 * itself; empty emphasis, empty code and line breaks at the edges or doubled are dropped; a line
 * break inside code is a space. Links keep their own run, spelled the same way.
 *
 * <p>This is the form a Markdown reader gives back ({@code **a *b***} is strong around text and
 * emphasis, whatever tree wrote it), so writers spell runs in it and compare in it.
 */
public final class InlineRuns {

    private InlineRuns() {}

    private record Piece(Inline atom, boolean strong, boolean emphasis) {}

    /** The canonical form of {@code inlines}. */
    public static List<Inline> canonical(List<? extends Inline> inlines) {
        List<Piece> pieces = new ArrayList<>();
        flatten(inlines, false, false, pieces);
        return build(collapse(merge(pieces)));
    }

    private static void flatten(List<? extends Inline> inlines, boolean strong, boolean emphasis, List<Piece> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Strong s) {
                flatten(s.children(), true, emphasis, out);
            } else if (inline instanceof Inline.Emphasis e) {
                flatten(e.children(), strong, true, out);
            } else if (inline instanceof Inline.Link link) {
                out.add(new Piece(new Inline.Link(link.url(), canonical(link.children())), strong, emphasis));
            } else if (inline instanceof Inline.Code code) {
                String value = code.value().replace('\n', ' ').replace('\r', ' ');
                if (!value.isEmpty()) {
                    out.add(new Piece(Inline.code(value), strong, emphasis));
                }
            } else if (inline instanceof Inline.Image image) {
                out.add(new Piece(Inline.image(image.url(), spaces(image.alt()).strip()), strong, emphasis));
            } else if (inline instanceof Inline.Text text) {
                out.add(new Piece(Inline.text(spaces(text.value())), strong, emphasis));
            } else {
                out.add(new Piece(inline, strong, emphasis));
            }
        }
    }

    /** Every character that a Markdown reader folds into a space, as one. */
    public static String spaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (foldsToSpace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Spaces, tabs and no-break spaces (folded by readers), line ends and other control characters. */
    static boolean foldsToSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Adjacent texts of the same emphasis as one. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!out.isEmpty() && piece.atom instanceof Inline.Text t) {
                Piece last = out.get(out.size() - 1);
                if (last.atom instanceof Inline.Text l && last.strong == piece.strong && last.emphasis == piece.emphasis) {
                    out.set(out.size() - 1, new Piece(Inline.text(l.value() + t.value()), piece.strong, piece.emphasis));
                    continue;
                }
            }
            out.add(piece);
        }
        return out;
    }

    /** One space between words, none at the edges or beside a line break; no line break at the edges or doubled. */
    private static List<Piece> collapse(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        boolean atBoundary = true;
        for (Piece piece : pieces) {
            if (piece.atom instanceof Inline.LineBreak) {
                trimTrailingSpace(out);
                if (!out.isEmpty() && !(out.get(out.size() - 1).atom instanceof Inline.LineBreak)) {
                    out.add(piece);
                }
                atBoundary = true;
                continue;
            }
            if (!(piece.atom instanceof Inline.Text text)) {
                out.add(piece);
                atBoundary = false;
                continue;
            }
            if (text.value().indexOf(' ') < 0) {
                // No space to fold: the text stays as it is (most runs of a Chinese text).
                if (!text.value().isEmpty()) {
                    out.add(piece);
                    atBoundary = false;
                }
                continue;
            }
            StringBuilder kept = new StringBuilder();
            for (int k = 0; k < text.value().length(); k++) {
                char c = text.value().charAt(k);
                if (c == ' ') {
                    if (!atBoundary) {
                        kept.append(' ');
                        atBoundary = true;
                    }
                } else {
                    kept.append(c);
                    atBoundary = false;
                }
            }
            if (kept.length() > 0) {
                out.add(new Piece(Inline.text(kept.toString()), piece.strong, piece.emphasis));
            }
        }
        trimTrailingSpace(out);
        while (!out.isEmpty() && out.get(out.size() - 1).atom instanceof Inline.LineBreak) {
            out.remove(out.size() - 1);
            trimTrailingSpace(out);
        }
        return merge(out);
    }

    private static void trimTrailingSpace(List<Piece> out) {
        while (!out.isEmpty() && out.get(out.size() - 1).atom instanceof Inline.Text t && t.value().endsWith(" ")) {
            Piece last = out.remove(out.size() - 1);
            String trimmed = t.value().substring(0, t.value().length() - 1);
            if (!trimmed.isEmpty()) {
                out.add(new Piece(Inline.text(trimmed), last.strong, last.emphasis));
                return;
            }
        }
    }

    private static List<Inline> build(List<Piece> pieces) {
        List<Inline> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            boolean strong = pieces.get(i).strong;
            int j = i;
            while (j < pieces.size() && pieces.get(j).strong == strong) {
                j++;
            }
            List<Inline> inner = byEmphasis(pieces.subList(i, j));
            if (strong) {
                out.add(new Inline.Strong(inner));
            } else {
                out.addAll(inner);
            }
            i = j;
        }
        return List.copyOf(out);
    }

    private static List<Inline> byEmphasis(List<Piece> group) {
        List<Inline> out = new ArrayList<>();
        int i = 0;
        while (i < group.size()) {
            boolean emphasis = group.get(i).emphasis;
            List<Inline> inner = new ArrayList<>();
            int j = i;
            while (j < group.size() && group.get(j).emphasis == emphasis) {
                inner.add(group.get(j).atom);
                j++;
            }
            if (emphasis) {
                out.add(new Inline.Emphasis(inner));
            } else {
                out.addAll(inner);
            }
            i = j;
        }
        return out;
    }
}
