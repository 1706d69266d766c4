package dev.interviewkit.evaluation;

import java.util.Locale;

/**
 * The scores of a set of articles added up: detection counts, exact interviews and attribution.
 * Mutable while a report is built; read with the accessors.
 */
final class Tally {

    private int documents;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int exact;
    private int truthTurns;
    private int attributionErrors;

    void add(DocumentScore score) {
        documents++;
        boolean truth = score.truth().interview();
        boolean found = score.foundInterview();
        if (truth && found) {
            truePositives++;
        } else if (found) {
            falsePositives++;
        } else if (truth) {
            falseNegatives++;
        }
        if (truth) {
            truthTurns += score.truth().totalTurns();
            attributionErrors += score.attributionError();
            if (score.exact()) {
                exact++;
            }
        }
    }

    int documents() {
        return documents;
    }

    int interviews() {
        return truePositives + falseNegatives;
    }

    int falsePositives() {
        return falsePositives;
    }

    int falseNegatives() {
        return falseNegatives;
    }

    int exact() {
        return exact;
    }

    /** Precision of "is an interview"; 1 when nothing was found (no false claim was made). */
    double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** Recall of "is an interview"; 1 when there was nothing to find. */
    double recall() {
        return interviews() == 0 ? 1.0 : (double) truePositives / interviews();
    }

    /** Turn attribution: 1 − attribution errors / truth turns; 1 when there were no turns. */
    double attribution() {
        return truthTurns == 0 ? 1.0 : 1.0 - (double) attributionErrors / truthTurns;
    }

    /** One row of the report's table. */
    String row(String part, String stratum) {
        return String.format(Locale.ROOT, "%-6s %-8s %5d %6d %4d %4d %9.3f %6.3f %5d/%-5d %11.3f  (%d of %d turns)",
                part, stratum, documents, interviews(), falsePositives, falseNegatives, precision(), recall(), exact,
                interviews(), attribution(), truthTurns - attributionErrors, truthTurns);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-6s %-8s %5s %6s %4s %4s %9s %6s %11s %11s", "part", "stratum", "docs",
                "interv", "FP", "FN", "precision", "recall", "exact", "attribution");
    }
}
