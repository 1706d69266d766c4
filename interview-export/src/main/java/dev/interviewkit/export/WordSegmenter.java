package dev.interviewkit.export;

/**
 * Where a text's words are, and where Unicode line breaking forbids a break: the word knowledge
 * subtitle layout ({@link CueSplitter}) uses when it decides where a line or cue may end.
 *
 * <p>Without a segmenter the layout knows a few hundred everyday Chinese words from a built-in list
 * and treats every other place between two Chinese characters as a possible cut. A segmenter with a
 * dictionary (the {@code interview-icu} module's, backed by ICU4J) reports every word it finds, and
 * the layout then cuts inside one of them only where it would cut inside a Latin word: when a run
 * without any other break is wider than a line.
 *
 * <p>The layout keeps its own rules where they decide: sentence, clause and phrase punctuation and
 * their ranking, quotes and titles, Latin words and numbers, particles that never start a line. What
 * a segmenter reports only forbids breaks that those rules would otherwise allow between two
 * characters (see docs/DESIGN.md, "Timelines without audio").
 *
 * <p><b>Finding one.</b> {@link CueSplitter.Builder#words(WordSegmenter)} sets a segmenter
 * explicitly. Otherwise a {@link CueSplitter} uses the segmenter that {@link java.util.ServiceLoader}
 * finds for this interface (a module {@code provides} it, or a jar lists it in
 * {@code META-INF/services/dev.interviewkit.export.WordSegmenter}), so that adding
 * {@code interview-icu} to an application switches it on without code; when several are installed,
 * the one whose class name sorts first wins, and when none is (or none can be loaded), the built-in
 * list is used.
 *
 * <p>Implementations must be immutable and thread-safe: one instance segments the turns of many
 * writers at once. {@link #segment} must not throw on any text (unpaired surrogates, controls,
 * any script); the layout ignores reports outside the text or of words shorter than two
 * characters, so a faulty segmenter can make cuts worse but never lose text.
 */
public interface WordSegmenter {

    /**
     * Reports the words of {@code text} and the places where a line may not break to {@code out}, in
     * any order, each at most once.
     *
     * @param text the spoken text of one turn, whole, so that a segmenter sees every word in context
     * @param out  receives the findings; valid only during this call
     */
    void segment(String text, Segments out);

    /** What a {@link WordSegmenter} reports about one text. Indices are UTF-16 indices into the text. */
    interface Segments {

        /**
         * A word at {@code [start, end)}: a break strictly inside it costs what a break inside a Latin
         * word costs. Words of one character need not be reported.
         */
        void word(int start, int end);

        /**
         * A place where a line may not break, between the characters at {@code index - 1} and
         * {@code index} (a Unicode line-breaking prohibition, UAX #14, such as a currency sign
         * before its amount or an iteration mark after its character).
         */
        void noBreak(int index);
    }
}
