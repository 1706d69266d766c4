package dev.interviewkit.parser.internal.rules;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Labels that look like speakers but never are, however often they recur: fields, captions,
 * credits, bylines, note markers and key-point titles ({@code **商业合作：**}, {@code **资料来源：**},
 * {@code **摄影：**}, {@code **编者按：**}, {@code **划重点：**}).
 *
 * <p>Most of them are words other tables already hold, read here as labels: the credit and byline
 * words, the editor's-note markers, the key-point titles, the header keys, the contact phrases and
 * the ad-break word. They are derived from those tables, never copied, so that a word added to its
 * own table is at once never a speaker. A role word that is also a byline word ({@code 记者}) names
 * who speaks, and stays a speaker.
 */
public final class NotSpeakers {

    /** Field and caption labels that no other table holds, in lower case. */
    private static final Set<String> OWN_WORDS = Set.of(
            "投稿或其他事宜", "合作", "重点", "精彩观点", "摘要", "导读", "导语", "前言", "引言", "提要", "背景",
            "视频链接", "原视频链接", "参考", "关键是", "提示", "注意", "总结", "电话", "地址", "时间", "地点",
            "summary", "note", "photo", "image", "editor", "references");

    /** Built once: every parse starts from these. */
    private static final Set<String> STANDARD = Stream.of(OWN_WORDS.stream(), Credits.labels(), EditorNotes.labels(),
                    FramingTitles.highlightLabels(), HeaderKeys.labels(), BoilerplateRules.contactLabels(),
                    Stream.of(BoilerplateRules.AD_BREAK_WORD.toLowerCase(Locale.ROOT)))
            .flatMap(words -> words)
            .filter(word -> !RoleWords.standard().isRoleWord(word))
            .collect(Collectors.toUnmodifiableSet());

    private NotSpeakers() {}

    /** The labels that are never speakers, in lower case. */
    public static Set<String> standard() {
        return STANDARD;
    }

    /** These labels and {@code extra} ones (a house style's), all in lower case. */
    public static Set<String> with(Set<String> extra) {
        if (extra.isEmpty()) {
            return STANDARD; // the common case: no copy of the table per parse
        }
        return Stream.concat(STANDARD.stream(), extra.stream().map(label -> label.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
