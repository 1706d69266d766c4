package dev.interviewkit.evaluation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces, article by article, every caption, source, credit, field and list lead-in word that
 * stands as a label at a line start ({@code 资料来源：}, {@code **摄影：**}, {@code 图表3：}) by a
 * made-up word that no table of the parser can know: random Chinese characters, as many as the
 * word has, the same within one article and different between articles.
 *
 * <p>A speaker decision that rests on behaviour finds the same interviews in the renamed corpus as
 * in the original; one that rests on word tables finds more (issue 9). The words below are this
 * experiment's definition of "caption word", not a rule of the parser. Role words that also name
 * speakers ({@code 记者}, {@code 主持人}) are left alone: renaming them tests something else.
 */
public final class LabelRenamer {

    /** Caption and source labels, credits and bylines, event fields, and list lead-ins. */
    static final List<String> WORDS = List.of(
            "资料来源", "数据来源", "图片来源", "素材来源", "来源", "出处", "图表", "图片", "图源", "图", "表", "注释", "注", "备注",
            "说明", "参考资料", "参考文献", "参考", "摄影", "供图", "视觉设计", "设计", "策展人", "出品方", "出品人", "出品",
            "活动统筹", "统筹", "策划", "监制", "编辑", "责编", "责任编辑", "作者", "撰文", "文", "排版", "校对", "审核", "美编",
            "插画", "剪辑", "运营", "翻译", "编译", "整理", "推荐阅读", "往期阅读", "延伸阅读", "相关阅读", "往期推荐",
            "风险提示", "关键词", "提示", "比如", "例如", "譬如", "举例", "时间", "地点", "日期", "地址", "电话", "邮箱", "微信");

    /** The candidate pattern of LABELLING.md: a line that starts like a label. */
    static final Pattern CANDIDATE = Pattern.compile(
            "^\\s*(?:\\*\\*|__)?\\s*[「【\\[]?([^：:*\\n\\[\\]()（）]{1,14}?)[」】\\]]?\\s*(?:\\*\\*)?\\s*[：:]\\s*(?:\\*\\*)?");

    /** Longest first, so that 资料来源 is replaced whole rather than its 来源. */
    private static final List<String> LONGEST_FIRST =
            WORDS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private final long seed;

    /** A renamer whose made-up words depend on {@code seed} and the article's path only. */
    public LabelRenamer(long seed) {
        this.seed = seed;
    }

    /** {@code text} with its caption words renamed; {@code path} makes the words differ between articles. */
    public String rename(String path, String text) {
        SplittableRandom random = new SplittableRandom(seed ^ path.hashCode() * 0x9E3779B97F4A7C15L);
        Map<String, String> madeUp = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = CANDIDATE.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String label = m.group(1);
            for (String word : LONGEST_FIRST) {
                if (label.strip().startsWith(word)) {
                    int at = m.start(1) + label.indexOf(word);
                    String replacement = madeUp.computeIfAbsent(word, w -> madeUpWord(w.length(), random));
                    lines[i] = lines[i].substring(0, at) + replacement + lines[i].substring(at + word.length());
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Random characters of the common CJK block; a word of them means nothing to anyone. */
    private static String madeUpWord(int length, SplittableRandom random) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) random.nextInt(0x4E00, 0x9FA6));
        }
        return word.toString();
    }
}
