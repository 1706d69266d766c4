package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.internal.rules.LabelCharacters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Learns about participants from what they say once the turns are known: a host labelled only by
 * a role word who introduces herself ({@code 我是Elain Chaw}) gets that name, and a participant no
 * label gives a role gets one from behaviour (who asks the questions). Each conclusion is recorded
 * as evidence.
 */
public final class ParticipantRefiner {

    private ParticipantRefiner() {}

    /** Learns names and roles from the turns of {@code sections}; {@code account} is the publishing account. */
    public static void refine(List<SpeakerDraft> speakers, List<Section> sections, Optional<String> account) {
        Map<String, SpeakerDraft> byId = new HashMap<>();
        speakers.forEach(s -> byId.put(s.id, s));
        Map<String, int[]> turnsAndQuestions = new HashMap<>();
        for (Section section : sections) {
            for (Turn turn : section.turns()) {
                int[] counts = turnsAndQuestions.computeIfAbsent(turn.speaker(), k -> new int[2]);
                counts[0]++;
                char last = lastVisibleCharacter(turn);
                if (last == '？' || last == '?') {
                    counts[1]++;
                }
                SpeakerDraft speaker = byId.get(turn.speaker());
                if (speaker != null && speaker.role == Role.UNKNOWN && !speaker.key.startsWith("role:")
                        && introducesOwnName(turn.text(), speaker.name)) {
                    speaker.assignRole(Role.HOST, "introduces themself by name, as a host does (line "
                            + turn.lines().map(r -> String.valueOf(r.start())).orElse("?") + ")");
                }
                if (speaker != null && speaker.aliases.contains(speaker.name) && speaker.key.startsWith("role:")) {
                    selfIntroduction(turn.text()).ifPresent(name -> {
                        speaker.evidence.add("introduces themself as " + name + " (line "
                                + turn.lines().map(r -> String.valueOf(r.start())).orElse("?") + ")");
                        speaker.name = name;
                    });
                }
            }
        }
        rolesFromIntroductions(speakers, sections);
        inferRolesFromBehaviour(speakers, turnsAndQuestions, account);
    }

    /**
     * The turn's last character that is no white space, or a space when it has none: read from its
     * paragraphs, so that counting questions joins no text.
     */
    private static char lastVisibleCharacter(Turn turn) {
        for (int p = turn.paragraphs().size() - 1; p >= 0; p--) {
            String text = turn.paragraphs().get(p).text();
            for (int i = text.length() - 1; i >= 0; i--) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return text.charAt(i);
                }
            }
        }
        return ' ';
    }

    /** How many opening turns are searched for introductions of hosts and guests. */
    private static final int INTRODUCTION_TURNS = 6;

    /**
     * Roles the show states: an opening sentence that names participants beside the word host
     * ({@code Your hosts today are Carmen Andoh … as well as Jon Calhoun}) or guest
     * ({@code our two guests today are Rob Pike and Robert Griesemer}).
     */
    private static void rolesFromIntroductions(List<SpeakerDraft> speakers, List<Section> sections) {
        List<Turn> opening = sections.stream().flatMap(s -> s.turns().stream()).limit(INTRODUCTION_TURNS).toList();
        for (Turn turn : opening) {
            for (String sentence : sentences(turn.text())) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                boolean host = lower.contains("host") || sentence.contains("主持人");
                boolean guest = lower.contains("guest") || sentence.contains("嘉宾");
                if (host == guest) {
                    continue;
                }
                for (SpeakerDraft speaker : speakers) {
                    if (speaker.role == Role.UNKNOWN && !speaker.key.startsWith("role:") && sentence.contains(speaker.name)) {
                        speaker.assignRole(host ? Role.HOST : Role.GUEST, "introduced as a " + (host ? "host" : "guest")
                                + " (line " + turn.lines().map(r -> String.valueOf(r.start())).orElse("?") + "): "
                                + sentence.strip());
                    }
                }
            }
        }
    }

    /**
     * {@code text} cut after each {@code . ! ? 。 ！ ？}, as {@code split("(?<=[.!?。！？])")} cuts it
     * (no empty piece at the end), without compiling a pattern for every turn.
     */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？') {
                sentences.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length() || text.isEmpty()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    private static boolean introducesOwnName(String text, String name) {
        return text.contains("我是" + name) || text.contains("I'm " + name) || text.contains("I am " + name);
    }

    /** The Latin name after {@code 我是} ({@code 我是Elain Chaw。}), if the text has one. */
    static Optional<String> selfIntroduction(String text) {
        int at = text.indexOf("我是");
        while (at >= 0) {
            int i = at + 2;
            if (text.startsWith("主持人", i)) {
                i += 3;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            int words = 0;
            while (i < text.length() && isUpperLatin(text.charAt(i)) && words < 4) {
                int wordEnd = i + 1;
                while (wordEnd < text.length() && isLatinNamePart(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                words++;
                i = wordEnd;
                if (i + 1 < text.length() && text.charAt(i) == ' ' && isUpperLatin(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            boolean ends = i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
            if (words >= 2 && ends) {
                return Optional.of(text.substring(start, i).strip());
            }
            at = text.indexOf("我是", at + 2);
        }
        return Optional.empty();
    }

    private static boolean isUpperLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLatinNamePart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '-';
    }

    /**
     * Roles from behaviour, for participants no label gave one. Those who ask (at least two turns,
     * at least half of them questions) host, or interview when the label names a publication
     * ({@code 「暗涌」}, or the publishing account itself); the others answer, as guests.
     */
    private static void inferRolesFromBehaviour(List<SpeakerDraft> speakers, Map<String, int[]> counts,
            Optional<String> account) {
        if (speakers.stream().noneMatch(s -> s.role == Role.UNKNOWN)) {
            return;
        }
        for (SpeakerDraft speaker : speakers) {
            Optional<String> publication = publication(speaker, account);
            if (speaker.role == Role.UNKNOWN && publication.isPresent()) {
                speaker.assignRole(Role.INTERVIEWER, publication.get() + ": the publication asks");
            }
        }
        boolean askerByLabel = speakers.stream().anyMatch(s -> s.role == Role.HOST || s.role == Role.INTERVIEWER
                || s.role == Role.MODERATOR || s.role == Role.AUDIENCE);
        List<SpeakerDraft> askers = askerByLabel ? List.of() : speakers.stream()
                .filter(s -> s.role == Role.UNKNOWN && asks(counts.getOrDefault(s.id, new int[2])))
                .toList();
        if (askers.size() < speakers.size()) {
            for (SpeakerDraft asker : askers) {
                int[] c = counts.get(asker.id);
                asker.assignRole(Role.HOST, String.format(Locale.ROOT,
                        "asks the questions: %d of %d turns end in a question mark", c[1], c[0]));
            }
        }
        boolean someoneAsks = askerByLabel || !askers.isEmpty() && askers.size() < speakers.size();
        for (SpeakerDraft speaker : speakers) {
            int[] c = counts.getOrDefault(speaker.id, new int[2]);
            if (speaker.role == Role.UNKNOWN && someoneAsks && c[0] > 0) {
                speaker.assignRole(Role.GUEST, String.format(Locale.ROOT,
                        "answers the questions: %d of %d turns end in a question mark", c[1], c[0]));
            }
        }
    }

    private static boolean asks(int[] turnsAndQuestions) {
        return turnsAndQuestions[1] >= 2 && turnsAndQuestions[1] * 2 >= turnsAndQuestions[0];
    }

    /** Why the label names a publication rather than a person, if it does. */
    private static Optional<String> publication(SpeakerDraft speaker, Optional<String> account) {
        for (String alias : speaker.aliases) {
            if (LabelCharacters.isBracketed(alias)) {
                return Optional.of("the label " + alias + " names a publication");
            }
            if (account.isPresent() && account.get().strip().equals(alias.strip())) {
                return Optional.of("the label " + alias + " is the publishing account");
            }
        }
        return Optional.empty();
    }
}
