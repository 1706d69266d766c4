package dev.interviewkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed truth files are consistent with themselves and with {@code sample.tsv}: these run
 * without the wild corpus, so that a bad truth file fails CI rather than skews a score.
 */
class TruthFilesTest {

    private static final Path SAMPLE = Path.of("sample");

    @Test
    void everyTruthFileBelongsToASampleRowOfItsPartAndNamesItsArticle() throws IOException {
        Map<String, SampleEntry> rows = new java.util.HashMap<>();
        SampleEntry.readAll(SAMPLE.resolve("sample.tsv")).forEach(e -> rows.put(e.id(), e));
        List<Path> files = truthFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String id = file.getFileName().toString().replace(".json", "");
            assertThat(rows).as(file.toString()).containsKey(id);
            SampleEntry row = rows.get(id);
            assertThat(file.getParent().getFileName().toString()).as(file + " part").isEqualTo(row.part());
            Truth truth = Truth.read(file);
            assertThat(truth.id()).as(file + " id").isEqualTo(id);
            assertThat(truth.file()).as(file + " file").isEqualTo(row.path());
        }
    }

    @Test
    void countsAddUpAndSequencesNameOnlySpeakers() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (Path file : truthFiles()) {
            JsonNode root = json.readTree(Files.readString(file));
            Truth truth = Truth.read(file);
            int total = root.path("total_turns").asInt(-1);
            assertThat(truth.totalTurns()).as(file + " turns_per_speaker sum").isEqualTo(total);
            assertThat(truth.interview()).as(file + " is_interview iff turns").isEqualTo(total > 0);
            assertThat(truth.speakers()).as(file + " speakers have turns").allSatisfy(s -> assertThat(s.turns()).isPositive());
            Set<String> labels = new HashSet<>();
            truth.speakers().forEach(s -> labels.add(s.label()));
            assertThat(root.path("turns_per_speaker").propertyNames()).as(file + " counted labels").containsExactlyInAnyOrderElementsOf(labels);
            for (String sequence : List.of("turn_sequence_first10", "turn_sequence_last5")) {
                List<String> named = new ArrayList<>();
                root.path(sequence).forEach(n -> named.add(n.asString()));
                assertThat(labels).as(file + " " + sequence).containsAll(named);
                assertThat(named.size()).as(file + " " + sequence + " length").isEqualTo(Math.min(total, sequence.endsWith("10") ? 10 : 5));
            }
        }
    }

    private static List<Path> truthFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("truth"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
