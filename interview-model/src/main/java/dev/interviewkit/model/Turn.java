package dev.interviewkit.model;

import dev.interviewkit.model.internal.InlineText;
import dev.interviewkit.model.internal.TextJoiner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One speaker's turn: who speaks, and what they say, paragraph by paragraph, until the next label
 * or heading.
 */
@Value.Immutable
@ModelStyle
public abstract class Turn {

    Turn() {}

    /** The {@link Participant#id() id} of the speaker. */
    public abstract String speaker();

    /** The label exactly as the source wrote it, cleaned of markup ({@code 嘉宾Sam Altman}). */
    public abstract Optional<String> label();

    /** What the speaker says, in order; at least one paragraph has text. */
    public abstract List<Paragraph> paragraphs();

    /**
     * The same words in the original language, where the source gives them beside a translation
     * (a {@code <details>} block under the turn, for example).
     */
    public abstract List<Paragraph> originalParagraphs();

    /** When the turn starts in the recording, where the source says (such as {@code [04:22]}). */
    public abstract Optional<Duration> start();

    /** When the turn ends in the recording, where the source says. */
    public abstract Optional<Duration> end();

    /** Where the turn stands in the source, label included. */
    public abstract Optional<LineRange> lines();

    /** The turn's plain text: the paragraphs' texts joined as wrapped lines are. */
    @Value.Lazy
    public String text() {
        if (paragraphs().size() == 1) {
            return paragraphs().get(0).text(); // one paragraph: nothing to join
        }
        TextJoiner joiner = new TextJoiner();
        for (Paragraph paragraph : paragraphs()) {
            joiner.breakLine().append(paragraph.text());
        }
        return joiner.toString();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Turn}. */
    public static final class Builder extends ImmutableTurn.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Checks.requireNotBlank(speaker(), "turn speaker");
        // Neither the text nor the message is built unless the check fails, and a loop asks, not a
        // stream: a parse builds many turns.
        if (!hasText(paragraphs())) {
            Checks.require(false, "a turn of '%s'%s must have text", speaker(), lines().map(r -> " at " + r).orElse(""));
        }
        start().ifPresent(s -> Checks.require(!s.isNegative(), "turn start %s is negative", s));
        Checks.require(paragraphs().get(0).start().isEmpty(),
                "the first paragraph of a turn of '%s' has no start of its own: its time is the turn's start", speaker());
        end().ifPresent(e -> Checks.require(start().map(s -> e.compareTo(s) >= 0).orElse(!e.isNegative()),
                "turn end %s is before its start %s", e, start().orElse(Duration.ZERO)));
    }

    /** Whether some paragraph's plain text is not blank, answered without building the texts. */
    private static boolean hasText(List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            if (!InlineText.isBlank(paragraph.inlines())) {
                return true;
            }
        }
        return false;
    }
}
