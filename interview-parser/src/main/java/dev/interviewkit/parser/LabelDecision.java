package dev.interviewkit.parser;

import java.util.List;
import java.util.Objects;

/**
 * Why a label was or was not taken as a speaker: the speaker model's verdict on one label (all its
 * forms that name the same speaker), with the evidence a careful reader would weigh. A report has
 * dozens of captions and credits; they are here, not in the diagnostics.
 *
 * @param label the label as the document first writes it
 * @param forms every form of it the document uses ({@code 嘉宾Sam Altman}, {@code Sam Altman})
 * @param speaker whether it opens turns
 * @param occurrences how often it stands like a label
 * @param turns how many turns it opens
 * @param firstLine the line where it first stands
 * @param evidence the reasons, one a line
 */
public record LabelDecision(String label, List<String> forms, boolean speaker, int occurrences, int turns, int firstLine,
        List<String> evidence) {

    /** A decision; the lists are copied. */
    public LabelDecision {
        Objects.requireNonNull(label, "label");
        forms = List.copyOf(forms);
        evidence = List.copyOf(evidence);
    }
}
