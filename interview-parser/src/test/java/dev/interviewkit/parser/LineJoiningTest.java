package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Unwrapping html2text's hard wraps (docs/DESIGN.md, "Line joining": pandoc's east_asian_line_breaks rule). */
class LineJoiningTest {

    private static final InterviewParser PARSER = InterviewParser.builder().build();

    private static String leadText(String body) {
        Interview interview = PARSER.parse(body).interview();
        return interview.lead().get(0).text();
    }

    @Test
    void aNameWrappedBetweenItsWordsGetsOneSpace() {
        assertThat(leadText("在母校John\nBurroughs发表演讲")).isEqualTo("在母校John Burroughs发表演讲");
    }

    @Test
    void twoCjkCharactersAcrossALineBreakJoinWithNothing() {
        assertThat(leadText("人工智能正在\n改变世界")).isEqualTo("人工智能正在改变世界");
    }

    @Test
    void cjkPunctuationBeforeALineBreakJoinsWithNothing() {
        assertThat(leadText("我是主持人。\n今天我们聊聊")).isEqualTo("我是主持人。今天我们聊聊");
    }

    @Test
    void latinNextToCjkAcrossALineBreakGetsOneSpace() {
        assertThat(leadText("作者与 \"AI\n版理查德\"对话")).isEqualTo("作者与 \"AI 版理查德\"对话");
    }

    @Test
    void boldMarkersAtTheBreakDoNotDecideTheSpace() {
        assertThat(leadText("这是**重点\n内容**的说明")).isEqualTo("这是重点内容的说明");
    }

    /** html2text writes WeChat's {@code <br>} as two trailing spaces; corpus file 14 breaks its paragraphs so. */
    @Test
    void aHardBreakStartsANewParagraph() {
        Interview interview = PARSER.parse("Sam   \nAltman").interview();
        assertThat(interview.lead()).extracting(b -> b.text()).containsExactly("Sam", "Altman");
    }

    @Test
    void aWrappedLinkDestinationJoinsWithoutASpace() {
        Paragraph p = (Paragraph) PARSER.parse("![](https://mmbiz.qpic.cn/a.png?wx_fmt=jpeg\n&from=appmsg)")
                .interview().lead().get(0);
        assertThat(p.inlines()).containsExactly(Inline.image("https://mmbiz.qpic.cn/a.png?wx_fmt=jpeg&from=appmsg", ""));
    }

    @Test
    void aWrappedLinkTextJoinsLikeAnyText() {
        Paragraph p = (Paragraph) PARSER.parse("前文[达特茅斯大学对话OpenAI CTO Mira\nMurati：她坦言](https://example.com/a)")
                .interview().lead().get(0);
        assertThat(p.text()).isEqualTo("前文达特茅斯大学对话OpenAI CTO Mira Murati：她坦言");
    }
}
