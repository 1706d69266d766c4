package dev.interviewkit.export.internal.text;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Turn;

/** Whether an interview is told in Chinese or in a Latin-script language, for labels and default titles. */
public final class DocumentLanguage {

    /** Turns are sampled until their text passes this many chars: enough to tell, at any length. */
    private static final int SAMPLE_CHARS = 20_000;

    private DocumentLanguage() {}

    /** Whether the turns (or, without turns, the title) hold at least as many Chinese syllables as Latin words. */
    public static boolean isChinese(Interview interview) {
        // Counted turn by turn: a turn ends at a space in the sample they make together, and no
        // syllable or word is counted across a space, so the totals are the sample's. Only the
        // totals are asked for, so no TextAnalysis (a table for every span) is built.
        SpeechUnits.Totals totals = new SpeechUnits.Totals(0, 0);
        long sampled = 0;
        for (Turn turn : interview.turns()) {
            String text = turn.text();
            totals = totals.plus(SpeechUnits.of(SpokenText.of(text)));
            sampled += text.length() + 1;
            if (sampled > SAMPLE_CHARS) {
                break;
            }
        }
        if (interview.turns().isEmpty()) {
            totals = SpeechUnits.of(SpokenText.of(interview.metadata().title().orElse("")));
        }
        return totals.syllables() >= totals.words();
    }
}
