package dev.interviewkit.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the labelled sample, a row of {@code evaluation/sample/sample.tsv}.
 *
 * @param id the sample id, also the truth file's name
 * @param part {@code dev} (used while building) or {@code final} (scored only at the end)
 * @param stratum the stratum it was drawn from ({@code A}, {@code B}, {@code C}; see draw_sample.py)
 * @param sha256 the article's SHA-256, so that another version of the archive is noticed
 * @param path the article's path in the wild corpus
 */
public record SampleEntry(String id, String part, String stratum, String sha256, String path) {

    /** The rows of a {@code sample.tsv}, in order; comment and header lines are skipped. */
    public static List<SampleEntry> readAll(Path tsv) throws IOException {
        List<SampleEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IOException(tsv + ": expected 5 tab-separated cells, got " + cells.length + ": " + line);
            }
            entries.add(new SampleEntry(cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        return List.copyOf(entries);
    }

    /** Where this entry's truth file is, under the sample folder. */
    public Path truthFile(Path sampleDir) {
        return sampleDir.resolve("truth").resolve(part).resolve(id + ".json");
    }
}
