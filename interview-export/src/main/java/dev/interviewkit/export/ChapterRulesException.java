package dev.interviewkit.export;

import java.util.List;

/**
 * The interview's sections cannot make a chapter list that follows the rules of the format, such as
 * YouTube's (at least three chapters, each at least ten seconds long). The writer writes nothing
 * rather than a list the platform would reject; {@link #problems()} says what is wrong.
 */
public final class ChapterRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, one sentence each. */
    private final List<String> problems;

    ChapterRulesException(String format, List<String> problems) {
        super(format + " chapters cannot be written: " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
