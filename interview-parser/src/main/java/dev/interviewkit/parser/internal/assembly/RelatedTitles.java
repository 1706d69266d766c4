package dev.interviewkit.parser.internal.assembly;

/**
 * Cleans a related article's link text: {@code 1、[title]} becomes {@code title}. WeChat numbers
 * the list and html2text keeps the inner brackets of the original anchor.
 */
final class RelatedTitles {

    private RelatedTitles() {}

    static String clean(String linkText) {
        String t = linkText.strip();
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && i < 3) {
            i++;
        }
        if (i > 0 && i < t.length() && "、.．)）:：".indexOf(t.charAt(i)) >= 0) {
            t = t.substring(i + 1).strip();
        }
        while (t.length() >= 2 && t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        // A title that is only a number ("5.") is the title, not its numbering.
        return t.isEmpty() ? linkText.strip() : t;
    }
}
