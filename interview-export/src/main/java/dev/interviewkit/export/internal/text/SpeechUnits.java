package dev.interviewkit.export.internal.text;

/**
 * What there is to say in a spoken text (see {@link SpokenText}): Chinese syllables (characters, and
 * numbers read in Chinese) and Latin words (numbers read in English counted as their words). The
 * decisions live here once, for {@link TextAnalysis}, which keeps running counts for every span, and
 * for {@link DocumentLanguage}, which only needs the totals and so builds no tables.
 */
final class SpeechUnits {

    /** The syllables and words of one text. */
    record Totals(long syllables, long words) {
        Totals plus(Totals other) {
            return new Totals(syllables + other.syllables, words + other.words);
        }
    }

    private SpeechUnits() {}

    /** The totals of all of {@code text}: what {@link TextAnalysis} counts over {@code [0, length)}. */
    static Totals of(String text) {
        long syllables = 0;
        long words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isDigit(cp)) {
                int end = numberEnd(text, i);
                if (readInChinese(text, i, end)) {
                    syllables += numberUnits(text, i, end, true);
                } else {
                    words += numberUnits(text, i, end, false);
                }
                i = end;
                continue;
            }
            if (Character.isLetter(cp)) {
                if (TextAnalysis.widthOf(cp) == 2) {
                    syllables++;
                } else if (startsLatinWord(text, i)) {
                    words++;
                }
            }
            i += Character.charCount(cp);
        }
        return new Totals(syllables, words);
    }

    static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** Whether the narrow letter at {@code i} starts a Latin word rather than going on with one. */
    static boolean startsLatinWord(String text, int i) {
        return i == 0 || !continuesLatinWord(text, i);
    }

    private static boolean continuesLatinWord(String text, int i) {
        int before = text.codePointBefore(i);
        if (Character.isLetterOrDigit(before) && TextAnalysis.widthOf(before) < 2) {
            return true;
        }
        if ((before == '\'' || before == '’' || before == '-') && i >= 2) {
            int beforeJoiner = text.codePointBefore(i - Character.charCount(before));
            return Character.isLetter(beforeJoiner) && TextAnalysis.widthOf(beforeJoiner) < 2;
        }
        return false;
    }

    /** The end of the number starting at {@code start}: digits with {@code , . :} between digits, and {@code %}. */
    static int numberEnd(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.' || c == ':') && i + 1 < n && isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i < n && (text.charAt(i) == '%' || text.charAt(i) == '％')) {
            i++;
        }
        return i;
    }

    /** A number is read in Chinese when a Chinese character stands right after or right before it. */
    static boolean readInChinese(String text, int start, int end) {
        if (end < text.length() && TextAnalysis.widthOf(text.codePointAt(end)) == 2) {
            return true;
        }
        return start > 0 && TextAnalysis.widthOf(text.codePointBefore(start)) == 2;
    }

    /** Syllables ({@code chinese}) or words it takes to say the number {@code [start, end)}. */
    static int numberUnits(String text, int start, int end, boolean chinese) {
        String number = text.substring(start, end);
        boolean percent = number.endsWith("%") || number.endsWith("％");
        String digits = percent ? number.substring(0, number.length() - 1) : number;
        int point = digits.lastIndexOf('.');
        boolean decimal = point > 0 && digits.indexOf('.') == point && digits.indexOf(':') < 0;
        String integer = asciiDigits(digits, 0, decimal ? point : digits.length());
        String fraction = decimal ? asciiDigits(digits, point + 1, digits.length()) : "";
        if (chinese) {
            boolean year = end < text.length() && text.charAt(end) == '年';
            return NumberReading.chineseSyllables(integer, fraction, percent, year);
        }
        return NumberReading.englishWords(integer, fraction, percent);
    }

    /**
     * The ASCII digits of {@code text} from {@code from} to {@code to}, separators ({@code ,}
     * {@code :}) and other digits left out: what {@code replaceAll("[^0-9]", "")} gives, without
     * compiling a pattern for every number of every text.
     */
    private static String asciiDigits(String text, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
