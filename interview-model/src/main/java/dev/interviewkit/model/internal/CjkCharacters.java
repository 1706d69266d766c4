package dev.interviewkit.model.internal;

/**
 * Which characters are East Asian wide (Han, kana, Hangul, CJK punctuation, full-width forms): the
 * characters between which a line break is dropped rather than read as a space.
 */
public final class CjkCharacters {

    private CjkCharacters() {}

    /** Whether {@code codePoint} is an East Asian wide or full-width character. */
    public static boolean isWide(int codePoint) {
        if (codePoint < 0x1100) {
            return false;
        }
        if (isCommonIdeograph(codePoint)) {
            return true; // most of any Chinese text: no script lookup
        }
        if (codePoint >= 0x3000 && codePoint <= 0x303F) {
            return true; // CJK symbols and punctuation: 。、「」
        }
        if (codePoint >= 0xFF01 && codePoint <= 0xFF60 || codePoint >= 0xFFE0 && codePoint <= 0xFFE6) {
            return true; // full-width forms: ，：？！（）
        }
        if (codePoint >= 0xFE30 && codePoint <= 0xFE4F || codePoint >= 0xFE10 && codePoint <= 0xFE1F) {
            return true; // CJK compatibility and vertical forms
        }
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.of(codePoint);
        } catch (IllegalArgumentException notACodePoint) {
            return false;
        }
        switch (script) {
            case HAN:
            case HIRAGANA:
            case KATAKANA:
            case HANGUL:
            case BOPOMOFO:
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether {@code codePoint} is one of the ideographs of the original CJK Unified Ideographs
     * block (U+4E00–U+9FA5, assigned since Unicode 1.1): a Han letter, wide, and no mark of any
     * markup. Most of every Chinese text is made of them, so text loops take them on a fast path
     * before asking anything slower.
     */
    public static boolean isCommonIdeograph(int codePoint) {
        return codePoint >= 0x4E00 && codePoint <= 0x9FA5;
    }

    /** Whether {@code codePoint} is a Han ideograph, counted as one word in word counts. */
    public static boolean isIdeograph(int codePoint) {
        return codePoint >= 0x2E80 && Character.isIdeographic(codePoint);
    }
}
