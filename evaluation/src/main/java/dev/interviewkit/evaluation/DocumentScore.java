package dev.interviewkit.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One article scored by the rules of {@code LABELLING.md} ("How we score").
 *
 * <ul>
 *   <li>The parser reads an article as an interview when it gives at least one turn.</li>
 *   <li>Participants are matched through their names and aliases, white space and letter case
 *       ignored; a found participant matches at most one truth participant.</li>
 *   <li>The error is the sum over truth participants of |turns found − truth turns|, plus the
 *       turns given to found participants that match nobody. It is computed on the turns as found
 *       and with consecutive turns of one speaker merged, and the smaller is kept, unless the
 *       parser found more turns than the truth has (a split turn is never forgiven).</li>
 *   <li>The article is exact when the error is 0; its attribution error is the error, at most
 *       the truth's turn count (so that one article's score is floored at 0).</li>
 * </ul>
 *
 * @param truth what the reader found
 * @param found what the parser found
 * @param error the kept error, in turns
 */
public record DocumentScore(Truth truth, List<FoundSpeaker> found, int error) {

    /** Scores what the parser {@code found} against the {@code truth}. */
    public static DocumentScore of(Truth truth, List<FoundSpeaker> found) {
        int foundTurns = found.stream().mapToInt(FoundSpeaker::turns).sum();
        int asFound = error(truth, found, false);
        int error = foundTurns > truth.totalTurns() ? asFound : Math.min(asFound, error(truth, found, true));
        return new DocumentScore(truth, found, error);
    }

    /** Whether the parser read the article as an interview. */
    public boolean foundInterview() {
        return !found.isEmpty();
    }

    /** Whether the article is an interview and every participant and turn count came out right. */
    public boolean exact() {
        return truth.interview() && foundInterview() && error == 0;
    }

    /** This article's share of the attribution error: the error, at most the truth's turns. */
    public int attributionError() {
        return Math.min(error, truth.totalTurns());
    }

    /** Whether the verdict and, for interviews, every count are right. */
    public boolean right() {
        return truth.interview() ? exact() : !foundInterview();
    }

    /** One line that says what differs: truth participants with their counts, then what was found. */
    public String describe() {
        String truthSide = truth.speakers().stream().map(s -> s.label() + "×" + s.turns()).collect(Collectors.joining(", "));
        String foundSide = found.stream()
                .map(f -> String.join("/", f.forms()) + "×" + f.turns() + (f.mergedTurns() != f.turns() ? "(" + f.mergedTurns() + ")" : ""))
                .collect(Collectors.joining(", "));
        return "truth [" + truthSide + "] found [" + foundSide + "] error " + error;
    }

    private static int error(Truth truth, List<FoundSpeaker> found, boolean merged) {
        boolean[] taken = new boolean[found.size()];
        int error = 0;
        for (Truth.Speaker speaker : truth.speakers()) {
            int match = match(speaker, found, taken);
            int turns = match < 0 ? 0 : count(found.get(match), merged);
            error += Math.abs(turns - speaker.turns());
        }
        for (int i = 0; i < found.size(); i++) {
            if (!taken[i]) {
                error += count(found.get(i), merged);
            }
        }
        return error;
    }

    /** The first found participant not yet taken that shares a form with {@code speaker}; -1 if none. */
    private static int match(Truth.Speaker speaker, List<FoundSpeaker> found, boolean[] taken) {
        Set<String> forms = speaker.aliases().stream().map(DocumentScore::normalise).collect(Collectors.toSet());
        for (int i = 0; i < found.size(); i++) {
            if (!taken[i] && found.get(i).forms().stream().map(DocumentScore::normalise).anyMatch(forms::contains)) {
                taken[i] = true;
                return i;
            }
        }
        return -1;
    }

    private static int count(FoundSpeaker speaker, boolean merged) {
        return merged ? speaker.mergedTurns() : speaker.turns();
    }

    static String normalise(String form) {
        StringBuilder s = new StringBuilder(form.length());
        form.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(s::appendCodePoint);
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
