package dev.interviewkit.export.internal.text;

import java.util.Set;

/**
 * Frequent Chinese words, as data, that a line or cue should not cut in two ({@code 今|天},
 * {@code 人工|智能}, {@code 必|须}). Without a dictionary every place between two characters looks
 * alike; this list of everyday words (time, people, pointing and counting, verbs, linking words,
 * things, qualities, a few idioms and terms) removes the worst cuts in interview speech. A word is
 * only ever a reason not to cut, never a reason to cut, so a word that happens to straddle two real
 * words in some sentence costs a break opportunity there, nothing more. Adding a word is adding a
 * string (of two to four chars; {@link DictionaryWords} finds them in a text).
 */
final class CommonWords {

    static final Set<String> WORDS = Set.of(
            // time
            "今天", "明天", "昨天", "现在", "时候", "时间", "以前", "以后", "后来", "最后", "已经", "正在", "刚刚",
            "一直", "当时", "那时", "曾经", "之前", "之后", "以来", "未来", "过去", "将来", "目前", "最近", "每天",
            "有时", "同时", "马上", "立刻", "终于", "始终", "几年", "年代", "年龄", "小时", "一周", "星期", "早上",
            "晚上", "中午", "下午", "上午",
            // people
            "我们", "你们", "他们", "她们", "它们", "大家", "自己", "别人", "人们", "朋友", "学生", "老师", "孩子",
            "家人", "父母", "爸爸", "妈妈", "人类", "员工", "团队", "用户", "客户", "领导", "同学", "总统", "研究者",
            "研究人员", "工程师", "程序员", "创始人",
            // pointing and counting
            "什么", "怎么", "为什么", "这个", "那个", "这些", "那些", "一个", "一些", "很多", "所有", "每个", "这样",
            "那样", "这种", "那种", "这里", "那里", "哪里", "哪些", "其他", "另外", "其中", "任何", "一切", "整个",
            "各种", "许多", "多少", "怎样", "如何", "一点", "一下", "一起", "一样", "一定", "一般",
            // verbs
            "没有", "可以", "可能", "能够", "需要", "应该", "觉得", "知道", "认为", "希望", "喜欢", "开始", "发现",
            "回来", "必须", "不会", "不能", "不要", "愿意", "打算", "准备", "决定", "选择", "使用", "利用", "改变",
            "提高", "提升", "增加", "减少", "发生", "出现", "存在", "成为", "变成", "进行", "继续", "完成", "实现",
            "解决", "帮助", "支持", "影响", "告诉", "理解", "思考", "学习", "讨论", "分享", "参与", "参加", "创造",
            "创建", "创立", "创业", "开发", "设计", "建立", "建设", "推出", "发布", "管理", "控制", "担心", "感觉",
            "感到", "记得", "相信", "看到", "听到", "想到", "找到", "做到", "达到", "来说", "表示", "包括", "提供",
            "获得", "拥有", "尝试", "生活", "训练", "测试", "运行", "生成", "处理", "竞选", "竞争", "引导", "投资",
            "服务", "意识到", "经过", "无法", "度过", "共同", "重新", "只能",
            // linking words
            "因为", "所以", "但是", "如果", "虽然", "然后", "或者", "而且", "还是", "就是", "不是", "只是", "其实",
            "当然", "以及", "并且", "因此", "于是", "然而", "不过", "甚至", "尤其", "特别", "非常", "真的", "确实",
            "比如", "例如", "可是", "否则", "即使", "尽管", "无论", "不管", "只要", "只有", "除了", "关于", "对于",
            "通过", "根据", "随着", "作为", "为了", "比较", "相对", "完全", "基本", "基本上", "大概", "也许", "或许",
            "总是", "经常", "实际", "实际上", "事实上", "真正", "绝对", "相当", "越来越", "仍然", "依然", "还有",
            "是否", "即将", "几乎", "似乎", "好像", "显然",
            // things
            "问题", "事情", "东西", "世界", "发展", "技术", "工作", "学校", "人工智能", "计算机", "电脑", "编程",
            "模型", "能源", "研究", "科学", "社会", "国家", "美国", "中国", "经济", "市场", "产品", "工具", "系统",
            "方法", "方式", "机会", "能力", "经验", "经历", "过程", "结果", "原因", "方面", "领域", "行业", "环境",
            "文化", "历史", "教育", "医疗", "健康", "安全", "风险", "数据", "信息", "内容", "程序", "软件", "网络",
            "互联网", "芯片", "算法", "机器", "机制", "规则", "标准", "目标", "使命", "价值", "意义", "作用", "效果",
            "效率", "成本", "资源", "基础", "设施", "企业", "组织", "机构", "政府", "城市", "社区", "家庭", "时代",
            "阶段", "部分", "情况", "状态", "条件", "关系", "区别", "变化", "进步", "突破", "创新", "想法", "观点",
            "角度", "感受", "体验", "回忆", "梦想", "兴趣", "视频", "图像", "语言", "文字", "故事", "小说", "电影",
            "音乐", "游戏", "革命", "地位", "白宫", "直播", "繁荣", "科技",
            // qualities
            "重要", "简单", "困难", "容易", "复杂", "清楚", "明确", "有趣", "有用", "强大", "巨大", "快速", "美好",
            "开心", "兴奋", "乐观", "悲观", "糟糕", "严格", "普遍", "广泛", "具体", "主要", "关键", "核心", "特殊",
            "不同", "相同", "正确", "错误", "真实", "虚假",
            // idioms and terms
            "与众不同", "前所未有", "随心所欲", "发人深省", "必不可少", "不可思议", "夸大其词", "轻描淡写",
            "成百上千", "大不相同", "圣路易斯", "强化学习", "机器学习", "深度学习", "神经网络", "数据中心",
            "语言模型",
            // words that start with a particle's character
            "了解", "了不起", "的确", "着急", "地方", "地区", "地球", "地图", "地址", "地点", "地面", "地下", "地铁",
            "得到", "得出");

    /**
     * Particles and suffixes that close the word before them and so never start a line: the
     * structural {@code 的地得}, plural {@code 们}, aspect {@code 了着}, sentence-final
     * {@code 吗呢吧啊嘛呀}. A word of {@link #WORDS} that starts with one of them ({@code 了解},
     * {@code 地方}, {@code 得到}) is still a word.
     */
    static final String BOUND_PARTICLES = "的地得们了着吗呢吧啊嘛呀";

    /**
     * Words of one character that go with the word after them and so never end a line: negations
     * {@code 不没}, degree words {@code 很最更太}, auxiliaries {@code 会能}, the passive {@code 被} and
     * the object marker {@code 把} (Netflix: a break never separates a verb from its auxiliary or
     * negation). A word of {@link #WORDS} that ends with one of them ({@code 社会}, {@code 可能}) is
     * still a word.
     */
    static final String BINDS_NEXT = "不没很最更太会能被把";

    private CommonWords() {}
}
