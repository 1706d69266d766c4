package dev.interviewkit.model;

import dev.interviewkit.model.internal.TextJoiner;
import java.util.List;
import java.util.Objects;

/**
 * A piece of inline content inside a paragraph: text, emphasis, links, images, code, line breaks.
 *
 * <p>Paragraphs keep this structure so that links and emphasis survive a round trip; their plain
 * text is derived from it with {@link #plainText(List)}.
 */
public sealed interface Inline
        permits Inline.Text, Inline.Strong, Inline.Emphasis, Inline.Link, Inline.Image, Inline.Code,
                Inline.LineBreak {

    /** Plain text, as a reader hears it. */
    String plainText();

    /**
     * The plain text of a run of inlines. A line break between two CJK characters becomes nothing,
     * elsewhere one space, the rule that joins wrapped lines.
     */
    static String plainText(List<? extends Inline> inlines) {
        if (inlines.size() == 1 && (inlines.get(0) instanceof Text || inlines.get(0) instanceof Code)) {
            return inlines.get(0).plainText(); // most paragraphs are one run of text: nothing to join
        }
        TextJoiner joiner = new TextJoiner();
        appendPlainText(inlines, joiner);
        return joiner.toString();
    }

    /**
     * Appends through containers into one joiner, so that a line break at the edge of strong text
     * or a link ({@code **Sam\n**Altman}) still meets the characters on both sides.
     */
    private static void appendPlainText(List<? extends Inline> inlines, TextJoiner joiner) {
        for (Inline inline : inlines) {
            if (inline instanceof LineBreak) {
                joiner.breakLine();
            } else if (inline instanceof Strong strong) {
                appendPlainText(strong.children(), joiner);
            } else if (inline instanceof Emphasis emphasis) {
                appendPlainText(emphasis.children(), joiner);
            } else if (inline instanceof Link link) {
                appendPlainText(link.children(), joiner);
            } else {
                joiner.append(inline.plainText());
            }
        }
    }

    /** Plain text. */
    static Text text(String value) {
        return new Text(value);
    }

    /** Strong emphasis (bold) around {@code children}. */
    static Strong strong(Inline... children) {
        return new Strong(List.of(children));
    }

    /** Emphasis (italics) around {@code children}. */
    static Emphasis emphasis(Inline... children) {
        return new Emphasis(List.of(children));
    }

    /** A link to {@code url} whose text is {@code children}. */
    static Link link(String url, Inline... children) {
        return new Link(url, List.of(children));
    }

    /** An image at {@code url}. */
    static Image image(String url, String alt) {
        return new Image(url, alt);
    }

    /** Code or other verbatim text. */
    static Code code(String value) {
        return new Code(value);
    }

    /** A hard line break inside a paragraph. */
    static LineBreak lineBreak() {
        return new LineBreak();
    }

    /** Plain text. */
    record Text(String value) implements Inline {
        /** Text, never empty. */
        public Text {
            Objects.requireNonNull(value, "value");
            if (value.isEmpty()) {
                throw new IllegalStateException("a text inline must not be empty");
            }
        }

        @Override
        public String plainText() {
            return value;
        }
    }

    /** Strong emphasis, usually bold. */
    record Strong(List<Inline> children) implements Inline {
        /** Strong emphasis around {@code children}. */
        public Strong {
            children = List.copyOf(children);
        }

        @Override
        public String plainText() {
            return Inline.plainText(children);
        }
    }

    /** Emphasis, usually italics. */
    record Emphasis(List<Inline> children) implements Inline {
        /** Emphasis around {@code children}. */
        public Emphasis {
            children = List.copyOf(children);
        }

        @Override
        public String plainText() {
            return Inline.plainText(children);
        }
    }

    /** A link. */
    record Link(String url, List<Inline> children) implements Inline {
        /** A link to {@code url} showing {@code children}. */
        public Link {
            Objects.requireNonNull(url, "url");
            children = List.copyOf(children);
        }

        @Override
        public String plainText() {
            return Inline.plainText(children);
        }
    }

    /** An image; it is seen, not read, so its plain text is empty. */
    record Image(String url, String alt) implements Inline {
        /** An image at {@code url} with alternative text {@code alt} (may be empty). */
        public Image {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(alt, "alt");
        }

        @Override
        public String plainText() {
            return "";
        }
    }

    /** Code or other verbatim text. */
    record Code(String value) implements Inline {
        /** Verbatim {@code value}. */
        public Code {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String plainText() {
            return value;
        }
    }

    /**
     * A hard line break. Read aloud it is a pause: on its own its plain text is one space, and
     * inside a run of inlines it follows the line-joining rule of {@link #plainText(List)}.
     */
    record LineBreak() implements Inline {
        @Override
        public String plainText() {
            return " ";
        }
    }
}
