package dev.interviewkit.parser.internal.speaker;

/**
 * Whether a label is shaped like a person's name: one to four capitalised Latin words
 * ({@code Sam Altman}), or two to four Han characters that are not function words
 * ({@code 张三丰}, not {@code 关键是}), or a transliterated name with a middle dot
 * ({@code 埃隆·马斯克}). Used to accept a label that appears only once.
 */
final class NameShapes {

    /** Characters that make a short Han phrase a phrase rather than a name. */
    static final String FUNCTION_CHARACTERS = "是的了在说要就也都和与我你他她它们这那么吗呢吧啊哦嗯很太更最不没有个些为以及";

    private NameShapes() {}

    static boolean looksLikeName(String label) {
        String s = label.strip();
        if (s.isEmpty()) {
            return false;
        }
        return s.charAt(0) < 128 ? isLatinName(s) : isHanName(s);
    }

    private static boolean isLatinName(String s) {
        String[] words = s.split(" ");
        if (words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isHanName(String s) {
        int length = s.codePointCount(0, s.length());
        boolean dotted = s.indexOf('·') > 0;
        if (length < 2 || length > (dotted ? 12 : 4)) {
            return false;
        }
        return s.codePoints().allMatch(cp -> cp == '·' || Character.isIdeographic(cp) && FUNCTION_CHARACTERS.indexOf(cp) < 0);
    }
}
