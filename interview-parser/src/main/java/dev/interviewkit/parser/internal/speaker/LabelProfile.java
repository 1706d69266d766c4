package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.rules.RoleWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the document shows about one label (all its forms that name the same speaker, such as
 * {@code 嘉宾Sam Altman} and {@code Sam Altman}): where it stands, what follows it, what it looks
 * like, and what the rest of the article says of it.
 */
final class LabelProfile {

    final String key;
    final String label;
    final RoleWords.Parsed parsed;
    final List<LabelOccurrence> occurrences = new ArrayList<>();
    boolean declared;
    boolean neverSpeaker;
    boolean person;
    boolean fullName;
    /** A transcription's numbered speaker ({@code Speaker 0}): someone whose name the transcript does not give. */
    boolean numberedSpeaker;
    boolean narration;
    int glued;
    /** What was found out about the label while its profile was built, for its evidence. */
    final List<String> notes = new ArrayList<>();
    boolean publication;
    boolean enumerated;
    boolean mentioned;
    /** Whether the title holds the label, whatever it looks like ({@code 孙悟空谈取真经} holds 悟空). */
    boolean inTitle;

    LabelProfile(String key, String label, RoleWords.Parsed parsed) {
        this.key = key;
        this.label = label;
        this.parsed = parsed;
    }

    boolean isRoleWord() {
        return parsed.roleWord().isPresent();
    }

    /** Whether the label names who speaks: a role, a person, a publication, or someone the article names. */
    boolean namesSomeone() {
        return isRoleWord() || person || publication || mentioned || declared || inTitle || numberedSpeaker;
    }

    /**
     * Whether the label names someone beyond doubt, as a label seen once must: a role, a
     * publication, a declared speaker, or a full name (a Chinese name, a transliteration, a first
     * and last name in Latin letters). A single capitalised word ({@code WebEx}) or a name-shaped
     * word ({@code 景点}) is not enough alone.
     */
    boolean surelyNamesSomeone() {
        return isRoleWord() || publication || declared || fullName || numberedSpeaker;
    }

    long speechCount() {
        return occurrences.stream().filter(o -> o.following().isSpeech()).count();
    }

    long shortCount() {
        return occurrences.stream().filter(o -> o.following().kind() == FollowingText.Kind.SHORT).count();
    }

    long besideImageCount() {
        return occurrences.stream().filter(LabelOccurrence::besideImage).count();
    }
}
