package dev.interviewkit.export.internal;

import java.util.Set;

/**
 * Frequent Chinese words, as data, that a line or cue should not cut in two ({@code 今|天},
 * {@code 人工|智能}). Without a dictionary every place between two characters looks alike; this short
 * list removes the worst cuts in interview speech. Adding a word is adding a string.
 */
final class CommonWords {

    static final Set<String> WORDS = Set.of(
            "今天", "明天", "昨天", "现在", "时候", "时间", "以前", "以后", "后来", "最后", "已经", "正在", "刚刚", "一直",
            "我们", "你们", "他们", "她们", "它们", "大家", "自己", "别人", "人们", "朋友", "学生", "老师", "孩子", "公司",
            "什么", "怎么", "为什么", "这个", "那个", "这些", "那些", "一个", "一些", "很多", "所有", "每个", "这样", "那样",
            "没有", "可以", "可能", "能够", "需要", "应该", "觉得", "知道", "认为", "希望", "喜欢", "开始", "发现", "回来",
            "因为", "所以", "但是", "如果", "虽然", "然后", "或者", "而且", "还是", "就是", "不是", "只是", "其实", "当然",
            "非常", "真的", "特别", "确实", "比如", "问题", "事情", "东西", "世界", "未来", "发展", "技术", "工作", "学校",
            "人工智能", "圣路易斯", "计算机", "编程", "模型", "能源", "研究", "科学", "社会", "国家", "美国", "中国",
            "了解", "了不起", "的确", "着急", "地方", "地区", "地位", "地球", "地图", "地址", "地点", "地面", "地下", "地铁",
            "得到", "得出");

    /**
     * Particles and suffixes that close the word before them and so never start a line: the
     * structural {@code 的地得}, plural {@code 们}, aspect {@code 了着}, sentence-final
     * {@code 吗呢吧啊嘛呀}. A word of {@link #WORDS} that starts with one of them ({@code 了解},
     * {@code 地方}, {@code 得到}) is still a word.
     */
    static final String BOUND_PARTICLES = "的地得们了着吗呢吧啊嘛呀";

    /** The longest word in {@link #WORDS}. */
    static final int LONGEST = 4;

    private CommonWords() {}
}
