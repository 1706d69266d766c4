package dev.interviewkit.export.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.export.Cue;
import dev.interviewkit.export.CueSplitter;
import dev.interviewkit.export.TimingModel;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Turn;
import java.util.ArrayList;
import java.util.List;

/** The cues a splitter makes of each turn, read back against the turn's text. */
public final class TurnCues {

    private TurnCues() {}

    /** The cues of each turn, joined, are the turn's words; no cue holds words of two turns. */
    public static void assertSpellTurns(Interview interview, CueSplitter splitter) {
        List<Cue> cues = splitter.split(interview, TimingModel.standard().estimate(interview));
        int c = 0;
        for (Turn turn : interview.turns()) {
            String text = SpokenTexts.fold(turn.text());
            List<String> texts = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            while (!text.isEmpty() && !SpokenTexts.spell(text, texts)) {
                assertThat(c).as("cues for turn '%s' (so far %s)", text, texts).isLessThan(cues.size());
                Cue cue = cues.get(c++);
                assertThat(cue.speaker()).isEqualTo(turn.speaker());
                texts.add(cue.text());
                lines.addAll(cue.lines());
            }
            assertThat(SpokenTexts.spell(text, texts)).as("turn '%s' from cues %s", text, texts).isTrue();
            assertThat(SpokenTexts.spell(text, lines)).as("turn '%s' from lines %s", text, lines).isTrue();
        }
        assertThat(c).isEqualTo(cues.size());
    }
}
