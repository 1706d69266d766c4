package dev.interviewkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each splitting rule of docs/DESIGN.md, "Timelines without audio", one example each. */
class CueSplitterTest {

    private static final CueSplitter PLAIN = CueSplitter.builder().speakerLabels(false).build();

    static Interview interview(String... turns) {
        Interview.Builder interview = Interview.builder()
                .addParticipant(Participant.builder().id("host").name("主持人").role(Role.HOST).build())
                .addParticipant(Participant.builder().id("guest").name("Sam Altman").role(Role.GUEST).build());
        Section.Builder section = Section.builder();
        for (int i = 0; i < turns.length; i++) {
            section.addTurn(Turn.builder().speaker(i % 2 == 0 ? "host" : "guest").addParagraph(Paragraph.of(turns[i])).build());
        }
        return interview.addSection(section.build()).build();
    }

    static List<Cue> cues(CueSplitter splitter, String... turns) {
        Interview interview = interview(turns);
        return splitter.split(interview, TimingModel.standard().estimate(interview));
    }

    static List<String> texts(CueSplitter splitter, String... turns) {
        return cues(splitter, turns).stream().map(Cue::text).toList();
    }

    @Test
    void sentenceEndsAreCutFirst() {
        assertThat(texts(PLAIN, "我们今天聊聊人工智能的发展和它的未来。这是一个非常重要的问题，大家都很关心。"))
                .containsExactly("我们今天聊聊人工智能的发展和它的未来。", "这是一个非常重要的问题，大家都很关心。");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        List<String> texts = texts(PLAIN, "他问我：“这意味着什么？我现在该怎么办？我该在大学里学习什么？”这一点给我留下了深刻印象，我到现在还记得。");
        assertThat(texts).anySatisfy(t -> assertThat(t).endsWith("什么？”"));
        assertThat(texts).noneSatisfy(t -> assertThat(t).startsWith("”"));
    }

    @Test
    void anEllipsisDoesNotEndASentence() {
        assertThat(texts(PLAIN, "我想……也许吧。"))
                .containsExactly("我想……也许吧。");
    }

    @Test
    void decimalsAndNumbersAreNeverCut() {
        for (Cue cue : cues(CueSplitter.builder().speakerLabels(false).chineseLineWidth(4).maxLines(1).build(),
                "增长了3.5倍，用户有10,000,000人。")) {
            assertThat(cue.text()).doesNotEndWith("3.").doesNotStartWith("5").doesNotEndWith("10,");
        }
        assertThat(String.join("|", texts(CueSplitter.builder().speakerLabels(false).chineseLineWidth(4).maxLines(1).build(),
                "增长了3.5倍"))).contains("3.5");
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(texts(PLAIN, "We met Mrs. Kepchar in St. Louis on the Air today."))
                .containsExactly("We met Mrs. Kepchar in St. Louis on the Air today.");
    }

    @Test
    void noLineStartsWithAParticleThatClosesTheWordBeforeIt() {
        // 的, 地, 们, 了, 吗... belong to the word before them: "这就是我们 / 的使命" leaves a line that
        // starts in the middle of a phrase. 了解 and 地方 are words of their own and may start a line.
        CueSplitter narrow = CueSplitter.builder().speakerLabels(false).chineseLineWidth(8).build();
        List<String> lines = cues(narrow, "这就是我们的使命。", "他是OpenAI的联合创始人。", "我们都想更好地了解它们吗？", "在 o1 的背后可能是用了 H100。",
                "这里是一个很好的地方。").stream()
                .flatMap(cue -> cue.lines().stream()).toList();
        assertThat(lines).noneSatisfy(line -> assertThat(line).matches("(?!了解|地方)[的地得们了着吗呢吧啊].*"));
        assertThat(lines).contains("了解它们吗？");
    }

    @Test
    void noLineCutsAFrequentWordADoubledCharacterOrAnInterpunctName() {
        assertThat(laidOut(3, "这种深深扎根于社区的感觉非常美好。")).doesNotContain("深|深");
        assertThat(laidOut(4, "这种深深扎根于社区的感觉非常美好。", "我们必须使用更好的工具才能改变世界。"))
                .doesNotContain("深|深", "必|须", "使|用", "工|具", "改|变");
        assertThat(laidOut(5, "这种深深扎根于社区的感觉非常美好。", "我们必须使用更好的工具才能改变世界。"))
                .doesNotContain("深|深", "必|须", "使|用", "工|具", "改|变");
        assertThat(laidOut(8, "泰勒·斯威夫特支持了卡玛拉·哈里斯。"))
                .doesNotContain("斯|威", "威|夫", "夫|特", "卡|玛", "玛|拉", "哈|里", "里|斯");
    }

    @Test
    void aNegationDegreeWordOrAuxiliaryStaysWithTheWordAfterIt() {
        assertThat(laidOut(6, "95%的员工表示，如果他不被重新任命，他们就会辞职。")).doesNotContain("不|", "被|", "会|");
    }

    @Test
    void aQuoteThatFitsACueIsShownWhole() {
        for (Cue cue : cues(PLAIN, "事实上，很多人长期以来希望我们能减少工作时间，但那个承诺“我们只工作一周八小时”的时代从未到来，我也不认为会实现。")) {
            assertThat(cue.text().chars().filter(c -> c == '“').count()).as(cue.text())
                    .isEqualTo(cue.text().chars().filter(c -> c == '”').count());
        }
    }

    /** The lines of {@code turns} at {@code width}, joined with {@code |}. */
    private static String laidOut(double width, String... turns) {
        CueSplitter splitter = CueSplitter.builder().speakerLabels(false).chineseLineWidth(width).build();
        return String.join("|", cues(splitter, turns).stream().flatMap(cue -> cue.lines().stream()).toList());
    }

    @Test
    void aLatinNameInChineseTextStaysOnOneLine() {
        List<String> lines = cues(PLAIN, "今天早上，你谈到了在John Burroughs高中计算机实验室的经历，能不能和我们分享一下。",
                "高中时在咖啡店Coffee Cartel度过的时光。那里有很多快乐的回忆。", "我们在X上收到了Ben Harvey的问题，他写道：你好。")
                .stream().flatMap(cue -> cue.lines().stream()).toList();
        assertThat(lines).noneSatisfy(line -> assertThat(line).endsWith("John"))
                .noneSatisfy(line -> assertThat(line).endsWith("Coffee"))
                .noneSatisfy(line -> assertThat(line).endsWith("Ben"));
        assertThat(laidOut(10, "我们的老师Mrs. Kepchar非常棒。")).doesNotContain("Mrs.|");
    }

    @Test
    void aCueWithTwoSentencesBreaksItsLinesBetweenThem() {
        // "坐在老旧的 / Mac电脑前。我觉得这真是太酷了。" makes the eye find where the second sentence starts.
        for (Cue cue : cues(PLAIN, "我们大概有16个人，坐在老旧的Mac电脑前。我觉得这真是太酷了。",
                "你走在街上，也会看到朋友的孩子们。这种深深扎根于社区的感觉非常美好。", "我也不认为会实现。不过，未来的工作形式将会大不相同。",
                "他写道：“如果他不被重新任命，他们就会辞职。”Sam，是什么让OpenAI的工作文化如此与众不同？")) {
            boolean twoSentences = cue.text().replaceAll("[。！？]”?$", "").matches(".*[。！？].*");
            if (twoSentences && cue.lines().size() == 2) {
                assertThat(cue.lines().get(0)).as(cue.text()).matches(".*[。！？]”?");
            }
        }
    }

    @Test
    void semicolonsAreCutBeforeCommas() {
        List<String> texts = texts(CueSplitter.builder().speakerLabels(false).maxLines(1).build(),
                "一二三四五六七八，九十一二三四；五六七八九十一二三四");
        assertThat(texts.get(0)).endsWith("；");
    }

    @Test
    void latinWordsAreNeverCutWhenTheyFitALine() {
        for (Cue cue : cues(CueSplitter.builder().speakerLabels(false).latinLineLength(14).maxLines(1).build(),
                "Altogether fantastically wonderful conversations happen")) {
            for (String line : cue.lines()) {
                assertThat(List.of("Altogether", "fantastically", "wonderful", "conversations", "happen")).contains(line);
            }
        }
    }

    @Test
    void aWordWiderThanALineIsCutOnlyBecauseItMustBe() {
        List<Cue> cues = cues(CueSplitter.builder().speakerLabels(false).latinLineLength(10).maxLines(1).build(),
                "see https://example.com/a/very/long/path now");
        assertThat(cues).allSatisfy(c -> assertThat(c.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(10)));
        assertThat(String.join("", cues.stream().map(Cue::text).toList())).contains("https://example.com");
    }

    @Test
    void chineseLinesAreAtMostSixteenWideWithHalfWidthCharactersCountingHalf() {
        for (Cue cue : cues(PLAIN, "人工智能正在以深刻的方式改变世界，而推动AI发展的主要力量之一就是Sam Altman。Sam在圣路易斯长大，并于2003年从John Burroughs高中毕业。")) {
            assertThat(cue.lines()).hasSizeLessThanOrEqualTo(2);
            for (String line : cue.lines()) {
                assertThat(halfUnits(line)).as(line).isLessThanOrEqualTo(32);
            }
        }
    }

    @Test
    void latinLinesAreAtMostFortyTwoCharacters() {
        for (Cue cue : cues(PLAIN, "I think the world needs way more energy than we have now, and AI is one reason for that, "
                + "although it is a fairly small reason in the grand scheme of things.")) {
            assertThat(cue.lines()).hasSizeLessThanOrEqualTo(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(42));
        }
    }

    @Test
    void everyCueLastsFromFiveSixthsToSevenSeconds() {
        for (Cue cue : cues(PLAIN, "对。", "我觉得这是很重要的事情，对我个人而言，我认为支持科学进步是慈善事业中一个非常关键的领域，我想在这方面做得更多。")) {
            long millis = cue.end().minus(cue.start()).toMillis();
            assertThat(millis).as(cue.text()).isBetween(834L, 7000L);
        }
    }

    @Test
    void timeIsSharedInProportionToText() {
        List<Cue> cues = cues(PLAIN, "一二三四五六七八九十一二三四五六七八九十。一二三四五六七八九十。");
        assertThat(cues).hasSize(2);
        long first = cues.get(0).end().minus(cues.get(0).start()).toMillis();
        long second = cues.get(1).end().minus(cues.get(1).start()).toMillis();
        assertThat((double) first / second).isBetween(1.6, 2.4);
    }

    @Test
    void noCueSpansTwoSpeakers() {
        List<Cue> cues = cues(PLAIN, "好。", "对。", "是的。");
        assertThat(cues).extracting(Cue::speaker).containsExactly("host", "guest", "host");
        assertThat(cues).extracting(Cue::speakerChange).containsOnly(true);
    }

    @Test
    void theFirstCueOfANewSpeakerKeepsRoomForTheLabel() {
        List<Cue> cues = cues(CueSplitter.standard(), "一二三四五六七八九十一二三四五六", "一二三四五六七八九十一二三四五六");
        Cue first = cues.get(0);
        assertThat(first.label()).contains("主持人：");
        String firstLine = first.labelOnOwnLine() ? first.lines().get(0) : first.label().get() + first.lines().get(0);
        assertThat(halfUnits(firstLine)).isLessThanOrEqualTo(32);
        assertThat(cues.get(cues.size() - 1).speakerName()).isEqualTo("Sam Altman");
    }

    @Test
    void aLabelStandsOnItsOwnLineRatherThanCutAShortTextAfterAWord() {
        // "Sam Altman：" and the 12 characters after it do not fit one line; the text alone does.
        List<Cue> cues = cues(CueSplitter.standard(), "你好？", "我们稍后会谈谈人工智能，");
        Cue answer = cues.get(cues.size() - 1);
        assertThat(answer.label()).contains("Sam Altman：");
        assertThat(answer.labelOnOwnLine()).isTrue();
        assertThat(answer.lines()).containsExactly("我们稍后会谈谈人工智能，");
    }

    @Test
    void aLabelWiderThanHalfALineStandsOnItsOwnLine() {
        Interview interview = Interview.builder()
                .addParticipant(Participant.builder().id("p").name("一位来自圣路易斯的听众朋友").build())
                .addSection(Section.builder().addTurn(Turn.builder().speaker("p").addParagraph(Paragraph.of("你好。")).build())
                        .build())
                .build();
        Cue cue = CueSplitter.standard().split(interview, TimingModel.standard().estimate(interview)).get(0);
        assertThat(cue.labelOnOwnLine()).isTrue();
        assertThat(cue.lines()).hasSize(1);
    }

    @Test
    void limitsAreCheckedWhenSet() {
        assertThatThrownBy(() -> CueSplitter.builder().maxLines(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CueSplitter.builder().chineseLineWidth(15.3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CueSplitter.builder().minimumDuration(Duration.ofSeconds(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static int halfUnits(String line) {
        return line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }
}
