package dev.interviewkit.parser.internal.assembly;

import java.util.Optional;
import java.util.OptionalInt;

/** The length an article claims: {@code 全文约10,000 字，阅读约需25分钟}. */
final class LengthClaim {

    private LengthClaim() {}

    /** The claimed length in characters and reading time in minutes, when {@code text} states them. */
    static Optional<int[]> of(String text) {
        String t = text.strip();
        if (t.length() > 60 || !t.contains("字") || !(t.startsWith("全文") || t.startsWith("本文"))) {
            return Optional.empty();
        }
        OptionalInt characters = numberBefore(t, t.indexOf('字'), true);
        int minutesAt = t.indexOf("分钟");
        OptionalInt minutes = minutesAt > 0 ? numberBefore(t, minutesAt, false) : OptionalInt.empty();
        if (characters.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {characters.getAsInt(), minutes.orElse(-1)});
    }

    /** The number just before {@code end} ({@code 10,000}, {@code 1.2万}), spaces allowed between. */
    private static OptionalInt numberBefore(String t, int end, boolean allowWan) {
        int i = end - 1;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        double multiplier = 1;
        if (allowWan && i >= 0 && t.charAt(i) == '万') {
            multiplier = 10_000;
            i--;
        }
        int stop = i;
        while (i >= 0 && (Character.isDigit(t.charAt(i)) && t.charAt(i) < 128 || t.charAt(i) == ',' || t.charAt(i) == '.')) {
            i--;
        }
        String digits = t.substring(i + 1, stop + 1).replace(",", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of((int) Math.round(Double.parseDouble(digits) * multiplier));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }
}
