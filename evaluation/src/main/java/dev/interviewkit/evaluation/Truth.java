package dev.interviewkit.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reader found in one article: a truth file of {@code evaluation/sample/truth/}, in the
 * shape of {@code LABELLING.md}. Only the fields that scoring reads are kept here.
 *
 * @param id the sample id ({@code A001})
 * @param file the article's path in the wild corpus
 * @param interview whether the article holds a transcript
 * @param speakers who speaks, each with every label form that names them and their turn count
 */
public record Truth(String id, String file, boolean interview, List<Speaker> speakers) {

    /**
     * One speaker of the truth.
     *
     * @param label the form the article uses most
     * @param aliases every form, the label included
     * @param role the role the reader gave
     * @param turns how many labelled paragraphs are theirs
     */
    public record Speaker(String label, Set<String> aliases, String role, int turns) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The truth's total number of turns. */
    public int totalTurns() {
        return speakers.stream().mapToInt(Speaker::turns).sum();
    }

    /** Reads a truth file; a malformed one is an {@link IOException} naming the file. */
    public static Truth read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new IOException(file + ": not JSON: " + e.getOriginalMessage(), e);
        }
        Map<String, Integer> turns = new LinkedHashMap<>();
        root.path("turns_per_speaker").properties().forEach(e -> turns.put(e.getKey(), e.getValue().asInt()));
        List<Speaker> speakers = new ArrayList<>();
        for (JsonNode speaker : root.path("speakers")) {
            String label = speaker.path("label").asString();
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(label);
            speaker.path("aliases").forEach(a -> aliases.add(a.asString()));
            if (!turns.containsKey(label)) {
                throw new IOException(file + ": speaker '" + label + "' has no entry in turns_per_speaker");
            }
            speakers.add(new Speaker(label, Set.copyOf(aliases), speaker.path("role").asString("unknown"), turns.get(label)));
        }
        if (!root.path("is_interview").isBoolean()) {
            throw new IOException(file + ": is_interview must be true or false");
        }
        return new Truth(root.path("id").asString(), root.path("file").asString(), root.path("is_interview").asBoolean(),
                List.copyOf(speakers));
    }
}
