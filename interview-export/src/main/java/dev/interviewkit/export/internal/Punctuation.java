package dev.interviewkit.export.internal;

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

    private Punctuation() {}

    static boolean endsSentence(int cp) {
        return SENTENCE_ENDS.indexOf(cp) >= 0;
    }

    static boolean endsClause(int cp) {
        return CLAUSE_ENDS.indexOf(cp) >= 0;
    }

    static boolean endsPhrase(int cp) {
        return PHRASE_ENDS.indexOf(cp) >= 0;
    }

    /** Closing quotes and brackets, which stay with the sentence they close. */
    static boolean isClosingQuote(int cp) {
        return "”’」』）》〉】〕］｝〗〙〛)]}»›\"'".indexOf(cp) >= 0;
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
        return "“「『（(".indexOf(cp) >= 0;
    }

    /** The partners of {@link #opensQuote(int)}. */
    static boolean closesQuote(int cp) {
        return "”」』）)".indexOf(cp) >= 0;
    }

    static boolean neverStartsLine(int cp) {
        return CLOSING.indexOf(cp) >= 0;
    }

    static boolean neverEndsLine(int cp) {
        return OPENING.indexOf(cp) >= 0;
    }

    /** Characters that belong to the character before them: marks, joiners, selectors, skin tones. */
    static boolean continuesGrapheme(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
