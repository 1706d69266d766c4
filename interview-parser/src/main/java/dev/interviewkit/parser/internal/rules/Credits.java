package dev.interviewkit.parser.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who made what and where the material comes from, as data: source credits ({@code 素材来源…},
 * {@code 资料来源：…}) and bylines ({@code 文｜于丽丽}, {@code 编辑｜刘旌}, {@code 摄影：张三}).
 */
public final class Credits {

    /** Openings of a line that says where the material comes from. */
    private static final List<String> CREDIT_OPENERS = List.of("素材来源", "资料来源", "内容来源", "图片来源", "信息来源",
            "头图来源", "题图来源", "封面来源", "图源",
            "来源：", "来源:", "参考资料", "参考来源", "参考内容", "本文来源", "文章来源", "Source:", "Sources:");
    /** Who made what: {@code 文｜于丽丽}, {@code 编辑｜刘旌}, {@code 排版｜杜梦}. */
    private static final List<String> BYLINE_ROLES = List.of("文", "作者", "撰文", "采写", "编辑", "责编", "责任编辑", "采访",
            "整理", "翻译", "编译", "校对", "排版", "审核", "摄影", "图", "图片", "视觉", "设计", "出品", "策划", "监制",
            "主编", "记者", "口述");
    /** Credits and bylines are short: a longer text is content whatever its opening. */
    private static final int MAX_CREDIT_LENGTH = 120;

    private Credits() {}

    /** Whether {@code text} is a credit or a byline. */
    public static boolean isCredit(String text) {
        String t = stripDecoration(text.strip());
        return t.length() <= MAX_CREDIT_LENGTH && (opensWithCredit(t) || isByline(t));
    }

    /** Whether {@code t} opens with a credit's opening: a loop, as every short paragraph is asked. */
    private static boolean opensWithCredit(String t) {
        for (String opener : CREDIT_OPENERS) {
            if (t.startsWith(opener)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The credit openings and byline roles as the labels they make ({@code **资料来源：**},
     * {@code **摄影：**}): without a colon, in lower case.
     */
    static Stream<String> labels() {
        return Stream.concat(CREDIT_OPENERS.stream(), BYLINE_ROLES.stream())
                .map(word -> LabelCharacters.withoutColon(word).toLowerCase(Locale.ROOT));
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
}
