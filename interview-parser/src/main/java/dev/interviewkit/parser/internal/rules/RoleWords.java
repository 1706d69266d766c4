package dev.interviewkit.parser.internal.rules;

import dev.interviewkit.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words that name a role rather than a person ({@code 主持人}, {@code 嘉宾}, {@code Q}),
 * as data: adding a dialect's role word is adding a row.
 */
public final class RoleWords {

    /**
     * One role word.
     *
     * @param word the word as labels write it
     * @param role the role it gives
     * @param id the participant id for a label that is only this word
     * @param prefix whether the word may prefix a name ({@code 嘉宾Sam Altman}); single letters may not
     */
    public record RoleWord(String word, Role role, String id, boolean prefix) {}

    /** A label taken apart: the role word it carries, if any, and the name left after it. */
    public record Parsed(Optional<RoleWord> roleWord, String name) {
        public boolean isRoleOnly() {
            return name.isEmpty();
        }
    }

    private final List<RoleWord> words;

    public RoleWords(List<RoleWord> words) {
        // Longest first, so that 主持人 wins over 主持.
        this.words = words.stream()
                .sorted((a, b) -> Integer.compare(b.word().length(), a.word().length()))
                .toList();
    }

    /** The role words of Chinese and English interviews. */
    public static RoleWords standard() {
        return STANDARD;
    }

    /** Built once: the tables are immutable and every parse starts from them. */
    private static final RoleWords STANDARD = new RoleWords(List.of(
                new RoleWord("主持人", Role.HOST, "host", true),
                new RoleWord("主持", Role.HOST, "host", true),
                new RoleWord("主播", Role.HOST, "host", true),
                new RoleWord("Host", Role.HOST, "host", true),
                new RoleWord("嘉宾", Role.GUEST, "guest", true),
                new RoleWord("受访者", Role.GUEST, "guest", true),
                new RoleWord("受访人", Role.GUEST, "guest", true),
                new RoleWord("Guest", Role.GUEST, "guest", true),
                new RoleWord("答", Role.GUEST, "guest", false),
                new RoleWord("A", Role.GUEST, "guest", false),
                new RoleWord("记者", Role.INTERVIEWER, "interviewer", true),
                new RoleWord("采访者", Role.INTERVIEWER, "interviewer", true),
                new RoleWord("Interviewer", Role.INTERVIEWER, "interviewer", true),
                new RoleWord("问", Role.INTERVIEWER, "interviewer", false),
                new RoleWord("Q", Role.INTERVIEWER, "interviewer", false),
                new RoleWord("Moderator", Role.MODERATOR, "moderator", true),
                new RoleWord("提问", Role.AUDIENCE, "audience", false),
                new RoleWord("观众", Role.AUDIENCE, "audience", true),
                new RoleWord("听众", Role.AUDIENCE, "audience", true),
                new RoleWord("网友", Role.AUDIENCE, "audience", true),
                new RoleWord("读者", Role.AUDIENCE, "audience", true),
                new RoleWord("Audience", Role.AUDIENCE, "audience", true),
                new RoleWord("旁白", Role.NARRATOR, "narrator", false),
                new RoleWord("Narrator", Role.NARRATOR, "narrator", false)));

    /** These role words and {@code more}. */
    public RoleWords with(List<RoleWord> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RoleWord> all = new java.util.ArrayList<>(words);
        all.addAll(more);
        return new RoleWords(all);
    }

    /** Whether {@code word} is one of these role words, case aside. */
    public boolean isRoleWord(String word) {
        return words.stream().anyMatch(w -> w.word().equalsIgnoreCase(word));
    }

    /** Takes {@code label} apart into a role word and a name. */
    public Parsed parse(String label) {
        String key = nameKey(label);
        for (RoleWord word : words) {
            // 网 友 is 网友: html2text leaves spaces inside labels.
            if (key.equals(nameKey(word.word()))) {
                return new Parsed(Optional.of(word), "");
            }
        }
        for (RoleWord word : words) {
            if (word.prefix() && label.length() > word.word().length()
                    && label.regionMatches(true, 0, word.word(), 0, word.word().length())) {
                String rest = stripSeparators(label.substring(word.word().length()));
                boolean latinWord = Character.isLetter(word.word().charAt(0)) && word.word().charAt(0) < 128;
                // "Hosting" is not "Host" + "ing": a Latin role word must end at a word boundary.
                if (!rest.isEmpty() && (!latinWord || !Character.isLetter(label.charAt(word.word().length())))) {
                    return new Parsed(Optional.of(word), rest);
                }
            }
        }
        return new Parsed(Optional.empty(), label);
    }

    private static String stripSeparators(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '·' || s.charAt(i) == '-' || s.charAt(i) == '—')) {
            i++;
        }
        return s.substring(i).strip();
    }

    /** A matching key for names: case, spaces and middle dots do not count. */
    public static String nameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp) && cp != '·' && cp != '.' && cp != '•') {
                key.appendCodePoint(cp);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
