package dev.interviewkit.parser.internal.html;

import org.jsoup.nodes.Element;

/**
 * What an element's own markup says about how it shows: whether it is bold and whether it is
 * hidden. Only the {@code style} attribute and the element's name are read (a saved page's style
 * sheets and scripts are not run), which is where WeChat's editor puts both.
 */
final class InlineStyle {

    private InlineStyle() {}

    /** Whether text in {@code element} is bold, given that its parent's is {@code parentBold}. */
    static boolean bold(Element element, boolean parentBold) {
        boolean bold = switch (element.normalName()) {
            case "strong", "b", "th" -> true;
            default -> parentBold;
        };
        String weight = lastValue(element.attr("style"), "font-weight");
        return weight.isEmpty() ? bold : weightIsBold(weight, bold);
    }

    /** Whether the element is not shown: {@code display: none}, or the {@code hidden} attribute. */
    static boolean hidden(Element element) {
        return element.hasAttr("hidden") || lastValue(element.attr("style"), "display").equals("none");
    }

    /** {@code bold}, {@code bolder} and weights from 600 are bold; {@code normal}, {@code lighter} and lighter weights are not. */
    private static boolean weightIsBold(String weight, boolean inherited) {
        switch (weight) {
            case "bold", "bolder":
                return true;
            case "normal", "lighter":
                return false;
            default:
                if (weight.length() <= 4 && weight.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return Integer.parseInt(weight) >= 600;
                }
                return inherited; // inherit, initial, or a value no browser reads
        }
    }

    /**
     * The value of the last declaration of {@code property} in {@code style} (CSS lets the last
     * win), in lower case without {@code !important}; empty when there is none.
     */
    static String lastValue(String style, String property) {
        if (style.isEmpty()) {
            return "";
        }
        String value = "";
        int from = 0;
        while (true) {
            int at = indexOfIgnoreCase(style, property, from);
            if (at < 0) {
                return value;
            }
            from = at + property.length();
            boolean startsName = at == 0 || style.charAt(at - 1) == ';' || Character.isWhitespace(style.charAt(at - 1));
            int colon = from;
            while (colon < style.length() && Character.isWhitespace(style.charAt(colon))) {
                colon++;
            }
            if (!startsName || colon >= style.length() || style.charAt(colon) != ':') {
                continue; // part of a longer name (-webkit-font-weight) or not a declaration
            }
            int end = style.indexOf(';', colon);
            String v = style.substring(colon + 1, end < 0 ? style.length() : end).strip().toLowerCase(java.util.Locale.ROOT);
            int important = v.indexOf('!');
            value = (important >= 0 ? v.substring(0, important) : v).strip();
            from = end < 0 ? style.length() : end;
        }
    }

    private static int indexOfIgnoreCase(String text, String word, int from) {
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }
}
