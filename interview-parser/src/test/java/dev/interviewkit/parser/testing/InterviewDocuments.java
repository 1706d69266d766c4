package dev.interviewkit.parser.testing;

import dev.interviewkit.model.internal.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of interview-like WeChat Markdown documents, each with what a reader
 * expects from it: the turns (speaker label and text) and the section titles. Documents mix the
 * header, lead, highlights, every label variant, hard wraps (at spaces, and between CJK
 * characters), and a footer of boilerplate.
 */
public final class InterviewDocuments {

    private InterviewDocuments() {}

    /** A generated document and what parsing it must give back. */
    public record Document(String text, List<ExpectedTurn> turns, List<String> sectionTitles, List<String> speakers) {
        public List<String> lines() {
            return List.of(text.split("\n", -1));
        }

        @Override
        public String toString() {
            return "---- document ----\n" + text + "\n---- expected turns ----\n" + turns;
        }
    }

    /** A turn: who (by display name) and the exact plain text. */
    public record ExpectedTurn(String speakerName, String text) {}

    /** Documents from a random seed; failures print the whole document. */
    public static Gen<Document> documents() {
        return SourceDSL.longs().all().map(seed -> new Builder(new Random(seed)).build());
    }

    /** The bold label shapes of the reference dialect; {@code %s} is the label. */
    static final List<String> LABEL_SHAPES = List.of(
            "**%s:** ", "**%s：** ", "**%s: **", "******%s:** ", "****%s:**** ", "****%s:** ** ", "**%s**：",
            "**%s:**\n", "******%s:**\n");

    private static final List<String> CJK_SENTENCES = List.of(
            "我们今天聊聊人工智能的发展。", "这是一个非常重要的问题。", "我在圣路易斯长大，那里有很多回忆。",
            "模型的推理能力正在快速提高。", "教育行业会发生深刻的变化。", "我觉得这件事情很有意思。",
            "我们花了很长时间才做到这一步。", "未来几年会有更多的进展。");
    private static final List<String> LATIN_SENTENCES = List.of(
            "This is about Large Language Models.", "We shipped it in September.", "John Burroughs School",
            "It runs on GPT-4o and o1.", "St. Louis on the Air");
    private static final List<String> QUESTIONS = List.of("你怎么看这个问题？", "能谈谈你的经历吗？", "为什么这么说？",
            "What comes next?");

    private static final class Builder {
        private final Random random;
        private final StringBuilder out = new StringBuilder();
        private final List<ExpectedTurn> turns = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();

        Builder(Random random) {
            this.random = random;
        }

        Document build() {
            if (random.nextBoolean()) {
                header();
            }
            lead();
            if (random.nextBoolean()) {
                highlights();
            }
            if (random.nextBoolean()) {
                out.append("# 文稿整理\n\n");
            }
            String host = "主持人";
            String guest = pick(List.of("Sam Altman", "张三丰", "Geoffrey Hinton", "李开复"));
            int sections = 1 + random.nextInt(4);
            boolean guestNamedWithRole = random.nextBoolean();
            for (int s = 0; s < sections; s++) {
                if (s > 0 || random.nextBoolean()) {
                    String title = pick(List.of("高中生活", "程序员生涯", "AI和教育行业", "o1模型新范式", "Future of Work"))
                            + " " + (s + 1);
                    titles.add(title);
                    out.append(random.nextBoolean() ? "## " + title + "\n\n" : "**" + title + "**\n------\n\n");
                }
                // A transcript: host and guest take turns at least once (one labelled paragraph is none, LABELLING.md).
                int count = (s == 0 ? 2 : 1) + random.nextInt(5);
                for (int t = 0; t < count; t++) {
                    boolean hostSpeaks = t % 2 == 0;
                    String label = hostSpeaks ? host : (guestNamedWithRole && turns.isEmpty() ? "嘉宾" + guest : guest);
                    turn(label, hostSpeaks ? host : guest, hostSpeaks);
                }
            }
            footer();
            List<String> speakers = turns.stream().map(ExpectedTurn::speakerName).distinct().toList();
            return new Document(out.toString(), List.copyOf(turns), List.copyOf(titles), speakers);
        }

        private void header() {
            out.append("# ").append(pick(CJK_SENTENCES)).append(" Sam Altman\n\n");
            out.append("文章作者: AI深度研究员\n发布时间: 2024-09-15 08:04\n发布地: ")
                    .append(random.nextBoolean() ? "上海" : "未知地区")
                    .append("\n原文链接: http://mp.weixin.qq.com/s?__biz=abc==&mid=1#rd\n\n")
                    .append("封面图链接: https://mmbiz.qpic.cn/a/300\n\n");
        }

        private void lead() {
            if (random.nextBoolean()) {
                out.append("全文约10,000 字，阅读约需25分钟\n\n");
            }
            int paragraphs = random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                out.append(wrap(sentences(2 + random.nextInt(3), false))).append("\n\n");
            }
        }

        private void highlights() {
            out.append("专访主要内容\n\n");
            for (int g = 0; g < 1 + random.nextInt(3); g++) {
                out.append("  * **").append(pick(List.of("谨慎对待AI炒作", "AI技术的未来发展方向"))).append("** ：\n\n");
                for (int p = 0; p < 1 + random.nextInt(3); p++) {
                    out.append("    * ").append(sentences(1 + random.nextInt(2), false)).append("\n\n");
                }
            }
        }

        private void turn(String label, String speakerName, boolean asks) {
            String shape = pick(LABEL_SHAPES);
            // A turn opens with a sentence (CJK, ended by its mark): a few words alone after a label read as a roster.
            String first = sentences(1 + random.nextInt(3), asks, true);
            // Paragraphs join as wrapped lines do (Turn.text()).
            TextJoiner expected = new TextJoiner().append(first);
            out.append(String.format(shape, label)).append(wrap(first)).append("\n\n");
            int more = random.nextInt(3);
            for (int p = 0; p < more; p++) {
                String paragraph = sentences(1 + random.nextInt(2), false);
                out.append(wrap(paragraph)).append("\n\n");
                expected.breakLine().append(paragraph);
            }
            turns.add(new ExpectedTurn(speakerName, expected.toString()));
        }

        private void footer() {
            List<String> pieces = new ArrayList<>(List.of(
                    "原视频链接：https://www.youtube.com/watch?v=abc&t=780s",
                    "素材来源官方媒体/网络新闻",
                    "* * *",
                    " _**对了，喜欢就别忘了点赞、收藏、转发支持一下！**_****",
                    "# 往期回顾\n\n[1、[演讲视频：陶哲轩再次表示当前AI进展惊人]](https://mp.weixin.qq.com/s?a=1)",
                    "![](https://mmbiz.qpic.cn/b/640?wx_fmt=png&from=appmsg)",
                    "****",
                    " _**请联系负责人微信：Milo-1101**_",
                    " _**\\--END--**_",
                    "****未经许可不得转载，务必保留公众号原文链接和公众号按钮****"));
            // The first footer piece must end the transcript: a media link, credit, rule or heading.
            out.append(pieces.get(random.nextInt(3))).append("\n\n");
            for (String piece : pieces) {
                if (random.nextInt(3) > 0) {
                    out.append(piece).append("\n\n");
                }
            }
        }

        /** Sentences without spaces at their edges; questions end the host's turns. */
        private String sentences(int count, boolean question) {
            return sentences(count, question, false);
        }

        private String sentences(int count, boolean question, boolean cjkFirst) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                boolean latin = (i > 0 || !cjkFirst) && random.nextInt(4) == 0;
                String sentence = latin ? pick(LATIN_SENTENCES) : pick(CJK_SENTENCES);
                if (text.length() > 0 && (latin || isLatin(text.charAt(text.length() - 1)))) {
                    text.append(' ');
                }
                text.append(sentence);
            }
            if (question) {
                text.append(pick(QUESTIONS).startsWith("What") && isLatin(text.charAt(text.length() - 1)) ? " " : "")
                        .append(pick(QUESTIONS));
            }
            return text.toString().replace("  ", " ");
        }

        /** Hard-wraps like html2text: at spaces, and sometimes between two CJK characters. */
        private String wrap(String text) {
            StringBuilder wrapped = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean cjkPair = i > 0 && isCjk(text.charAt(i - 1)) && isCjk(c);
                if (c == ' ' && random.nextInt(3) == 0) {
                    wrapped.append('\n');
                } else if (cjkPair && random.nextInt(12) == 0) {
                    wrapped.append('\n').append(c);
                } else {
                    wrapped.append(c);
                }
            }
            return wrapped.toString();
        }

        private static boolean isLatin(char c) {
            return c < 0x2E80;
        }

        private static boolean isCjk(char c) {
            return c >= 0x4E00 && c <= 0x9FFF;
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
