package dev.interviewkit.cli;

/**
 * How many terminal columns a string takes: East Asian wide and full-width characters take two,
 * combining marks and format characters none, everything else one. Enough to align columns that
 * mix {@code 主持人} and {@code Sam Altman}.
 */
final class DisplayWidth {

    private DisplayWidth() {}

    /** The columns {@code text} takes. */
    static int of(String text) {
        return text.codePoints().map(DisplayWidth::ofCodePoint).sum();
    }

    private static int ofCodePoint(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** The wide ranges of Unicode's East Asian Width property, as terminals apply them. */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)          // Hangul Jamo initials
                || (c >= 0x2E80 && c <= 0x303E)      // CJK radicals, punctuation
                || (c >= 0x3041 && c <= 0x33FF)      // kana, CJK compatibility
                || (c >= 0x3400 && c <= 0x4DBF)      // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
                || (c >= 0xA000 && c <= 0xA4CF)      // Yi
                || (c >= 0xAC00 && c <= 0xD7A3)      // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)      // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F)      // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)      // full-width forms
                || (c >= 0xFFE0 && c <= 0xFFE6)      // full-width signs
                || (c >= 0x1F300 && c <= 0x1F64F)    // pictographs, emoticons
                || (c >= 0x1F900 && c <= 0x1F9FF)    // supplemental pictographs
                || (c >= 0x20000 && c <= 0x3FFFD);   // CJK extensions B and later
    }
}
