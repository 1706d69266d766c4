package dev.interviewkit.model.testing;

import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Diagnostic;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.ListItem;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.MediaReference;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.model.Note;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.RelatedLink;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The reference article ({@code samples/reference-article.md}) built by hand with the model's
 * builders: its metadata, both participants, the lead, the three highlight groups, the untitled
 * opening section and three titled ones (a few turns each), the source video, the related links,
 * the credit and some of the boilerplate, each with its source lines.
 *
 * <p>Shared through the test-jar: the writers' tests use it as a realistic, fully known input.
 */
public final class ReferenceInterview {

    /** The article's title. */
    public static final String TITLE = "OpenAI o1发布前专访 CEO Sam Altman， 阐释o1模型独特推理能力以及AI广泛应用场景";

    /** The article's original address. */
    public static final String SOURCE_URL = "http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247493182&idx=1"
            + "&sn=d3fb26eca915448eccd6767a9b9a8e48&chksm=c00854dbf77fddcdc9593137548babff3557d147b338e44aed37383af840f"
            + "77fc70bacf62cfe#rd";

    /** The cover image's address. */
    public static final String COVER_IMAGE_URL = "https://mmbiz.qpic.cn/mmbiz_jpg/iaqv2tagPYAiaHhpLdx7gSq0ibSPtYe157lWIoX"
            + "DE1ribcET19WmeLn1Zoc7TUWUX9iaVzIFoYEuaIns7WBqwgRHBFg/300";

    /** The source video, which the interview starts 780 seconds into. */
    public static final String VIDEO_URL = "https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s";

    /** The host's participant id. */
    public static final String HOST = "host";

    /** The guest's participant id. */
    public static final String GUEST = "sam-altman";

    /** The time the article was published, Beijing time. */
    public static final OffsetDateTime PUBLISHED_AT = OffsetDateTime.of(2024, 9, 15, 8, 4, 0, 0, ZoneOffset.ofHours(8));

    private static final String PROGRAMME_URL = "https://www.stlpr.org/show/st-louis-on-the-air";

    private ReferenceInterview() {}

    /** The interview. */
    public static Interview interview() {
        return Interview.builder()
                .metadata(metadata())
                .addParticipant(Participant.builder()
                        .id(HOST)
                        .name("主持人")
                        .role(Role.HOST)
                        .addAlias("主持人")
                        .addRoleEvidence("the label 主持人 is the role word for a host")
                        .build())
                .addParticipant(Participant.builder()
                        .id(GUEST)
                        .name("Sam Altman")
                        .role(Role.GUEST)
                        .addAlias("嘉宾Sam Altman")
                        .addAlias("Sam Altman")
                        .affiliation("OpenAI")
                        .addRoleEvidence("the label 嘉宾Sam Altman starts with the role word 嘉宾")
                        .build())
                .addLead(paragraph(LineRange.of(16, 17),
                        Inline.text("在OpenAI最新版模型o1发布之际，公司联合创始人兼首席执行官Sam Altman回到了他的家乡圣路易斯。"
                                + "Altman在母校John"),
                        Inline.lineBreak(),
                        Inline.text("Burroughs发表演讲，同时接受了圣路易斯公共广播电台节目《"),
                        Inline.emphasis(Inline.text("St. Louis on the Air")),
                        Inline.text("》的采访。")))
                .addLead(paragraph(LineRange.line(19), Inline.text(
                        "o1作为一种能够推理和解决复杂问题的新型AI模型，标志着人工智能领域的一次重大进步。"
                        + "Altman在采访中分享了他对这一技术的看法：\"o1比之前的模型在推理能力上要强大得多。"
                        + "一位学生告诉我，他熬夜使用它，觉得它太聪明了，甚至开始质疑自己在大学应该学习什么。"
                        + "这种反应给我留下了深刻印象。\"")))
                .addLead(paragraph(LineRange.line(23), Inline.text(
                        "在谈到OpenAI的人才招聘时，Altman强调了公司寻找的是那些富有创新精神、创造力，能够长期专注并努力解决问题的人。"
                        + "他还特别提到了乐观态度的重要性，以及对通用人工智能（AGI）的信念和认同公司使命的必要性。")))
                .addLead(Note.builder()
                        .addInline(Inline.text("因本次采访为广播节目，不包含视频画面"))
                        .lines(LineRange.line(53))
                        .build())
                .addHighlight(highlight("ChatGPT的最新版本o1 和功能", 29,
                        point(31, "Altman 谈到了 ChatGPT 的最新版本o1，他特别指出，这个版本不仅仅是增强了语言模型的能力，"
                                + "更多的是让它可以解决复杂问题。"),
                        point(33, "他提到，o1新模型具备强大的推理能力，能够处理复杂的逻辑任务，超越了之前的语言生成功能。"
                                + "Altman对模型的进步感到自豪，并强调了它在实际应用中的潜力。"),
                        point(35, "这个o1新模型可以应用于多种场景，包括企业中的自动化流程、智能助手、以及复杂问题的自动解答，帮助提高生产力。")))
                .addHighlight(highlight("谨慎对待AI炒作", 39,
                        point(41, "尽管Altman对ChatGPT的进步感到兴奋，但他也表示，OpenAI对AI技术的宣传持谨慎态度。"
                                + "他不希望对外过度炒作AI的潜力，而是希望保持理性，客观看待其局限性和挑战。"),
                        point(43, "他强调，虽然AI能够显著改变许多领域，但它仍然需要长期的发展和不断的改进，不能因为短期的热潮而高估其能力。")))
                .addHighlight(highlight("AI技术的未来发展方向", 47,
                        point(49, "Altman 认为未来几年AI将继续高速发展。他预测，AI在未来的几年中将会更加智能化、自动化，成为各个行业的核心技术。"),
                        point(51, "他特别提到，未来AI不仅仅是辅助工具，还将成为许多领域的主导力量，例如自动驾驶、医疗诊断、金融决策等。"
                                + "他认为，这将是一个不断进化的过程，AI会越来越多地参与到复杂的决策和操作中。")))
                .addSection(opening())
                .addSection(highSchool())
                .addSection(programmer())
                .addSection(newParadigm())
                .addMedia(MediaReference.builder()
                        .kind(MediaKind.IMAGE)
                        .url("https://mmbiz.qpic.cn/mmbiz_jpg/iaqv2tagPYAiaHhpLdx7gSq0ibSPtYe157lIv8iaBPaw5krpXiaiaiaBIKIkCADpn"
                                + "cgRLjxOBUUywb4c1pRiaSMqX3IIibg/640?wx_fmt=jpeg&from=appmsg")
                        .lines(LineRange.line(14))
                        .build())
                .addMedia(MediaReference.builder()
                        .kind(MediaKind.VIDEO)
                        .url(VIDEO_URL)
                        .title("原视频链接")
                        .startOffset(Duration.ofSeconds(780))
                        .lines(LineRange.line(298))
                        .build())
                .addRelated(related(LineRange.line(308),
                        "演讲视频：2024年第65届国际奥数大会上，陶哲轩再次表示当前AI进展惊人，智能水平已与人类相当",
                        "https://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247492830&idx=1&sn=72ae1cffdfc56f212d4b5fdbd3b37120"
                                + "&chksm=c008563bf77fdf2db99c1b71f962e897567f2e2380bdde257b06c0715a093e3fdfb6c881d978&scene=21"
                                + "#wechat_redirect"))
                .addRelated(related(LineRange.of(310, 311),
                        "人与机器的智慧对话 - 《自私的基因》作者理查德·道金斯与 \"AI 版理查德\"就基因选择和脑机接口展开思维碰撞",
                        "https://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247492762&idx=1&sn=200e34cc61bc87b77f36d78847760314"
                                + "&chksm=c008567ff77fdf6934a0c8a48c27f404d317bd4c95d96270f80d798d80ee47cfe40e806c34e0&scene=21"
                                + "#wechat_redirect"))
                .addRelated(related(LineRange.of(313, 314),
                        "达特茅斯大学对话OpenAI CTO Mira Murati：她坦言职场会发生重大变化，一些岗位注定消失",
                        "https://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247491298&idx=1&sn=947815c78974fcf7e40215186312a302"
                                + "&chksm=c00bac07f77c25115985b8933b1aded3fc1d0ce6db165a454fab99571039d97c53aae4b781dc&scene=21"
                                + "#wechat_redirect"))
                .addCredit(Credit.builder().text("素材来源官方媒体/网络新闻").lines(LineRange.line(300)).build())
                .addBoilerplate(boilerplate(BoilerplateKind.CALL_TO_ACTION, 10, "（关注公众号并设为🌟标，获取最新人工智能资讯和产品）"))
                .addBoilerplate(boilerplate(BoilerplateKind.STRUCTURE, 27, "专访主要内容"))
                .addBoilerplate(boilerplate(BoilerplateKind.STRUCTURE, 57, "文稿整理"))
                .addBoilerplate(boilerplate(BoilerplateKind.SEPARATOR, 302, "* * *"))
                .addBoilerplate(boilerplate(BoilerplateKind.CALL_TO_ACTION, 304,
                        "对了，喜欢就别忘了点赞、收藏、转发支持一下！期待在评论区听到你的观点和看法!"))
                .addBoilerplate(boilerplate(BoilerplateKind.STRUCTURE, 306, "往期回顾"))
                .addBoilerplate(boilerplate(BoilerplateKind.PROMOTION, 322, "我们旨在将先进科技与创新想法完美融合!"))
                .addBoilerplate(boilerplate(BoilerplateKind.CONTACT, 334, "请联系负责人微信：Milo-1101"))
                .addBoilerplate(boilerplate(BoilerplateKind.END_MARKER, 336, "--END--"))
                .addBoilerplate(boilerplate(BoilerplateKind.COPYRIGHT, 338, "未经许可不得转载，务必保留公众号原文链接和公众号按钮"))
                .addDiagnostic(Diagnostic.builder()
                        .severity(Severity.WARNING)
                        .code(DiagnosticCode.REPAIRED_MARKUP)
                        .line(79)
                        .column(1)
                        .message("broken bold markers around the label 'Sam Altman' were repaired")
                        .build())
                .build();
    }

    private static Metadata metadata() {
        return Metadata.builder()
                .title(TITLE)
                .author("AI深度研究员")
                .publishedAt(PUBLISHED_AT)
                .location("上海")
                .sourceUrl(SOURCE_URL)
                .coverImageUrl(COVER_IMAGE_URL)
                .claimedCharacters(10_000)
                .claimedReadingMinutes(25)
                .addField(HeaderField.of("文章作者", "AI深度研究员"))
                .addField(HeaderField.of("发布时间", "2024-09-15 08:04"))
                .addField(HeaderField.of("发布地", "上海"))
                .addField(HeaderField.of("原文链接", SOURCE_URL))
                .addField(HeaderField.of("封面图链接", COVER_IMAGE_URL))
                .addLine(LineRange.line(1))
                .addLine(LineRange.of(3, 8))
                .addLine(LineRange.line(12))
                .build();
    }

    /** The untitled opening: the host's introduction and the guest's thanks. */
    private static Section opening() {
        return Section.builder()
                .lines(LineRange.of(59, 67))
                .addTurn(Turn.builder()
                        .speaker(HOST)
                        .label("主持人")
                        .addParagraph(paragraph(LineRange.of(59, 63),
                                Inline.text("这里是圣路易斯公共广播电台的节目《"),
                                Inline.link(PROGRAMME_URL, Inline.emphasis(Inline.text("St. Louis on the Air"))),
                                Inline.text("》，我是Elain"),
                                Inline.lineBreak(),
                                Inline.text("Chaw。人工智能正在以深刻的方式改变世界，而推动AI发展的主要力量之一就是Sam Altman。"
                                        + "Sam在圣路易斯长大，并于2003年从John"),
                                Inline.lineBreak(),
                                Inline.text("Burroughs高中毕业。他是OpenAI的联合创始人兼首席执行官，"
                                        + "这家公司推出了能够以类人语言回答问题和提供提示的聊天机器人ChatGPT。"
                                        + "ChatGPT每月拥有数百万活跃用户，著名公司如可口可乐、微软、Slack和Duolingo都在使用它。Sam"),
                                Inline.lineBreak(),
                                Inline.text("Altman今天早上与他的母校学生进行了交流。在接下来的对话中，我们将讨论他的这些互动、"
                                        + "他在圣路易斯的成长经历、人工智能的起源与发展，以及ChatGPT的最新版本。现在，Sam"),
                                Inline.lineBreak(),
                                Inline.text("Altman正在与我们连线。")))
                        .addParagraph(paragraph(LineRange.line(65),
                                Inline.text("欢迎你，"), Inline.strong(Inline.text("Sam Altman")), Inline.text("。")))
                        .lines(LineRange.of(59, 65))
                        .build())
                .addTurn(turn(GUEST, "嘉宾Sam Altman", LineRange.line(67), "非常感谢邀请我。"))
                .build();
    }

    private static Section highSchool() {
        return Section.builder()
                .title("高中生活")
                .lines(LineRange.of(69, 80))
                .addTurn(Turn.builder()
                        .speaker(HOST)
                        .label("主持人")
                        .addParagraph(paragraph(LineRange.of(71, 72),
                                Inline.text("我们稍后会谈谈人工智能，但先从你今天早上在母校的活动开始吧。你在John"),
                                Inline.lineBreak(),
                                Inline.text("Burroughs学校进行了全校大会演讲，随后还与一小群学生进行了互动。"
                                        + "你看起来非常轻松，这一点给我留下了深刻印象，你似乎非常享受这个过程。")))
                        .lines(LineRange.of(71, 72))
                        .build())
                .addTurn(turn(GUEST, "Sam Altman", LineRange.of(74, 75),
                        "我确实很喜欢谈论人工智能，我也很喜欢与学生们讨论AI。令人惊讶的是，年轻人推动了ChatGPT和更广泛的AI技术的采用。"
                        + "我也很喜欢布罗学校，那段时间对我来说非常愉快。虽然我回去的机会不多，但看到我的老教师们，总让我感到很开心。"
                        + "作为学生时，我有很多美好的回忆。"))
                .addTurn(turn(HOST, "主持人", LineRange.line(77),
                        "那你今天和学生的互动中，有没有哪一个问题或者对话让你印象特别深刻？可能是在正式的演讲期间，或者是在舞台上与人拍照的时候？"))
                .addTurn(turn(GUEST, "Sam Altman", LineRange.of(79, 80),
                        "昨天（9月12日）我们刚发布了o1这个新模型，这是一个巨大的进步，比之前的模型在推理能力上要强大得多。"
                        + "一位学生过来告诉我，他昨晚熬夜使用它，觉得它太聪明了。他问我：“这意味着什么？我现在该怎么办？我该在大学里学习什么？”"
                        + "这一点给我留下了深刻印象。"))
                .build();
    }

    private static Section programmer() {
        return Section.builder()
                .title("程序员生涯")
                .lines(LineRange.of(120, 145))
                .addTurn(Turn.builder()
                        .speaker(HOST)
                        .label("主持人")
                        .addParagraph(paragraph(LineRange.of(122, 123),
                                Inline.text("我们稍后会再多聊些关于人工智能的话题。今天早上，你谈到了在John"),
                                Inline.lineBreak(),
                                Inline.text("Burroughs高中计算机实验室的经历，能不能和我们分享一下，当时那个实验室以及你的想法是如何为现在的ChatGPT种下种子的？")))
                        .lines(LineRange.of(122, 123))
                        .build())
                .addTurn(Turn.builder()
                        .speaker(GUEST)
                        .label("Sam Altman")
                        .addParagraph(paragraph(LineRange.of(126, 127),
                                Inline.text("我基本上从我记事起就对计算机感兴趣了。我也是个科幻迷。我上小学时去了克莱顿的Captain学校，那时他们有一些Apple 2"),
                                Inline.lineBreak(),
                                Inline.text("GS电脑，这是很久之前的事了，非常老的电脑。")))
                        .lines(LineRange.of(125, 127))
                        .build())
                .addTurn(turn(HOST, "主持人", LineRange.line(129), "你是怎么开始学编程的呢？"))
                .addTurn(Turn.builder()
                        .speaker(GUEST)
                        .label("Sam Altman")
                        .addParagraph(paragraph(LineRange.of(144, 145),
                                Inline.text("这不是一个具体的回忆，但有一件事我特别喜欢。这种深深扎根于社区的感觉非常美好。"),
                                Inline.lineBreak(),
                                Inline.text("这也是大家常说的事。我觉得这是非常酷的事情。")))
                        .lines(LineRange.of(143, 145))
                        .build())
                .build();
    }

    private static Section newParadigm() {
        return Section.builder()
                .title("o1模型新范式")
                .lines(LineRange.of(163, 170))
                .addTurn(Turn.builder()
                        .speaker(HOST)
                        .label("主持人")
                        .addParagraph(paragraph(LineRange.of(166, 167),
                                Inline.text("这个版本能够在数学和科学领域进行推理，这让John"),
                                Inline.lineBreak(),
                                Inline.text("Burroughs学校的那位学生感到有点困惑。这个新版本到底带来了什么突破？")))
                        .lines(LineRange.of(165, 167))
                        .build())
                .addTurn(turn(GUEST, "Sam Altman", LineRange.of(169, 170),
                        "这里最大的突破是它能够在长时间内解决复杂的问题，尤其是科学或工程问题。我们对结果感到非常惊讶。"))
                .build();
    }

    private static Paragraph paragraph(LineRange lines, Inline... inlines) {
        return Paragraph.builder().addInlines(inlines).lines(lines).build();
    }

    private static Turn turn(String speaker, String label, LineRange lines, String text) {
        return Turn.builder()
                .speaker(speaker)
                .label(label)
                .addParagraph(Paragraph.builder().addInline(Inline.text(text)).lines(lines).build())
                .lines(lines)
                .build();
    }

    private static Highlight highlight(String title, int titleLine, ListItem... points) {
        return Highlight.builder().title(title).addPoints(points).lines(LineRange.line(titleLine)).build();
    }

    private static ListItem point(int line, String text) {
        return ListItem.builder().addInline(Inline.text(text)).lines(LineRange.line(line)).build();
    }

    private static RelatedLink related(LineRange lines, String title, String url) {
        return RelatedLink.builder().title(title).url(url).lines(lines).build();
    }

    private static Boilerplate boilerplate(BoilerplateKind kind, int line, String text) {
        return Boilerplate.builder().kind(kind).text(text).lines(LineRange.line(line)).build();
    }
}
