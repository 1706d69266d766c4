package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.model.Role;
import dev.interviewkit.parser.internal.rules.RoleWords;
import java.util.List;
import java.util.Optional;

/**
 * Names the article gives to participants its labels do not name:
 * <ul>
 *   <li>the one guest, from the title: {@code 对话周鸿祎：…} (labelled 红衣大叔), {@code 汪民安｜再读福柯}
 *       (labelled 答), or from the lead: {@code 张月光接受了…群访} (labelled 答);
 *   <li>a first name, completed from the title or lead: {@code Ilya} is {@code Ilya Sutskever};
 *   <li>the interviewer labelled {@code 问}, when the lead says the publication asks:
 *       {@code 《三联生活周刊》以11个问题访谈…}.
 * </ul>
 * Every name taken is recorded as evidence; the label stays an alias.
 */
public final class NamesFromArticle {

    private static final List<String> TITLE_OPENERS = List.of("对话", "专访", "访谈", "独家对话", "独家专访");
    private static final List<String> ANSWER_VERBS = List.of("接受", "回答", "表示", "谈到");
    private static final List<String> INTERVIEW_VERBS = List.of("访谈", "采访", "专访", "对话");

    private NamesFromArticle() {}

    /** Names participants from the title and lead; {@code account} is the publishing account. */
    public static void name(List<SpeakerDraft> speakers, Optional<String> title, String lead, Optional<String> account) {
        String article = title.orElse("") + "\n" + lead;
        for (SpeakerDraft speaker : speakers) {
            if (!speaker.key.startsWith("role:") && isLatinWord(speaker.name)) {
                fullName(speaker.name, article).ifPresent(full -> rename(speaker, full,
                        "the article calls " + speaker.name + " " + full));
            }
        }
        List<SpeakerDraft> guests = speakers.stream().filter(s -> s.role == Role.GUEST).toList();
        if (guests.size() == 1) {
            SpeakerDraft guest = guests.get(0);
            Optional<String> fromTitle = title.flatMap(NamesFromArticle::nameInTitle)
                    .filter(n -> speakers.stream().noneMatch(s -> s.name.equals(n)));
            if (fromTitle.isPresent() && !title.get().contains(guest.name)) {
                rename(guest, fromTitle.get(), "the title names the guest: " + title.get());
            } else if (guest.key.startsWith("role:")) {
                nameBeforeVerb(lead).ifPresent(n -> rename(guest, n, "the lead names who answers: " + n));
            }
        }
        for (SpeakerDraft speaker : speakers) {
            if (speaker.role == Role.INTERVIEWER && speaker.key.startsWith("role:") && account.isPresent()
                    && publicationAsks(lead, account.get())) {
                rename(speaker, account.get(), "the lead says 《" + account.get() + "》 asks the questions");
            }
        }
    }

    /** Front-matter names this close to a label are the same person, spelt by a transcriber. */
    private static final int MAX_SPELLING_DISTANCE = 2;

    /**
     * Records, as evidence, that the front matter's {@code people:} or {@code speakers:} list names a
     * participant, also where the spelling differs slightly ({@code Emily Sundberg} for the label
     * {@code Emily Sunberg}).
     */
    public static void confirmFromFrontMatter(List<SpeakerDraft> speakers, List<String> people) {
        for (SpeakerDraft speaker : speakers) {
            if (speaker.key.startsWith("role:")) {
                continue;
            }
            String key = RoleWords.nameKey(speaker.name);
            people.stream()
                    .filter(person -> distance(RoleWords.nameKey(person), key) <= MAX_SPELLING_DISTANCE)
                    .findFirst()
                    .ifPresent(person -> speaker.evidence.add("the front matter lists " + person));
        }
    }

    /** Levenshtein distance, for short names only. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_SPELLING_DISTANCE) {
            return MAX_SPELLING_DISTANCE + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static void rename(SpeakerDraft speaker, String name, String why) {
        speaker.name = name;
        speaker.evidence.add(why);
    }

    private static boolean isLatinWord(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }

    /** {@code Ilya Sutskever} for {@code Ilya}: the first name followed by a capitalised word. */
    static Optional<String> fullName(String first, String article) {
        int at = article.indexOf(first + " ");
        while (at >= 0) {
            int start = at + first.length() + 1;
            int end = start;
            while (end < article.length() && end - start < 30 && Character.isLetter(article.charAt(end))
                    && article.charAt(end) < 128) {
                end++;
            }
            boolean wordBoundaryBefore = at == 0 || !Character.isLetter(article.charAt(at - 1));
            if (wordBoundaryBefore && end > start + 1 && Character.isUpperCase(article.charAt(start))) {
                return Optional.of(first + " " + article.substring(start, end));
            }
            at = article.indexOf(first + " ", at + 1);
        }
        return Optional.empty();
    }

    /** {@code 对话周鸿祎：…} gives 周鸿祎; {@code 汪民安｜再读福柯} gives 汪民安. */
    static Optional<String> nameInTitle(String title) {
        String t = title.strip();
        for (String opener : TITLE_OPENERS) {
            if (t.startsWith(opener)) {
                return leadingName(t.substring(opener.length()));
            }
        }
        int bar = Math.max(t.indexOf('｜'), t.indexOf('|'));
        return bar > 0 ? leadingName(t.substring(0, bar + 1)) : Optional.empty();
    }

    /** A short Han name at the start of {@code text}, ended by punctuation. */
    private static Optional<String> leadingName(String text) {
        int end = 0;
        while (end < text.length() && (Character.isIdeographic(text.charAt(end)) || text.charAt(end) == '·')) {
            end++;
        }
        boolean ended = end == text.length() || "：:，,｜| ".indexOf(text.charAt(end)) >= 0;
        String name = text.substring(0, end);
        return ended && NameShapes.looksLikeName(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * The name before {@code 接受}/{@code 回答} in the lead that the lead repeats most
     * ({@code 负责人张月光接受了…}: 张月光, not 月光).
     */
    static Optional<String> nameBeforeVerb(String lead) {
        String best = null;
        int bestCount = 1;
        for (String verb : ANSWER_VERBS) {
            int at = lead.indexOf(verb);
            while (at >= 0) {
                for (int length = 3; length >= 2; length--) {
                    if (at - length < 0) {
                        continue;
                    }
                    String candidate = lead.substring(at - length, at);
                    int count = occurrences(lead, candidate);
                    // A person's name (a surname first), not any two characters before the verb (容易接受).
                    if (PersonNames.isPersonName(candidate) && (count > bestCount
                            || count == bestCount && best != null && candidate.length() > best.length())) {
                        best = candidate;
                        bestCount = count;
                    }
                }
                at = lead.indexOf(verb, at + verb.length());
            }
        }
        return Optional.ofNullable(best);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** {@code 《三联生活周刊》以11个问题访谈…}: the publication itself asks. */
    static boolean publicationAsks(String lead, String account) {
        String quoted = "《" + account + "》";
        int at = lead.indexOf(quoted);
        if (at < 0) {
            return false;
        }
        String after = lead.substring(at + quoted.length(), Math.min(lead.length(), at + quoted.length() + 12));
        return INTERVIEW_VERBS.stream().anyMatch(after::contains);
    }
}
