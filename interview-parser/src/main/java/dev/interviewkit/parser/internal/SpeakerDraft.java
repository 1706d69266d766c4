package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    SpeakerDraft(String key, String name) {
        this.key = key;
        this.name = name;
    }

    void assignRole(Role newRole, String why) {
        role = newRole;
        evidence.add(why);
    }

    Participant toParticipant() {
        return Participant.builder()
                .id(id)
                .name(name)
                .role(role)
                .addAllAliases(aliases)
                .addAllRoleEvidence(evidence)
                .build();
    }
}
