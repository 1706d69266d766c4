package dev.interviewkit.model.internal;

import dev.interviewkit.model.Inline;
import java.util.List;

/** Questions about the plain text of inlines, answered without building that text. */
public final class InlineText {

    private InlineText() {}

    /**
     * Whether {@code inline.plainText()} is blank. Plain text joins the texts of the leaves with
     * at most a space between them, so it is blank exactly when every leaf's text is; images and
     * line breaks read as nothing or a space.
     */
    public static boolean isBlank(Inline inline) {
        if (inline instanceof Inline.Text text) {
            return text.value().isBlank();
        }
        if (inline instanceof Inline.Code code) {
            return code.value().isBlank();
        }
        if (inline instanceof Inline.Strong strong) {
            return isBlank(strong.children());
        }
        if (inline instanceof Inline.Emphasis emphasis) {
            return isBlank(emphasis.children());
        }
        if (inline instanceof Inline.Link link) {
            return isBlank(link.children());
        }
        return true;
    }

    /** Whether {@code Inline.plainText(inlines)} is blank. */
    public static boolean isBlank(List<? extends Inline> inlines) {
        for (Inline inline : inlines) {
            if (!isBlank(inline)) {
                return false;
            }
        }
        return true;
    }
}
