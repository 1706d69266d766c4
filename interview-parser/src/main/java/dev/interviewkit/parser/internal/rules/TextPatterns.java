package dev.interviewkit.parser.internal.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Short texts with a known shape: editor's notes ({@code （注：…）}), source credits
 * ({@code 素材来源…}), the length claim ({@code 全文约10,000 字，阅读约需25分钟}) and titles that
 * only frame a part of the article ({@code 往期回顾}, {@code 文稿整理}). The phrases are data.
 */
public final class TextPatterns {

    private static final List<String> NOTE_OPENERS = List.of("（注：", "（注:", "(注：", "(注:", "注：", "注:",
            "编辑补充：", "编辑补充:", "〔",
            "编者注：", "编者注:", "编者按：", "编者按:", "（编者注：", "（编者按：", "【编者按】", "Editor's note:");
    private static final List<String> CREDIT_OPENERS = List.of("素材来源", "资料来源", "内容来源", "图片来源", "信息来源",
            "头图来源", "题图来源", "封面来源", "图源",
            "来源：", "来源:", "参考资料", "参考来源", "参考内容", "本文来源", "文章来源", "Source:", "Sources:");
    /** Headings and lines that introduce the transcript rather than title a topic. */
    private static final List<String> TRANSCRIPT_INTRODUCERS = List.of("文稿整理", "访谈实录", "对话实录", "采访实录",
            "访谈全文", "对话全文", "以下为访谈", "以下是访谈", "以下为对话", "以下是对话", "以下为采访", "以下是采访",
            "全文如下", "Transcript", "Full transcript");
    /** Headings that introduce the related-article list. */
    private static final List<String> RELATED_INTRODUCERS = List.of("往期回顾", "往期推荐", "推荐阅读", "相关阅读",
            "延伸阅读", "大家都在看", "热门文章", "精选文章", "Related", "Read more");
    /** Titles that introduce the key points. */
    private static final List<String> HIGHLIGHT_INTRODUCERS = List.of("主要内容", "要点", "划重点", "核心观点", "精华",
            "亮点", "内容概要", "Key points", "Highlights", "TL;DR");

    private TextPatterns() {}

    /** The words of an editor's note, without its brackets and marker. */
    public static Optional<String> noteText(String text) {
        String t = text.strip();
        for (String opener : NOTE_OPENERS) {
            if (t.startsWith(opener)) {
                String inner = t.substring(opener.length());
                if (opener.startsWith("（") && inner.endsWith("）") || opener.startsWith("(") && inner.endsWith(")")
                        || opener.startsWith("〔") && inner.endsWith("〕")) {
                    inner = inner.substring(0, inner.length() - 1);
                }
                inner = inner.strip();
                return inner.isEmpty() ? Optional.empty() : Optional.of(inner);
            }
        }
        return Optional.empty();
    }

    /** Who made what: {@code 文｜于丽丽}, {@code 编辑｜刘旌}, {@code 排版｜杜梦}. */
    private static final List<String> BYLINE_ROLES = List.of("文", "作者", "撰文", "采写", "编辑", "责编", "责任编辑", "采访",
            "整理", "翻译", "编译", "校对", "排版", "审核", "摄影", "图", "图片", "视觉", "设计", "出品", "策划", "监制",
            "主编", "记者", "口述");

    public static boolean isCredit(String text) {
        String t = stripDecoration(text.strip());
        return t.length() <= 120 && (CREDIT_OPENERS.stream().anyMatch(t::startsWith) || isByline(t));
    }

    /** Marks set before a credit: {@code *头图来源}, {@code ▲图源}, {@code ——}. */
    private static String stripDecoration(String t) {
        int i = 0;
        while (i < t.length() && "*·—-▲△※•●#".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return t.substring(i).strip();
    }

    private static boolean isByline(String t) {
        for (String role : BYLINE_ROLES) {
            if (t.startsWith(role)) {
                String rest = t.substring(role.length()).stripLeading();
                if (!rest.isEmpty() && "|｜:：丨/".indexOf(rest.charAt(0)) >= 0 && rest.length() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean introducesTranscript(String text) {
        return isShortTitle(text) && TRANSCRIPT_INTRODUCERS.stream().anyMatch(text::contains);
    }

    public static boolean introducesRelated(String text) {
        return isShortTitle(text) && RELATED_INTRODUCERS.stream().anyMatch(text::contains);
    }

    public static boolean introducesHighlights(String text) {
        return isShortTitle(text) && HIGHLIGHT_INTRODUCERS.stream().anyMatch(text::contains);
    }

    /** A title, not a sentence: short, no sentence punctuation inside. */
    public static boolean isShortTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > 30) {
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

    /** The claimed length in characters and reading time in minutes, when {@code text} states them. */
    public static Optional<int[]> lengthClaim(String text) {
        String t = text.strip();
        if (t.length() > 60 || !t.contains("字") || !(t.startsWith("全文") || t.startsWith("本文"))) {
            return Optional.empty();
        }
        OptionalInt characters = numberBefore(t, t.indexOf('字'), true);
        int minutesAt = t.indexOf("分钟");
        OptionalInt minutes = minutesAt > 0 ? numberBefore(t, minutesAt, false) : OptionalInt.empty();
        if (characters.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {characters.getAsInt(), minutes.orElse(-1)});
    }

    /** The number just before {@code end} ({@code 10,000}, {@code 1.2万}), spaces allowed between. */
    private static OptionalInt numberBefore(String t, int end, boolean allowWan) {
        int i = end - 1;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        double multiplier = 1;
        if (allowWan && i >= 0 && t.charAt(i) == '万') {
            multiplier = 10_000;
            i--;
        }
        int stop = i;
        while (i >= 0 && (Character.isDigit(t.charAt(i)) && t.charAt(i) < 128 || t.charAt(i) == ',' || t.charAt(i) == '.')) {
            i--;
        }
        String digits = t.substring(i + 1, stop + 1).replace(",", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of((int) Math.round(Double.parseDouble(digits) * multiplier));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }
}
