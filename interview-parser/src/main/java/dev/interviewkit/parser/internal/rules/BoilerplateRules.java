package dev.interviewkit.parser.internal.rules;

import dev.interviewkit.model.BoilerplateKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which short texts are boilerplate, and of what kind, as data: a row is a kind and the phrases
 * that mark it. Rows are tried in order; the first that matches wins.
 */
public final class BoilerplateRules {

    /** Longer texts are content whatever words they use. */
    static final int MAX_BOILERPLATE_LENGTH = 200;

    /** One rule: texts holding any of {@code phrases} are boilerplate of {@code kind}. */
    public record Rule(BoilerplateKind kind, List<String> phrases) {}

    private final List<Rule> rules;
    /** The rules' phrases, one group a rule, in order: every paragraph is classified, so in one pass. */
    private final PhraseIndex phrases;

    public BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.phrases = new PhraseIndex(this.rules.stream().map(Rule::phrases).toList());
    }

    /** {@code first}, tried before these rules. */
    public BoilerplateRules withFirst(List<Rule> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<Rule> all = new java.util.ArrayList<>(first);
        all.addAll(rules);
        return new BoilerplateRules(all);
    }

    /**
     * The word of a podcast's ad-break marker, {@code Break: [24:27]}: such a paragraph is an
     * advertisement, and the label is no speaker.
     */
    public static final String AD_BREAK_WORD = "Break";

    /** The rules for WeChat articles and the exporters that save them. */
    public static BoilerplateRules standard() {
        return STANDARD;
    }

    /** Built once: the tables are immutable and every parse starts from them. */
    private static final BoilerplateRules STANDARD = new BoilerplateRules(List.of(
                new Rule(BoilerplateKind.NAVIGATION, List.of("返回列表页", "跳转到", "查看原文", "上一篇", "下一篇", "阅读原文")),
                new Rule(BoilerplateKind.ACCOUNT_CARD, List.of("篇原创内容", "微信扫一扫关注", "关注该公众号")),
                new Rule(BoilerplateKind.COPYRIGHT, List.of("转载", "版权", "侵权", "未经许可", "未经授权", "著作权",
                        "all rights reserved", "copyright")),
                new Rule(BoilerplateKind.CONTACT, List.of("微信：", "微信:", "微信号", "联系", "邮箱", "商务合作", "商业合作",
                        "投稿", "品牌方", "合作请", "e-mail", "email")),
                new Rule(BoilerplateKind.CALL_TO_ACTION, List.of("点赞", "在看", "转发", "收藏", "关注公众号", "关注我们",
                        "设为星标", "星标", "设为🌟标", "评论区", "留言", "分享给", "扫码", "长按", "点击", "订阅")),
                new Rule(BoilerplateKind.ADVERTISEMENT, List.of("广告", "赞助", "推广", "报名", "优惠", "限时", "购买",
                        "课程"))));

    /** The contact phrases of the standard rules as the labels they make ({@code **商业合作：**}), in lower case. */
    static Stream<String> contactLabels() {
        return STANDARD.rules.stream()
                .filter(rule -> rule.kind() == BoilerplateKind.CONTACT)
                .flatMap(rule -> rule.phrases().stream())
                .map(phrase -> LabelCharacters.withoutColon(phrase).toLowerCase(Locale.ROOT));
    }

    /**
     * Phrases no one says in an interview: where they stand inside the transcript, the paragraph is
     * the account interrupting the speech (an ad, an account card, a reader prompt).
     */
    private static final List<String> INTERRUPTIONS = List.of("篇原创内容", "后台回复", "回复关键词", "关注公众号",
            "点击关注", "扫码关注", "长按识别", "阅读原文", "设为星标", "点击上图", "一键下单", "点击图片");
    private static final PhraseIndex INTERRUPTION_INDEX = new PhraseIndex(List.of(INTERRUPTIONS));

    /** The kind of boilerplate a paragraph inside the transcript is, if it interrupts the speech. */
    public Optional<BoilerplateKind> interruption(String text) {
        String t = text.strip();
        if (t.length() > MAX_BOILERPLATE_LENGTH || INTERRUPTION_INDEX.firstGroup(t) < 0) {
            return Optional.empty();
        }
        return Optional.of(classify(t).orElse(BoilerplateKind.CALL_TO_ACTION));
    }

    /** The kind of boilerplate {@code text} is, if it is short enough to be any. */
    public Optional<BoilerplateKind> classify(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_BOILERPLATE_LENGTH) {
            return Optional.empty();
        }
        if (isEndMarker(t)) {
            return Optional.of(BoilerplateKind.END_MARKER);
        }
        if (t.equals("公众号")) {
            return Optional.of(BoilerplateKind.ACCOUNT_CARD);
        }
        int rule = phrases.firstGroup(lowerCase(t));
        return rule < 0 ? Optional.empty() : Optional.of(rules.get(rule).kind());
    }

    /**
     * {@code text} in lower case. Every paragraph is asked and most are Chinese, which has no case:
     * look for a character that may have one before paying for {@link String#toLowerCase}.
     */
    private static String lowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean caseless = c < 'A' || c > 'Z' && c < 0x80 || c >= 0x3000 && c < 0xA000;
            if (!caseless) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }

    /** The most characters an end word has ({@code theend}), before lower-casing. */
    private static final int LONGEST_END_WORD = 6;

    /** {@code --END--}, {@code © THE END}, {@code —完—}: only an end word between dashes and marks. */
    static boolean isEndMarker(String text) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                letters.appendCodePoint(cp);
                if (letters.length() > LONGEST_END_WORD) {
                    return false; // every paragraph is asked: stop once it holds more than an end word
                }
            }
        }
        String word = letters.toString().toLowerCase(Locale.ROOT);
        return word.equals("end") || word.equals("theend") || word.equals("完") || word.equals("全文完")
                || word.equals("本文完");
    }
}
