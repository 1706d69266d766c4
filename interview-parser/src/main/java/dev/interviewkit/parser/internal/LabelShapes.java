package dev.interviewkit.parser.internal;

/** The brackets labels come in ({@code 「暗涌」}, {@code 《三联生活周刊》}, {@code 【主持人】}). */
final class LabelShapes {

    private static final String OPENING = "「《【『";
    private static final String CLOSING = "」》】』";

    private LabelShapes() {}

    static boolean isOpeningBracket(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    static boolean isClosingBracket(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    /** A whole label in one pair of brackets. */
    static boolean isBracketed(String label) {
        String n = label.strip();
        return n.length() > 2 && isOpeningBracket(n.charAt(0)) && isClosingBracket(n.charAt(n.length() - 1));
    }

    /** The label without the brackets around it. */
    static String unbracketed(String label) {
        String n = label.strip();
        return isBracketed(n) ? n.substring(1, n.length() - 1).strip() : n;
    }
}
