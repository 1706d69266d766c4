package dev.interviewkit.export.internal.text;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Turn;

/** Whether an interview is told in Chinese or in a Latin-script language, for labels and default titles. */
public final class DocumentLanguage {

    private DocumentLanguage() {}

    /** Whether the turns (or, without turns, the title) hold at least as many Chinese syllables as Latin words. */
    public static boolean isChinese(Interview interview) {
        StringBuilder sample = new StringBuilder();
        for (Turn turn : interview.turns()) {
            sample.append(turn.text()).append(' ');
            if (sample.length() > 20_000) {
                break;
            }
        }
        if (sample.length() == 0) {
            interview.metadata().title().ifPresent(sample::append);
        }
        TextAnalysis text = TextAnalysis.of(SpokenText.of(sample));
        return text.cjkUnits(0, text.length()) >= text.latinWords(0, text.length());
    }
}
