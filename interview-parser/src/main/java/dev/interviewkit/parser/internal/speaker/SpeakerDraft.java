package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.parser.internal.rules.RoleWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A participant while the parse still learns about them: labels, role, evidence. */
public final class SpeakerDraft {

    final String key;
    String id;
    String name;
    Role role = Role.UNKNOWN;
    boolean roleFromLabel;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<String> evidence = new ArrayList<>();
    Optional<String> affiliation = Optional.empty();

    SpeakerDraft(String key, String name) {
        this.key = key;
        this.name = name;
    }

    /** The participant id, once the resolver has assigned ids. */
    public String id() {
        return id;
    }

    /** The name as the parse knows it so far. */
    public String name() {
        return name;
    }

    void assignRole(Role newRole, String why) {
        role = newRole;
        evidence.add(why);
    }

    /**
     * Takes the name a roster line gives ({@code A：Geoffrey Hinton}); what the line says besides
     * the name, role words aside, is the affiliation ({@code CBS 主持人} gives {@code CBS}).
     */
    public void readRoster(String rosterText, int line, RoleWords roleWords) {
        String rosterName = RosterLines.rosterName(rosterText);
        if (rosterName.isEmpty()) {
            return;
        }
        evidence.add("roster line " + line + " names " + name + " as " + rosterText);
        name = rosterName;
        StringBuilder rest = new StringBuilder();
        for (String word : RosterLines.description(rosterText).split("\\s+")) {
            if (!word.isBlank() && roleWords.parse(word).roleWord().isEmpty()) {
                rest.append(rest.length() > 0 ? " " : "").append(word);
            }
        }
        if (rest.length() > 0) {
            affiliation = Optional.of(rest.toString());
        }
    }

    Participant toParticipant() {
        return Participant.builder()
                .id(id)
                .name(name)
                .role(role)
                .addAllAliases(aliases)
                .addAllRoleEvidence(evidence)
                .affiliation(affiliation)
                .build();
    }
}
