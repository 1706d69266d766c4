package dev.interviewkit.export.internal.text;

/**
 * The punctuation that subtitle rules care about, as data: where sentences and clauses end, which
 * marks close or open a quote or bracket (and so must stay with their neighbour), and which
 * characters continue the grapheme before them.
 */
final class Punctuation {

    private static final String SENTENCE_ENDS = "。！？!?．｡";
    private static final String CLAUSE_ENDS = "；;：:";
    private static final String PHRASE_ENDS = "，、,､";
    /** Marks that never start a line: they close what stands before them. */
    private static final String CLOSING = "，。、；：！？）」』”’》〉】〕］｝〗〙〛…‥·・—～%‰℃,.;:!?)]}>»›｠｡､ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    /** Marks that never end a line: they open what comes after them. */
    private static final String OPENING = "（「『“‘《〈【〔［｛〖〘〚([{<«‹｟";

    private static final int SENTENCE_END = 1;
    private static final int CLAUSE_END = 1 << 1;
    private static final int PHRASE_END = 1 << 2;
    private static final int NEVER_STARTS_LINE = 1 << 3;
    private static final int NEVER_ENDS_LINE = 1 << 4;
    private static final int CLOSING_QUOTE = 1 << 5;
    private static final int OPENS_QUOTE = 1 << 6;
    private static final int CLOSES_QUOTE = 1 << 7;
    private static final int CONTINUES_GRAPHEME = 1 << 8;

    /**
     * The classes above for every char of the Basic Multilingual Plane: the break rules ask them
     * several times a character, and a table answers in one load where searching the strings
     * (and {@link Character#getType}) took most of the analysis.
     */
    private static final short[] CLASSES = new short[1 << 16];

    static {
        mark(SENTENCE_ENDS, SENTENCE_END);
        mark(CLAUSE_ENDS, CLAUSE_END);
        mark(PHRASE_ENDS, PHRASE_END);
        mark(CLOSING, NEVER_STARTS_LINE);
        mark(OPENING, NEVER_ENDS_LINE);
        mark("”’」』）》〉】〕］｝〗〙〛)]}»›\"'", CLOSING_QUOTE);
        mark("“「『（(", OPENS_QUOTE);
        mark("”」』）)", CLOSES_QUOTE);
        for (int c = 0; c < CLASSES.length; c++) {
            if (graphemeContinuation(c)) {
                CLASSES[c] |= CONTINUES_GRAPHEME;
            }
        }
    }

    private Punctuation() {}

    private static void mark(String chars, int flag) {
        for (int k = 0; k < chars.length(); k++) {
            CLASSES[chars.charAt(k)] |= flag;
        }
    }

    /** Whether {@code cp} is in the BMP (every mark above is) and has {@code flag}. */
    private static boolean is(int cp, int flag) {
        return cp >= 0 && cp < CLASSES.length && (CLASSES[cp] & flag) != 0;
    }

    static boolean endsSentence(int cp) {
        return is(cp, SENTENCE_END);
    }

    static boolean endsClause(int cp) {
        return is(cp, CLAUSE_END);
    }

    static boolean endsPhrase(int cp) {
        return is(cp, PHRASE_END);
    }

    /** Closing quotes and brackets, which stay with the sentence they close. */
    static boolean isClosingQuote(int cp) {
return is(cp, CLOSING_QUOTE);
    }

    /** The dots between the parts of a foreign name written in Chinese: 萨姆·奥尔特曼. */
    static boolean isInterpunct(int cp) {
        return cp == '·' || cp == '・' || cp == '‧';
    }

    /**
     * Quotation marks and brackets that open what a reader wants to see closed in the same
     * subtitle; the straight {@code "} and {@code '} are left out, as they open and close alike.
     */
    static boolean opensQuote(int cp) {
return is(cp, OPENS_QUOTE);
    }

    /** The partners of {@link #opensQuote(int)}. */
    static boolean closesQuote(int cp) {
return is(cp, CLOSES_QUOTE);
    }

    static boolean neverStartsLine(int cp) {
        return is(cp, NEVER_STARTS_LINE);
    }

    static boolean neverEndsLine(int cp) {
        return is(cp, NEVER_ENDS_LINE);
    }

    /** Characters that belong to the character before them: marks, joiners, selectors, skin tones. */
    static boolean continuesGrapheme(int cp) {
        return cp >= 0 && cp < CLASSES.length ? (CLASSES[cp] & CONTINUES_GRAPHEME) != 0 : graphemeContinuation(cp);
    }

    private static boolean graphemeContinuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
