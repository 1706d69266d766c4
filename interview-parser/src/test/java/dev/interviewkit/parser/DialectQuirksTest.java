package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * One small document per quirk of the other exporters and house styles (issue 4), so that each
 * rule is pinned down apart from the corpus files it was found in.
 */
class DialectQuirksTest {

    /**
     * The archive backup's header, which names the publishing account 看理想: what tells a reader
     * that the label 看理想 is the publication asking (the band members' nicknames name no one a
     * reader could recognise).
     */
    private static final String ARCHIVE_HEADER = "# 五条人\n\n[**返回列表页**](/gzh/看理想)\n\n小懒自动备份，仅供查阅学习\n";

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    private static Interview parse(String... lines) {
        return PARSER.parse(String.join("\n", lines)).interview();
    }

    @Test
    void cuboxHeaderGivesTitleSourceAndAuthor() {
        Interview interview = parse("标题在这里", "=====", "", "[mp.weixin.qq.com](https://mp.weixin.qq.com/s/x)李榜主 AI产品榜",
                "", "**主持人：** 你好？", "", "**嘉宾张三：** 你好。");
        assertThat(interview.metadata().title()).contains("标题在这里");
        assertThat(interview.metadata().sourceUrl()).contains("https://mp.weixin.qq.com/s/x");
        assertThat(interview.metadata().author()).contains("李榜主");
    }

    @Test
    void aDoubledCuboxPublisherIsNamedOnce() {
        Interview interview = parse("标题", "===", "", "[mp.weixin.qq.com](https://mp.weixin.qq.com/s/y)Founder Park Founder Park");
        assertThat(interview.metadata().author()).contains("Founder Park");
    }

    @Test
    void backupBannerNamesTheAccountAndIsNoContent() {
        Interview interview = parse("# 标题", "", "[**返回列表页**](/gzh/三联生活周刊)", "", "小懒自动备份，仅供查阅学习", "",
                "正文第一段。");
        assertThat(interview.metadata().author()).contains("三联生活周刊");
        assertThat(interview.metadata().sourceUrl()).isEmpty();
        assertThat(interview.lead()).extracting(b -> b.text()).containsExactly("正文第一段。");
    }

    @Test
    void yamlFrontMatterFillsTheMetadata() {
        Interview interview = parse("---", "title: 一期播客", "date: '2025-07-07'", "source: https://youtu.be/x",
                "people:", "- Tracy Alloway", "---", "**主持人**: 你好？", "", "**Tracy Alloway**: 你好。");
        assertThat(interview.metadata().title()).contains("一期播客");
        assertThat(interview.metadata().publishedAt()).contains(OffsetDateTime.parse("2025-07-07T00:00+08:00"));
        assertThat(interview.metadata().sourceUrl()).contains("https://youtu.be/x");
        assertThat(interview.metadata().field("people")).contains("Tracy Alloway");
        assertThat(interview.participant("tracy-alloway").orElseThrow().roleEvidence())
                .contains("the front matter lists Tracy Alloway");
    }

    @Test
    void aFrontMatterNameSpeltSlightlyDifferentlyStillConfirmsTheSpeaker() {
        Interview interview = parse("---", "people:", "- Emily Sundberg", "---", "**主持人**: 你好？", "",
                "**Emily Sunberg**: 你好。");
        assertThat(interview.participant("emily-sunberg").orElseThrow().roleEvidence())
                .contains("the front matter lists Emily Sundberg");
    }

    @Test
    void plainRoleWordLabelsStartTurns() {
        Interview interview = parse("问：第一个问题？", "", "答：第一个回答。", "", "问：第二个问题？", "", "答：第二个回答。");
        assertThat(interview.turns()).extracting(Turn::text)
                .containsExactly("第一个问题？", "第一个回答。", "第二个问题？", "第二个回答。");
        assertThat(interview.participant("interviewer").orElseThrow().role()).isEqualTo(Role.INTERVIEWER);
    }

    @Test
    void aPlainNameBeforeTheDialogueIsARosterLineNotATurn() {
        Interview interview = parse("讨论嘉宾：", "", "Amanda Askell：负责对齐微调", "", "**Alex Albert：** 我们开始吧？", "",
                "**Amanda Askell：** 好的。", "", "**Alex Albert：** 那么？", "", "**Amanda Askell：** 是的。");
        assertThat(interview.turns()).hasSize(4);
        assertThat(interview.lead()).extracting(b -> b.text()).contains("Amanda Askell：负责对齐微调");
    }

    @Test
    void aLabelFollowedByANameIsARosterThatNamesTheLetter() {
        Interview interview = parse("**Q：CBS 主持人 Brook Silva-Braga", "**A：Geoffrey Hinton**", "", "**Q：** 您好？", "",
                "**A：** 您好。");
        assertThat(interview.turns()).hasSize(2);
        Participant a = interview.participant("guest").orElseThrow();
        assertThat(a.name()).isEqualTo("Geoffrey Hinton");
        assertThat(a.aliases()).containsExactly("A");
        assertThat(interview.participant("interviewer").orElseThrow().affiliation()).contains("CBS");
        assertThat(interview.boilerplate()).extracting(b -> b.kind()).contains(BoilerplateKind.ROSTER);
    }

    @Test
    void aLabelInTheMiddleOfALineAfterASentenceStartsATurn() {
        Interview interview = parse(ARCHIVE_HEADER, "**看理想** ：大家最近快乐吗？ **阿茂** ：我很快乐。", "", "**看理想** ：真的吗？", "",
                "**阿茂** ：真的。");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("大家最近快乐吗？", "我很快乐。", "真的吗？", "真的。");
    }

    @Test
    void aLabelWrappedAwayFromItsColonStartsATurn() {
        Interview interview = parse(ARCHIVE_HEADER, "**看理想** ：问题一？ **仁科**", "：回答一。", "", "**看理想** ：问题二？", "",
                "**仁科** ：回答二。");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("问题一？", "回答一。", "问题二？", "回答二。");
    }

    @Test
    void aSpaceBetweenTwoBoldRunsInsideCjkTextVanishes() {
        Interview interview = parse("**主持人：** 你好？", "", "**嘉宾张三：** **百** **度相当于黄埔军校。**");
        assertThat(interview.turns().get(1).text()).isEqualTo("百度相当于黄埔军校。");
    }

    @Test
    void aNumberHeadingAndTheHeadingsAfterItFormOneTitle() {
        Interview interview = parse("**01**", "------", "", "**o1 提升了 AI 上限，**", "-----", "", "**带来了新范式**", "-----",
                "", "**主持人：** 你好？", "", "**嘉宾张三：** 你好。");
        assertThat(interview.sections()).extracting(s -> s.title().orElseThrow())
                .containsExactly("o1 提升了 AI 上限，带来了新范式");
    }

    @Test
    void aBoldLineBeforeATurnIsASectionTitleAndAPullQuoteItsSubtitle() {
        Interview interview = parse("**主持人：** 开始？", "", "**嘉宾张三：** 好。", "", "**如何让创新真正发生**", "",
                "**\\>****\"创新往往都是自己产生的\"**", "", "**主持人：** 然后呢？", "", "**嘉宾张三：** 没有了。");
        Section section = interview.sections().get(1);
        assertThat(section.title()).contains("如何让创新真正发生");
        assertThat(section.subtitle()).contains("\"创新往往都是自己产生的\"");
    }

    @Test
    void aTimestampOpeningATurnIsItsStartAndLeavesTheText() {
        Interview interview = parse("**Jon Calhoun:** Hello?", "", "**Rob Pike:** \\[04:22\\] 45 minutes.", "",
                "**Jon Calhoun:** Wow?", "", "**Rob Pike:** Yes.");
        Turn answer = interview.turns().get(1);
        assertThat(answer.start()).contains(Duration.ofSeconds(262));
        assertThat(answer.text()).isEqualTo("45 minutes.");
    }

    @Test
    void anAdBreakMarkerIsNoSpeakerAndEndsTheTurn() {
        Interview interview = parse("**Jon Calhoun:** Hello?", "", "**Rob Pike:** Hi.", "", "**Break:** \\[24:27\\]", "",
                "**Jon Calhoun:** Back again?", "", "**Rob Pike:** Yes.");
        assertThat(interview.participants()).extracting(Participant::name).doesNotContain("Break");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("Hello?", "Hi.", "Back again?", "Yes.");
        assertThat(interview.boilerplate()).extracting(b -> b.kind()).contains(BoilerplateKind.ADVERTISEMENT);
    }

    @Test
    void aDetailsBlockIsTheOriginalTextOfTheTurnAbove() {
        Interview interview = parse("**主持人**: 你好。", "", "<details>", "<summary>View/Hide Original English</summary>",
                "<p class=\"english-text\">Hello.</p>", "</details>", "", "**Emily**: 谢谢？", "", "**主持人**: 不客气。");
        Turn first = interview.turns().get(0);
        assertThat(first.text()).isEqualTo("你好。");
        assertThat(first.originalParagraphs()).extracting(p -> p.text()).containsExactly("Hello.");
        assertThat(interview.turns()).hasSize(3);
    }

    @Test
    void aDetailsBlockWithMarkdownInsideIsOneBlockAndItsLabelNoTurn() {
        // The original text written as Markdown, with its own label and blank lines inside the block:
        // its label must not open a turn of its own, and its paragraphs are the turn's original text.
        Interview interview = parse("**主持人：** 你怎么看？", "", "<details>", "<summary>原文</summary>", "",
                "**Host:** What do you think?", "", "Tell us more.", "", "</details>", "", "**嘉宾：** 我认为会继续。", "",
                "<details>", "<summary>原文</summary>", "", "**Guest**: I think it goes on.", "", "</details>", "",
                "**主持人：** 那数据呢？", "", "**嘉宾：** 还有很多。");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("你怎么看？", "我认为会继续。", "那数据呢？", "还有很多。");
        assertThat(interview.turns().get(0).originalParagraphs()).extracting(p -> p.text())
                .containsExactly("What do you think?", "Tell us more.");
        assertThat(interview.turns().get(1).originalParagraphs()).extracting(p -> p.text())
                .containsExactly("I think it goes on.");
        assertThat(interview.participants()).extracting(Participant::aliases)
                .allSatisfy(aliases -> assertThat(aliases).doesNotContain("Host", "Guest"));
    }

    @Test
    void numberedSpeakersOfASpeechRecognitionTranscriptSpeakInBrackets() {
        Interview interview = parse("# A talk", "", "[Speaker 0] Welcome, and thanks for coming today. What brings you here?", "",
                "\\[Speaker 1\\] Thank you. Scaling has been the story of the last five years.", "",
                "[Speaker 0]: What about data? Are we running out of it?", "",
                "\\[Speaker 1\\] Not quite, there is a lot we have not used well.");
        assertThat(interview.participants()).extracting(Participant::name).containsExactly("Speaker 0", "Speaker 1");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly(
                "Welcome, and thanks for coming today. What brings you here?",
                "Thank you. Scaling has been the story of the last five years.",
                "What about data? Are we running out of it?", "Not quite, there is a lot we have not used well.");
    }

    @Test
    void numberedSpeakersWithAColonSpeakToo() {
        Interview interview = parse("发言人1：大家好，今天我们聊聊模型训练的事情。", "", "发言人2：好的，我先说说数据的问题。", "",
                "发言人1：数据现在够用吗？", "", "发言人2：还远远不够，需要更多高质量的数据。");
        assertThat(interview.participants()).extracting(Participant::name).containsExactly("发言人1", "发言人2");
        assertThat(interview.turns()).hasSize(4);
    }

    @Test
    void numberedSpeakersWithAnUnderscoreSpeakEscapedOrNot() {
        Interview interview = parse("SPEAKER_00: Hello, and thanks for joining the call today.", "",
                "SPEAKER\\_01: Glad to be here, happy to talk about it.", "", "SPEAKER_00: Where did you start?", "",
                "SPEAKER\\_01: I studied physics, then moved to software.");
        assertThat(interview.participants()).extracting(Participant::name).containsExactly("SPEAKER_00", "SPEAKER_01");
        assertThat(interview.turns()).hasSize(4);
    }

    @Test
    void bracketsThatHoldNoNumberedSpeakerAreNoLabel() {
        // A stage direction, a link whose text looks like a speaker, and a time open lines too.
        Interview interview = parse("\\[laughs\\] That was a long time ago, I think.", "",
                "[Speaker 0](https://example.com/speaker) is a page about speakers.", "", "\\[04:22\\] And then we left.", "",
                "\\[laughs\\] Yes, a long time ago, really.");
        assertThat(interview.hasTranscript()).isFalse();
    }

    @Test
    void anUnclosedDetailsBlockStopsAtTheBlankLineAsBefore() {
        Interview interview = parse("**主持人：** 你好？", "", "<details>", "", "**Host:** Hello?", "", "**嘉宾：** 你好。", "",
                "**主持人：** 再见？", "", "**嘉宾：** 再见。");
        assertThat(interview.turns()).extracting(Turn::text).contains("你好？", "你好。", "再见？", "再见。");
    }

    @Test
    void aPictureWithItsCaptionInsideATurnIsMediaNotSpeech() {
        Interview interview = parse("**问：** 你好？", "", "**答：** 第一段。", "", "**![](https://img.example/a.jpg)**福柯和他的猫",
                "", "第二段。", "", "**问：** 再见？", "", "**答：** 再见。");
        assertThat(interview.turns().get(1).text()).isEqualTo("第一段。第二段。");
        assertThat(interview.media()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MediaKind.IMAGE);
            assertThat(m.title()).contains("福柯和他的猫");
        });
    }

    @Test
    void aPublicationLabelIsTheInterviewer() {
        Interview interview = parse("**「暗涌」：** 为什么？", "", "**梁文锋：** 因为。", "", "**「暗涌」：** 然后？", "",
                "**梁文锋：** 没有了。");
        assertThat(interview.participant("暗涌").orElseThrow().role()).isEqualTo(Role.INTERVIEWER);
        assertThat(interview.participant("梁文锋").orElseThrow().role()).isEqualTo(Role.GUEST);
    }

    @Test
    void whoAsksHostsWhenNoLabelSays() {
        Interview interview = parse("**李榜主** ：第一个问题？", "", "**红衣大叔** ：回答。", "", "**李榜主** ：第二个问题？", "",
                "**红衣大叔** ：回答。");
        assertThat(interview.participant("李榜主").orElseThrow().role()).isEqualTo(Role.HOST);
        assertThat(interview.participant("李榜主").orElseThrow().roleEvidence()).singleElement()
                .satisfies(e -> assertThat(e).contains("2 of 2 turns end in a question mark"));
    }

    @Test
    void theTitleNamesTheGuestALabelCallsByNickname() {
        Interview interview = parse("# 对话周鸿祎：别被带沟里去了", "", "**李榜主** ：问题？", "", "**红衣大叔** ：回答。", "",
                "**李榜主** ：问题？", "", "**红衣大叔** ：回答。");
        Participant guest = interview.participant("红衣大叔").orElseThrow();
        assertThat(guest.name()).isEqualTo("周鸿祎");
        assertThat(guest.aliases()).containsExactly("红衣大叔");
    }

    @Test
    void anIntroducedSpeechIsItsSpeakersFirstTurn() {
        Interview interview = parse("以下是 Ilya Sutskever 的演讲全文：  ", "我要感谢大会。  ", "谢谢大家。  ",
                "掌声过后，Ilya 回答了几个问题。  ", "提问：请问？  ", "**Ilya：** 是的。");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("我要感谢大会。谢谢大家。", "请问？", "是的。");
        assertThat(interview.turns().get(0).label()).isEmpty();
        assertThat(interview.participant("ilya").orElseThrow().name()).isEqualTo("Ilya Sutskever");
        assertThat(interview.participant("audience").orElseThrow().role()).isEqualTo(Role.AUDIENCE);
    }

    @Test
    void fieldLabelsInTheFooterAreNoSpeakers() {
        Interview interview = parse(ARCHIVE_HEADER, "**看理想** ：问？", "", "**仁科** ：答。", "", "**看理想** ：问？", "", "**仁科** ：答。", "",
                "![](https://img.example/end.jpg)", "", "**商业合作** ：bd@example.com", "", "**商业合作** ：bd@example.com");
        assertThat(interview.participants()).extracting(Participant::name).containsExactly("看理想", "仁科");
    }

    @Test
    void aBylineWordTwiceInAFooterIsNoSpeaker() {
        Interview interview = parse(ARCHIVE_HEADER, "**看理想** ：问？", "", "**仁科** ：答。", "", "**看理想** ：问？", "",
                "**仁科** ：答。", "", "**摄影：** 张三", "", "**摄影：** 李四");
        assertThat(interview.participants()).extracting(Participant::name).containsExactly("看理想", "仁科");
        assertThat(interview.credits()).extracting(Credit::text).containsExactly("摄影：张三", "摄影：李四");
    }

    @Test
    void aCreditWordThatRecursIsNoSpeaker() {
        Interview interview = parse("# 行业报告", "", "市场规模继续扩大。", "", "**资料来源：** 公司公告", "", "竞争格局趋于稳定。", "",
                "**资料来源：** 行业协会");
        assertThat(interview.participants()).isEmpty();
        assertThat(interview.credits()).extracting(Credit::text).containsExactly("资料来源：公司公告", "资料来源：行业协会");
    }

    @Test
    void aRoleWordThatIsAlsoABylineWordStillSpeaks() {
        Interview interview = parse("**记者：** 你好？", "", "**张三：** 你好。", "", "**记者：** 再见？", "", "**张三：** 再见。");
        assertThat(interview.participant("interviewer").orElseThrow().role()).isEqualTo(Role.INTERVIEWER);
        assertThat(interview.turns()).hasSize(4);
    }

    @Test
    void aSentenceCutByAHeadingIsJoinedBackWithAWarning() {
        Interview interview = parse("**主持人：** 你怎么看？", "", "**嘉宾张三：** 我更倾向于把以前的时代切片", "", "## 时代与佐料", "",
                "当成一种佐料。", "", "**主持人：** 然后？", "", "**嘉宾张三：** 没有了。");
        assertThat(interview.turns().get(1).text()).isEqualTo("我更倾向于把以前的时代切片当成一种佐料。");
        assertThat(interview.sections()).extracting(s -> s.title().orElse("")).containsExactly("", "时代与佐料");
        assertThat(interview.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(dev.interviewkit.model.DiagnosticCode.SENTENCE_SPLIT_BY_HEADING);
            assertThat(d.line()).isEqualTo(7);
        });
    }

    /** Found by the Markdown round trip: a short first turn of a role label was read as a roster line. */
    @Test
    void aShortFirstTurnOfARoleLabelIsNoRoster() {
        Interview interview = parse("**主持人：**开头", "", "下一段。", "", "**嘉宾：**嗯。", "", "**主持人：**好的。");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("开头下一段。", "嗯。", "好的。");
        assertThat(interview.participant("host").orElseThrow().name()).isEqualTo("主持人");
    }

    /** Found by the Markdown round trip: an acronym after a role label is speech, not a name. */
    @Test
    void anAcronymAfterARoleLabelIsSpeech() {
        Interview interview = parse("**记者：** AGI", "", "**嘉宾李四：** 是的。", "", "**记者：** 为什么？");
        assertThat(interview.participant("interviewer").orElseThrow().name()).isEqualTo("记者");
        assertThat(interview.turns()).extracting(Turn::text).containsExactly("AGI", "是的。", "为什么？");
    }

    /** Found by the Markdown round trip: a backslash hard break left its backslash in the text. */
    @Test
    void aBackslashHardBreakLeavesNoBackslash() {
        Interview interview = parse("森林公园\\", "OpenAI");
        assertThat(interview.lead()).extracting(b -> b.text()).containsExactly("森林公园", "OpenAI");
    }

    @Test
    void aWeChatNoticePageInsteadOfAnArticleIsAnError() {
        ParseResult result = PARSER.parse("<!DOCTYPE html>\n<html><body>\n<div class=\"weui-msg\">\n"
                + "        <div class=\"weui-msg__title warn\">该内容已被发布者删除</div>\n</div></body></html>");
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(dev.interviewkit.model.Severity.ERROR);
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).contains("'该内容已被发布者删除'", "no interview");
        });
    }

    @Test
    void aSavedHtmlPageForcedToBeMarkdownIsReadWithAWarningThatItIsNoMarkdown() {
        ParseResult result = InterviewParser.builder().inputFormat(InputFormat.MARKDOWN).build()
                .parse("<!DOCTYPE html>\n<html><body><p>你好</p></body></html>");
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(dev.interviewkit.model.DiagnosticCode.UNSUPPORTED_INPUT);
            assertThat(d.line()).isEqualTo(1);
        });
    }
}
