package dev.interviewkit.parser.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Titles and lines that frame a part of the article rather than say something, as data: what
 * introduces the transcript ({@code 文稿整理}) or a talk ({@code 以下是…的演讲全文：}), the related
 * articles ({@code 往期回顾}) or the key points ({@code 划重点}).
 */
public final class FramingTitles {

    /** Headings and lines that introduce the transcript rather than title a topic. */
    private static final List<String> TRANSCRIPT_INTRODUCERS = List.of("文稿整理", "访谈实录", "对话实录", "采访实录",
            "访谈全文", "对话全文", "以下为访谈", "以下是访谈", "以下为对话", "以下是对话", "以下为采访", "以下是采访",
            "全文如下", "Transcript", "Full transcript");
    /** What a lead says before a talk transcribed without labels, in lower case. */
    private static final List<String> SPEECH_INTRODUCERS = List.of("演讲全文", "演讲实录", "讲话全文", "演讲内容",
            "发言全文", "发言实录", "full talk", "full speech", "talk transcript");
    /** Headings that introduce the related-article list. */
    private static final List<String> RELATED_INTRODUCERS = List.of("往期回顾", "往期推荐", "推荐阅读", "相关阅读",
            "延伸阅读", "大家都在看", "热门文章", "精选文章", "Related", "Read more");
    /** Titles that introduce the key points. */
    private static final List<String> HIGHLIGHT_INTRODUCERS = List.of("主要内容", "要点", "划重点", "核心观点", "精华",
            "亮点", "内容概要", "Key points", "Highlights", "TL;DR");
    /** Titles are short: longer texts are sentences. */
    private static final int MAX_TITLE_LENGTH = 30;

    private FramingTitles() {}

    /** Whether {@code text} is a short title that introduces the transcript ({@code 文稿整理}). */
    public static boolean introducesTranscript(String text) {
        return isShortTitle(text) && TRANSCRIPT_INTRODUCERS.stream().anyMatch(text::contains);
    }

    /** Whether {@code text} names a talk that the paragraphs after it transcribe ({@code 演讲全文}). */
    public static boolean introducesSpeech(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SPEECH_INTRODUCERS.stream().anyMatch(lower::contains);
    }

    /** Whether {@code text} is a short title that introduces related articles ({@code 往期回顾}). */
    public static boolean introducesRelated(String text) {
        return isShortTitle(text) && RELATED_INTRODUCERS.stream().anyMatch(text::contains);
    }

    /** Whether {@code text} is a short title that introduces the key points ({@code 划重点}). */
    public static boolean introducesHighlights(String text) {
        return isShortTitle(text) && HIGHLIGHT_INTRODUCERS.stream().anyMatch(text::contains);
    }

    /** The key-point titles as the labels they make ({@code **划重点：**}), in lower case. */
    static Stream<String> highlightLabels() {
        return HIGHLIGHT_INTRODUCERS.stream().map(title -> title.toLowerCase(Locale.ROOT));
    }

    /** A title, not a sentence: short, no sentence punctuation inside. */
    public static boolean isShortTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > MAX_TITLE_LENGTH) {
            return false;
        }
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '，' || c == '！' || c == '？' || c == '；') {
                return false;
            }
        }
        return true;
    }
}
