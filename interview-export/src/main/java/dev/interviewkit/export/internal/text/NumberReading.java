package dev.interviewkit.export.internal.text;

/**
 * How long a number takes to say: {@code 2003年} is four syllables read digit by digit,
 * {@code 10,000} is {@code 一万} (two) in Chinese and {@code ten thousand} (two words) in English,
 * {@code 95%} is {@code 百分之九十五} (six).
 */
final class NumberReading {

    /** Longer digit strings are read digit by digit (telephone numbers, codes). */
    private static final int MAX_POSITIONAL_DIGITS = 12;

    private NumberReading() {}

    /**
     * Chinese syllables for a number.
     *
     * @param integer the integer part's digits, separators removed
     * @param fraction the digits after the decimal point, possibly empty
     * @param percent whether a percent sign follows
     * @param year whether {@code 年} follows, so that four digits read as a year
     */
    static int chineseSyllables(String integer, String fraction, boolean percent, boolean year) {
        int syllables;
        if (year && integer.length() == 4 || integer.length() > MAX_POSITIONAL_DIGITS) {
            syllables = integer.length();
        } else {
            syllables = chinesePositional(integer);
        }
        if (!fraction.isEmpty()) {
            syllables += 1 + fraction.length();
        }
        return syllables + (percent ? 3 : 0);
    }

    /** 十六 (2), 二十五 (3), 一百 (2), 两千零三 (4), 一万 (2). */
    private static int chinesePositional(String digits) {
        String d = stripLeadingZeros(digits);
        if (d.isEmpty()) {
            return 1;
        }
        int syllables = 0;
        int groups = (d.length() + 3) / 4;
        for (int g = 0; g < groups; g++) {
            int end = d.length() - (groups - 1 - g) * 4;
            String group = d.substring(Math.max(0, end - 4), end);
            int inGroup = 0;
            boolean zeroPending = false;
            for (int k = 0; k < group.length(); k++) {
                int place = group.length() - 1 - k;
                char c = group.charAt(k);
                if (c == '0') {
                    zeroPending = inGroup > 0;
                    continue;
                }
                if (zeroPending) {
                    inGroup++;
                    zeroPending = false;
                }
                boolean bareTen = place == 1 && c == '1' && g == 0 && k == 0 && group.length() == 2;
                inGroup += (bareTen ? 0 : 1) + (place > 0 ? 1 : 0);
            }
            if (inGroup > 0 && g < groups - 1) {
                inGroup++;
            }
            syllables += inGroup;
        }
        return Math.max(syllables, 1);
    }

    /** English words for a number: {@code 2003} is {@code two thousand three} (3). */
    static int englishWords(String integer, String fraction, boolean percent) {
        int words = integer.length() > MAX_POSITIONAL_DIGITS ? integer.length() : englishPositional(integer);
        if (!fraction.isEmpty()) {
            words += 1 + fraction.length();
        }
        return words + (percent ? 1 : 0);
    }

    private static int englishPositional(String digits) {
        String d = stripLeadingZeros(digits);
        if (d.isEmpty()) {
            return 1;
        }
        int words = 0;
        int groups = (d.length() + 2) / 3;
        for (int g = 0; g < groups; g++) {
            int end = d.length() - (groups - 1 - g) * 3;
            int value = Integer.parseInt(d.substring(Math.max(0, end - 3), end));
            if (value == 0) {
                continue;
            }
            int hundreds = value / 100;
            int rest = value % 100;
            words += hundreds > 0 ? 2 : 0;
            words += rest == 0 ? 0 : rest <= 20 || rest % 10 == 0 ? 1 : 2;
            words += g < groups - 1 ? 1 : 0;
        }
        return words;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
