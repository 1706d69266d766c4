package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import dev.interviewkit.parser.internal.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Participants a YAML front matter declares ({@code participants:} with {@code id}, {@code name},
 * {@code role}, {@code aliases}, {@code affiliation}, {@code evidence}), as canonical Markdown
 * writes them and as a user may write them by hand.
 *
 * <p>A declaration is what the author says about who speaks, so it wins over what the parser would
 * infer: a turn whose label is one of a participant's aliases (or their name) is theirs, and the
 * participant is exactly as declared. Labels no declaration covers are resolved as in any article.
 */
public final class DeclaredParticipants {

    /** One declared participant; {@code evidence} is empty when the declaration gives none. */
    record Declared(String id, String name, Role role, List<String> aliases, Optional<String> affiliation,
            Optional<List<String>> evidence, int line) {}

    private final List<Declared> declared;
    /** Who each label names: aliases first, then names, the first declaration winning. */
    private final Map<String, Declared> byLabel = new HashMap<>();

    private DeclaredParticipants(List<Declared> declared) {
        this.declared = List.copyOf(declared);
        declared.forEach(d -> d.aliases().forEach(alias -> byLabel.putIfAbsent(alias, d)));
        declared.forEach(d -> byLabel.putIfAbsent(d.name(), d));
    }

    /** No declarations: every label is resolved as in any article. */
    public static final DeclaredParticipants NONE = new DeclaredParticipants(List.of());

    /**
     * Reads the {@code participants:} list; entries without a name are reported and left out (their
     * lines stay in the header's source lines).
     */
    public static DeclaredParticipants read(JsonNode list, int line, Diagnostics diagnostics) {
        List<Declared> declared = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode entry : list.values()) {
            String name = scalar(entry.get("name")).strip();
            if (!entry.isObject() || name.isEmpty()) {
                diagnostics.warning(DiagnosticCode.INVALID_HEADER_VALUE, line, 1,
                        "a participant in the front matter has no name; it is not declared");
                continue;
            }
            String id = scalar(entry.get("id")).strip();
            if (id.isEmpty() || id.codePoints().anyMatch(Character::isWhitespace)) {
                id = SpeakerResolver.slug(name);
            }
            String unique = id;
            for (int n = 2; !ids.add(unique); n++) {
                unique = id + "-" + n;
            }
            declared.add(new Declared(unique, name, role(entry.get("role"), line, diagnostics),
                    strings(entry.get("aliases")), Optional.of(scalar(entry.get("affiliation"))).filter(a -> !a.isBlank()),
                    entry.has("evidence") ? Optional.of(strings(entry.get("evidence"))) : Optional.empty(), line));
        }
        return new DeclaredParticipants(declared);
    }

    /** Whether {@code label} names a declared participant: such a label opens a turn wherever it starts a paragraph. */
    public boolean declares(String label) {
        return byLabel.containsKey(label);
    }

    /** Whether the front matter declares no participant. */
    public boolean isEmpty() {
        return declared.isEmpty();
    }

    /** The interview's participants and sections once the declarations are applied. */
    public record Applied(List<Participant> participants, List<Section> sections) {}

    /**
     * Gives each turn whose label a declaration names to that participant; the participants are the
     * declared ones, in their order, then the inferred speakers that still have turns (renamed where
     * their id is a declared one).
     */
    public Applied apply(List<SpeakerDraft> inferred, List<Section> sections) {
        if (declared.isEmpty()) {
            return new Applied(inferred.stream().map(SpeakerDraft::toParticipant).toList(), sections);
        }
        Set<String> taken = new java.util.HashSet<>();
        declared.forEach(d -> taken.add(d.id()));
        Map<String, String> inferredIds = new HashMap<>();
        for (SpeakerDraft draft : inferred) {
            String id = draft.id;
            for (int n = 2; taken.contains(id); n++) {
                id = draft.id + "-" + n;
            }
            taken.add(id);
            inferredIds.put(draft.id, id);
        }
        Map<String, Set<String>> labelsUsed = new LinkedHashMap<>();
        List<Section> applied = new ArrayList<>(sections.size());
        for (Section section : sections) {
            List<Turn> turns = new ArrayList<>(section.turns().size());
            for (Turn turn : section.turns()) {
                Declared owner = turn.label().map(byLabel::get).orElse(null);
                String id = owner != null ? owner.id() : inferredIds.getOrDefault(turn.speaker(), turn.speaker());
                turn.label().ifPresent(label -> labelsUsed.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(label));
                turns.add(id.equals(turn.speaker()) ? turn : Turn.builder().from(turn).speaker(id).build());
            }
            applied.add(Section.builder().from(section).turns(turns).build());
        }
        List<Participant> participants = new ArrayList<>();
        for (Declared d : declared) {
            Set<String> aliases = new LinkedHashSet<>(d.aliases());
            aliases.addAll(labelsUsed.getOrDefault(d.id(), Set.of()));
            participants.add(Participant.builder().id(d.id()).name(d.name()).role(d.role()).aliases(aliases)
                    .affiliation(d.affiliation())
                    .roleEvidence(d.evidence().orElse(List.of("the front matter declares " + d.name() + " as "
                            + d.role().name().toLowerCase(Locale.ROOT) + " (line " + d.line() + ")")))
                    .build());
        }
        for (SpeakerDraft draft : inferred) {
            String id = inferredIds.get(draft.id);
            if (labelsUsed.containsKey(id)) {
                draft.id = id;
                participants.add(draft.toParticipant());
            }
        }
        return new Applied(participants, applied);
    }

    private static Role role(JsonNode node, int line, Diagnostics diagnostics) {
        String role = scalar(node).strip();
        if (role.isEmpty()) {
            return Role.UNKNOWN;
        }
        for (Role candidate : Role.values()) {
            if (candidate.name().equalsIgnoreCase(role)) {
                return candidate;
            }
        }
        diagnostics.warning(DiagnosticCode.INVALID_HEADER_VALUE, line, 1, "'" + role
                + "' is no role this parser knows (host, guest, interviewer, moderator, narrator, audience, unknown)");
        return Role.UNKNOWN;
    }

    private static String scalar(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? "" : node.asString();
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || !node.isArray()) {
            String single = scalar(node);
            return single.isBlank() ? List.of() : List.of(single);
        }
        List<String> values = new ArrayList<>();
        node.values().forEach(v -> {
            if (v.isValueNode()) {
                values.add(v.asString());
            }
        });
        return values;
    }
}
