package dev.interviewkit.export;

import dev.interviewkit.model.Interview;
import java.util.List;
import java.util.Objects;

/**
 * What a subtitle writer writes: an interview's {@link Timeline} and the {@link Cue cues} laid out
 * on it. {@link SrtWriter#subtitles} and {@link WebVttWriter#subtitles} make them with the writer's
 * own timing model and cue splitter; made once, they can be written in both formats, so that the
 * SRT and WebVTT files of one interview hold the same cues.
 *
 * <pre>{@code
 * SrtWriter srt = SrtWriter.builder().cues(CueSplitter.builder().chineseLineWidth(14).build()).build();
 * Subtitles subtitles = srt.subtitles(interview);
 * srt.write(subtitles, srtOut);
 * WebVttWriter.builder().build().write(subtitles, vttOut);   // the same cues, as WebVTT
 * }</pre>
 *
 * @param timeline when each turn is spoken, and how the times were found
 * @param cues the cues, in order, numbered from 1
 */
public record Subtitles(Timeline timeline, List<Cue> cues) {

    /** Checks that both parts are there, and keeps an unmodifiable copy of the cues. */
    public Subtitles {
        Objects.requireNonNull(timeline, "timeline");
        cues = List.copyOf(cues);
    }

    /** The cues {@code splitter} lays out on {@code timeline} for {@code interview}'s turns. */
    public static Subtitles of(Interview interview, Timeline timeline, CueSplitter splitter) {
        return new Subtitles(timeline, splitter.split(interview, timeline));
    }
}
