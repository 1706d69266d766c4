package dev.interviewkit.export.internal.chapters;

import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.export.internal.text.DocumentLanguage;
import dev.interviewkit.export.internal.text.SpokenText;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Section;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chapters from sections: one for each section that has turns, titled by the section (the untitled
 * opening by the opening title), from its first turn to the next chapter; the first chapter starts
 * at 0, where the media starts.
 */
public final class ChapterList {

    /** A chapter, times in milliseconds. */
    public record Chapter(String title, long start, long end) {

        /** How long the chapter lasts. */
        public long length() {
            return end - start;
        }
    }

    private ChapterList() {}

    /**
     * The chapters of {@code interview}.
     *
     * @param sectionStarts where each section starts, as the timeline says
     * @param end where the last chapter ends
     */
    public static List<Chapter> of(Interview interview, List<Optional<Duration>> sectionStarts, Duration end,
            String openingTitle) {
        List<String> titles = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (int s = 0; s < interview.sections().size(); s++) {
            Section section = interview.sections().get(s);
            if (section.turns().isEmpty() || sectionStarts.get(s).isEmpty()) {
                continue;
            }
            titles.add(SpokenText.of(section.title().orElse(openingTitle)));
            starts.add(starts.isEmpty() ? 0 : Timecodes.millis(sectionStarts.get(s).get()));
        }
        List<Chapter> chapters = new ArrayList<>();
        long last = Timecodes.millis(end);
        for (int k = 0; k < titles.size(); k++) {
            long chapterEnd = k + 1 < starts.size() ? starts.get(k + 1) : Math.max(last, starts.get(k));
            chapters.add(new Chapter(titles.get(k), starts.get(k), chapterEnd));
        }
        return chapters;
    }

    /** The chapters of {@code interview} on {@code timeline}. */
    public static List<Chapter> of(Interview interview, dev.interviewkit.export.Timeline timeline, String openingTitle) {
        List<Optional<Duration>> starts = new ArrayList<>();
        for (int s = 0; s < interview.sections().size(); s++) {
            starts.add(timeline.sectionStart(s));
        }
        return of(interview, starts, timeline.end(), openingTitle);
    }

    /** The opening title to use: {@code explicit} when set, else 开场 or Opening by the language. */
    public static String openingTitle(Optional<String> explicit, Interview interview) {
        return explicit.orElseGet(() -> DocumentLanguage.isChinese(interview) ? "开场" : "Opening");
    }
}
