package dev.interviewkit.parser.internal.speaker;

import dev.interviewkit.parser.internal.assembly.Unit;
import dev.interviewkit.parser.internal.assembly.UnitPass;
import dev.interviewkit.parser.internal.rules.FramingTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A talk transcribed without labels: the lead says {@code 以下是 Ilya Sutskever 的演讲全文：} and
 * the paragraphs after it are that speaker's words, up to the first labelled turn. A last paragraph
 * that names the speaker in the third person ({@code Ilya 回答了几位提问者简短的问题。}) is the
 * editor's narration, not the talk.
 */
public final class SpeechIntroduction implements UnitPass {

    private static final int MAX_INTRODUCTION_LENGTH = 80;

    private final List<SpeakerDraft> speakers;

    /** A pass that looks for an introduction of one of {@code speakers}. */
    public SpeechIntroduction(List<SpeakerDraft> speakers) {
        this.speakers = speakers;
    }

    /** {@code units} with the talk the lead introduces marked as its speaker's, if the lead introduces one. */
    @Override
    public List<Unit> apply(List<Unit> units) {
        int firstTurn = firstTurn(units);
        for (int i = 0; i < firstTurn; i++) {
            Unit unit = units.get(i);
            if (unit.kind() != Unit.Kind.TEXT) {
                continue;
            }
            String text = unit.inlines().plainText().strip();
            Optional<SpeakerDraft> speaker = introducedSpeaker(text, speakers);
            if (speaker.isPresent()) {
                return markSpeech(units, i + 1, firstTurn, speaker.get());
            }
        }
        return units;
    }

    private static int firstTurn(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == Unit.Kind.TURN_START) {
                return i;
            }
        }
        return units.size();
    }

    private static Optional<SpeakerDraft> introducedSpeaker(String text, List<SpeakerDraft> speakers) {
        boolean introduces = text.length() <= MAX_INTRODUCTION_LENGTH && (text.endsWith("：") || text.endsWith(":"))
                && FramingTitles.introducesSpeech(text);
        if (!introduces) {
            return Optional.empty();
        }
        return speakers.stream().filter(s -> mentions(text, s)).findFirst();
    }

    private static boolean mentions(String text, SpeakerDraft speaker) {
        return !speaker.key.startsWith("role:") && (text.contains(speaker.name)
                || speaker.aliases.stream().anyMatch(text::contains));
    }

    private static List<Unit> markSpeech(List<Unit> units, int from, int to, SpeakerDraft speaker) {
        List<Unit> out = new ArrayList<>(units);
        int last = to - 1;
        while (last >= from && units.get(last).kind() == Unit.Kind.TEXT
                && mentions(units.get(last).inlines().plainText(), speaker)) {
            out.set(last, retype(units.get(last), Unit.Kind.NARRATION, Optional.empty()));
            last--;
        }
        for (int i = from; i <= last; i++) {
            if (units.get(i).kind() == Unit.Kind.TEXT) {
                LabelMatch none = new LabelMatch("", "", 0, false, true);
                out.set(i, retype(units.get(i), Unit.Kind.SPEECH, Optional.of(new Unit.Label(none, speaker))));
                speaker.evidence.add("gives the talk the lead introduces before line " + units.get(i).firstLine());
                break;
            }
        }
        return out;
    }

    private static Unit retype(Unit unit, Unit.Kind kind, Optional<Unit.Label> label) {
        return unit.as(kind, label);
    }
}
