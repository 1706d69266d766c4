package dev.interviewkit.evaluation;

import dev.interviewkit.parser.InterviewParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses the labelled sample and scores it against its truth files: per part and stratum,
 * detection errors (FP, FN), precision, recall, exact interviews and turn attribution, then one
 * line for each article that is not right.
 */
public final class SampleEvaluation {

    private final InterviewParser parser;
    private final WildCorpus corpus;
    private final Path sampleDir;

    /** An evaluation of the sample in {@code sampleDir} over the articles of {@code corpus}. */
    public SampleEvaluation(InterviewParser parser, WildCorpus corpus, Path sampleDir) {
        this.parser = parser;
        this.corpus = corpus;
        this.sampleDir = sampleDir;
    }

    /** One article's score with the row that drew it. */
    public record Scored(SampleEntry entry, DocumentScore score) {}

    /**
     * Scores every article of the parts named in {@code parts} ({@code dev}, {@code final}) whose
     * truth file exists; entries without one are not yet labelled and are counted apart.
     */
    public List<Scored> score(List<String> parts) throws IOException {
        List<Scored> scored = new ArrayList<>();
        for (SampleEntry entry : SampleEntry.readAll(sampleDir.resolve("sample.tsv"))) {
            Path truthFile = entry.truthFile(sampleDir);
            if (!parts.contains(entry.part()) || !truthFile.toFile().isFile()) {
                continue;
            }
            Truth truth = Truth.read(truthFile);
            byte[] article = corpus.read(entry.path(), entry.sha256());
            scored.add(new Scored(entry, DocumentScore.of(truth, FoundSpeaker.of(
                    parser.parse(new ByteArrayInputStream(article)).interview()))));
        }
        return List.copyOf(scored);
    }

    /** The report: the table per part and stratum, each part's total, then every article not right. */
    public static void report(List<Scored> scored, PrintWriter out) {
        Map<String, Tally> byGroup = new TreeMap<>();
        for (Scored s : scored) {
            for (String key : List.of(s.entry().part() + "\t" + s.entry().stratum(), s.entry().part() + "\tall",
                    "both\t" + s.entry().stratum(), "both\tall")) {
                byGroup.computeIfAbsent(key, k -> new Tally()).add(s.score());
            }
        }
        out.println(Tally.header());
        byGroup.forEach((key, tally) -> {
            String[] parts = key.split("\t");
            out.println(tally.row(parts[0], parts[1]));
        });
        out.println();
        out.println("articles not right (id stratum part: verdict; truth and found participants with turn counts):");
        for (Scored s : scored) {
            DocumentScore score = s.score();
            if (!score.right()) {
                String verdict = score.truth().interview() != score.foundInterview()
                        ? (score.foundInterview() ? "FALSE INTERVIEW" : "MISSED INTERVIEW") : "inexact";
                out.println(s.entry().id() + " " + s.entry().stratum() + " " + s.entry().part() + ": " + verdict + "; "
                        + score.describe() + "  " + s.entry().path());
            }
        }
    }
}
