package dev.interviewkit.export.testing;

import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Credit;
import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.Highlight;
import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
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
import dev.interviewkit.model.Turn;
import dev.interviewkit.export.internal.markdown.InlineRuns;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Interviews shaped like articles, with every field in the form Markdown carries, for the Markdown
 * round trip. The shape is the one the parser gives a well-formed article:
 * <ul>
 *   <li>participants are what their turns' labels say: a role word alone ({@code 主持人}: id
 *       {@code host}, named by the word) or a role word before a name ({@code 嘉宾Sam Altman}: id
 *       {@code sam-altman}, named {@code Sam Altman}, the bare name an alias when later turns use it),
 *       every turn labelled, no affiliation;
 *   <li>metadata has a header field for each typed value, at least one field the parser knows,
 *       the time as {@code 2024-09-15 08:04} in Beijing time, and a length claim only with characters;
 *   <li>highlights are titled groups of points without children, or one untitled group;
 *   <li>lead notes are plain text; media are the source video with its {@code t=} offset; credits
 *       open with {@code 素材来源};
 *   <li>it is a transcript: at least two speakers, who take turns at the start of the first
 *       section, the first asking (one voice alone is no interview to the parser);
 *   <li>each section has turns, each turn opens with a sentence (a label before a few words and a
 *       paragraph break reads as a roster line); every paragraph and every line after a hard break opens with
 *       plain words (a paragraph all in bold before a turn reads as a heading, one that opens with a
 *       picture as the picture and its caption, one without letters as debris: the parser's rules
 *       for WeChat articles);
 *   <li>some turns have a start time in whole seconds, some later paragraphs too, some turns their
 *       original-language paragraphs;
 *   <li>related titles are not wrapped in brackets ({@code 1、[title]} is WeChat's numbering, which the parser removes);
 *   <li>texts avoid the words that mark boilerplate, notes, credits and length claims, and the
 *       speakers' names (the parser names a speaker labelled only by a role from the article's text).
 * </ul>
 * Texts still hold every character that Markdown escapes: {@code * _ \ [ ] ` < > & #}, entities,
 * bare addresses, comment and arrow markers, list and heading openers, odd spaces.
 */
public final class ArticleInterviews {

    private static final List<String> PHRASES = List.of("人工智能", "圣路易斯", "我们稍后会谈谈", "这是一个巨大的进步",
            "免疫系统", "数学和编程竞赛", "通用人工智能", "森林公园", "关键是", "OpenAI", "o1", "St. Louis",
            "don't", "3.5", "10,000", "AGI", "x86_64", "café", "naïve", "你好", "😀", "👨‍👩‍👧");
    /** Words that open a line: a picture or punctuation there would read as a captioned picture or debris. */
    private static final List<String> LETTERS = List.of("人工智能", "圣路易斯", "我们稍后会谈谈", "免疫系统", "OpenAI",
            "AGI", "café", "关键是");
    private static final List<String> TITLE_WORDS = List.of("人工智能", "圣路易斯", "免疫系统", "森林公园", "OpenAI",
            "AGI", "café", "星号*", "_下划线_", "[方括号]", "`反引号`", "<标签>", "&符号", "C#");
    private static final List<String> ODD = List.of("*", "**", "_", "\\", "[1]", "](x)", "#", "<br>", "<span>", "&",
            "&amp;", "&from;", "-->", "<!--", "`", "``", "|", "{", "}", "\u3000", "\u200b", "1. ", "- ", "> ", "+ ",
            "http://example.com/x", ":", "：", "~~~", "***", "==", "  ", "\t", "!", "=", "2. ");
    private static final List<String> PUNCTUATION = List.of("。", "，", "！", "？", "、", "；", "……", " ");
    private static final List<String> TITLES = List.of("高中生活", "程序员生涯", "AI和教育行业", "Future of Work",
            "o1模型新范式", "星号*与_下划线", "C# 与 #标签", "[方括号]与`反引号`");
    private static final List<String> URLS = List.of("https://example.com/a_(b)", "https://example.com/路径?q=1&t=2",
            "https://example.com/x y", "https://mmbiz.qpic.cn/mmbiz_jpg/640?wx_fmt=jpeg&from=appmsg");
    private static final String[][] ROLE_ONLY = {{"主持人", "host"}, {"记者", "interviewer"}};
    private static final Role[] ROLE_ONLY_ROLES = {Role.HOST, Role.INTERVIEWER};
    private static final String[][] NAMES = {{"Sam Altman", "sam-altman"}, {"Mira Murati", "mira-murati"},
            {"李开复", "李开复"}, {"Ben Harvey", "ben-harvey"}};

    private ArticleInterviews() {}

    /** Article-shaped interviews from a random seed. */
    public static Gen<Interview> interviews() {
        return SourceDSL.longs().all().map(ArticleInterviews::of);
    }

    /**
     * Article-shaped interviews with everything else the model holds, for canonical Markdown with
     * front matter and boilerplate: participants whose id, name, role, affiliation, evidence and
     * extra aliases have nothing to do with their labels (and some who never speak), any role for
     * any label, header fields of any key and value, typed metadata without fields, turn times with
     * fractions of a second and ends, and boilerplate of every kind.
     */
    public static Gen<Interview> completeInterviews() {
        return SourceDSL.longs().all().map(ArticleInterviews::complete);
    }

    /** The interview of {@code seed}, to reproduce a failure. */
    public static Interview of(long seed) {
        return new Maker(new Random(seed), false).interview();
    }

    /** The complete interview of {@code seed}, to reproduce a failure. */
    public static Interview complete(long seed) {
        return new Maker(new Random(seed), true).interview();
    }

    private static final class Maker {
        private final Random random;
        private final boolean complete;

        Maker(Random random, boolean complete) {
            this.random = random;
            this.complete = complete;
        }

        Interview interview() {
            List<String[]> speakers = speakers();
            Map<String, Participant.Builder> participants = new LinkedHashMap<>();
            Map<String, Set<String>> aliases = new LinkedHashMap<>();
            List<Section> sections = new ArrayList<>();
            int sectionCount = 1 + random.nextInt(3);
            boolean untitledFirst = random.nextBoolean();
            Set<String> usedTitles = new LinkedHashSet<>();
            for (int s = 0; s < sectionCount; s++) {
                Section.Builder section = Section.builder();
                if (s > 0 || !untitledFirst) {
                    String title = pick(TITLES);
                    while (!usedTitles.add(title)) {
                        title = title + (s + 1);
                    }
                    section.title(title);
                    if (random.nextInt(3) == 0) {
                        section.subtitle(pick(List.of("“做最重要、最困难的事”", "创新往往都是自己产生的")));
                    }
                }
                // A transcript: the first section opens with two speakers taking turns (LABELLING.md).
                int turns = s == 0 ? OPENING_EXCHANGE + random.nextInt(2) : 1 + random.nextInt(3);
                for (int t = 0; t < turns; t++) {
                    String[] speaker = s == 0 && t < OPENING_EXCHANGE ? speakers.get(t % 2) : speakers.get(random.nextInt(speakers.size()));
                    String id = speaker[0];
                    boolean firstTime = !participants.containsKey(id);
                    String label = speaker.length == 3 || firstTime || random.nextBoolean() ? speaker[1] : speaker[3];
                    participants.computeIfAbsent(id, k -> participant(speaker));
                    aliases.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(label);
                    Turn.Builder turn = Turn.builder().speaker(id).label(label);
                    // A turn opens with a sentence: a label before a bare name reads as a roster line. In the
                    // opening exchange the first speaker asks, as interviewers do.
                    boolean asks = s == 0 && t < OPENING_EXCHANGE && t % 2 == 0;
                    List<Inline> opening = new ArrayList<>(List.of(Inline.text("我们稍后会谈谈" + pick(LETTERS) + (asks ? "吗？" : "。"))));
                    opening.addAll(run());
                    turn.addParagraph(Paragraph.builder().inlines(opening).build());
                    for (int p = random.nextInt(3); p > 0; p--) {
                        Paragraph paragraph = paragraph();
                        if (random.nextInt(4) == 0) {
                            // \[08:23\] before a later paragraph: whole seconds, or any time in the complete shape.
                            paragraph = Paragraph.builder().from(paragraph).start(Duration.ofSeconds(random.nextInt(3 * 3600),
                                    complete ? random.nextInt(1_000_000_000) : 0)).build();
                        }
                        turn.addParagraph(paragraph);
                    }
                    if (random.nextInt(4) == 0) {
                        // Times a transcript writes are whole seconds: \[04:22\] or \[1:02:05\].
                        turn.start(java.time.Duration.ofSeconds(random.nextInt(3 * 3600)));
                    }
                    if (complete) {
                        times(turn);
                    }
                    if (random.nextInt(4) == 0) {
                        turn.addOriginalParagraph(Paragraph.of(pick(List.of("Hello <there> & welcome.",
                                "It's like everybody wanted to do their own thing.", "Yes."))));
                    }
                    section.addTurn(turn.build());
                }
                sections.add(section.build());
            }
            Interview.Builder interview = Interview.builder().metadata(complete ? completeMetadata() : metadata())
                    .sections(sections);
            participants.forEach((id, p) -> interview.addParticipant(p.aliases(aliases.get(id)).build()));
            if (complete) {
                declaredOnly(interview, participants.keySet());
                for (int k = random.nextInt(4); k > 0; k--) {
                    BoilerplateKind kind = pick(List.of(BoilerplateKind.values()));
                    interview.addBoilerplate(Boilerplate.builder().kind(kind)
                            .text(random.nextInt(5) == 0 ? "" : words(1 + random.nextInt(3)).strip()).build());
                }
            }
            highlights(interview);
            for (int k = random.nextInt(3); k > 0; k--) {
                interview.addLead(paragraph());
            }
            if (random.nextInt(3) == 0) {
                interview.addLead(Note.of("因本次采访为广播节目，不包含画面"));
            }
            if (random.nextBoolean()) {
                interview.addMedia(MediaReference.builder().kind(MediaKind.VIDEO).title("原视频链接")
                        .url("https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s").startOffset(Duration.ofSeconds(780)).build());
            }
            if (random.nextBoolean()) {
                interview.addCredit(Credit.builder().text("素材来源官方媒体/网络新闻").build());
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                interview.addRelated(RelatedLink.builder().title(pick(List.of("人工智能", "OpenAI ")) + plainWords(2))
                        .url("https://example.com/" + random.nextInt(1000)).build());
            }
            return interview.build();
        }

        /**
         * Times with fractions of a second, ends, or an end alone, replacing the whole-second start
         * of the article shape now and then.
         */
        private void times(Turn.Builder turn) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    Duration start = Duration.ofSeconds(random.nextInt(3 * 3600), random.nextInt(1000) * 1_000_000L);
                    turn.start(start).end(start.plusMillis(random.nextInt(600_000)));
                }
                case 1 -> turn.start(Optional.empty()).end(Duration.ofSeconds(random.nextInt(600), random.nextInt(1_000_000_000)));
                case 2 -> turn.start(Duration.ofSeconds(random.nextInt(100 * 3600), random.nextInt(10) * 100_000_000L));
                default -> {
                    // the article's own times
                }
            }
        }

        /**
         * Participants as an editor declares them, not as labels make them: any id, name, role,
         * affiliation, evidence and extra alias; now and then one who never speaks.
         */
        private void declaredOnly(Interview.Builder interview, Set<String> speaking) {
            Interview built = interview.build();
            List<Participant> declared = new ArrayList<>();
            int n = 0;
            for (Participant participant : built.participants()) {
                Participant.Builder p = Participant.builder().from(participant).roleEvidence(List.of());
                if (random.nextBoolean()) {
                    p.name(pick(List.of("萨姆·奥尔特曼", "Dr. Who", "李*开_复", "主持人", "\"Q\" & A")));
                }
                p.role(pick(List.of(Role.values())));
                if (random.nextBoolean()) {
                    p.affiliation(pick(List.of("OpenAI", "CBS 晚间新闻", "<标签> & [方括号]")));
                }
                for (int k = random.nextInt(3); k > 0; k--) {
                    p.addRoleEvidence(words(1 + random.nextInt(2)));
                }
                if (random.nextInt(4) == 0) {
                    p.addAlias("别名" + ++n);
                }
                declared.add(p.build());
            }
            if (random.nextInt(4) == 0) {
                declared.add(Participant.builder().id("silent-" + speaking.size()).name("旁听者").role(Role.AUDIENCE)
                        .addAlias("旁听者").build());
            }
            interview.participants(declared);
        }

        private Metadata completeMetadata() {
            Metadata.Builder metadata = Metadata.builder();
            if (random.nextBoolean()) {
                metadata.title(words(1 + random.nextInt(3)));
            }
            if (random.nextBoolean()) {
                metadata.author(pick(List.of("AI深度研究员", "暗涌Waves", "Founder Park")));
            }
            if (random.nextBoolean()) {
                metadata.publishedAt(OffsetDateTime.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1000) * 1_000_000,
                        ZoneOffset.ofHours(random.nextInt(25) - 12)));
            }
            if (random.nextBoolean()) {
                // Not 未知地区: WeChat's word for "no place" reads as no location, wherever it is written.
                metadata.location(pick(List.of("上海", "St. Louis", "Zürich")));
            }
            if (random.nextBoolean()) {
                metadata.sourceUrl(pick(URLS));
            }
            if (random.nextBoolean()) {
                metadata.coverImageUrl(pick(URLS));
            }
            if (random.nextBoolean()) {
                metadata.claimedCharacters(random.nextInt(100_000));
            }
            if (random.nextBoolean()) {
                metadata.claimedReadingMinutes(random.nextInt(120));
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                metadata.addField(HeaderField.of(pick(List.of("文章作者", "标签", "participants", "fields", "title", "a: b")),
                        random.nextBoolean() ? "" : words(1 + random.nextInt(2))));
            }
            return metadata.build();
        }

        /** Turns of two speakers, one after the other, that open the first section: A, B, A. */
        private static final int OPENING_EXCHANGE = 3;

        /** id, label, role index or name; named speakers also carry their bare name. At least two. */
        private List<String[]> speakers() {
            List<String[]> speakers = new ArrayList<>();
            int role = random.nextInt(ROLE_ONLY.length);
            if (random.nextInt(4) > 0) {
                speakers.add(new String[] {ROLE_ONLY[role][1], ROLE_ONLY[role][0], Integer.toString(role)});
            }
            int named = speakers.isEmpty() ? 2 + random.nextInt(2) : 1 + random.nextInt(2);
            int first = random.nextInt(NAMES.length);
            for (int k = 0; k < named; k++) {
                String[] name = NAMES[(first + k) % NAMES.length];
                speakers.add(new String[] {name[1], "嘉宾" + name[0], "guest", name[0]});
            }
            return speakers;
        }

        private Participant.Builder participant(String[] speaker) {
            if (speaker.length == 3) {
                return Participant.builder().id(speaker[0]).name(speaker[1]).role(ROLE_ONLY_ROLES[Integer.parseInt(speaker[2])]);
            }
            return Participant.builder().id(speaker[0]).name(speaker[3]).role(Role.GUEST);
        }

        private Metadata metadata() {
            Metadata.Builder metadata = Metadata.builder();
            if (random.nextBoolean()) {
                metadata.title(plainWords(2 + random.nextInt(3)));
            }
            if (random.nextInt(4) == 0) {
                return metadata.build();
            }
            String author = pick(List.of("AI深度研究员", "暗涌Waves", "Founder Park"));
            metadata.author(author).addField(HeaderField.of("文章作者", author));
            if (random.nextBoolean()) {
                OffsetDateTime time = OffsetDateTime.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), 0, 0, ZoneOffset.ofHours(8));
                metadata.publishedAt(time).addField(HeaderField.of("发布时间",
                        time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
            }
            if (random.nextBoolean()) {
                boolean known = random.nextBoolean();
                metadata.addField(HeaderField.of("发布地", known ? "上海" : "未知地区"));
                if (known) {
                    metadata.location("上海");
                }
            }
            if (random.nextBoolean()) {
                String url = "http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=" + random.nextInt(100_000) + "&idx=1#rd";
                metadata.sourceUrl(url).addField(HeaderField.of("原文链接", url));
            }
            if (random.nextBoolean()) {
                metadata.claimedCharacters(random.nextInt(100_000));
                if (random.nextBoolean()) {
                    metadata.claimedReadingMinutes(random.nextInt(120));
                }
            }
            return metadata.build();
        }

        private void highlights(Interview.Builder interview) {
            int kind = random.nextInt(3);
            if (kind == 1) {
                interview.addHighlight(Highlight.builder().points(points()).build());
            } else if (kind == 2) {
                for (int g = 1 + random.nextInt(2); g > 0; g--) {
                    interview.addHighlight(Highlight.builder().title(plainWords(2)).points(points()).build());
                }
            }
        }

        private List<ListItem> points() {
            List<ListItem> points = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                points.add(ListItem.builder().inlines(run()).build());
            }
            return points;
        }

        private Paragraph paragraph() {
            return Paragraph.builder().inlines(run()).build();
        }

        /** An inline run with plain text outside emphasis. */
        private List<Inline> run() {
            List<Inline> run = new ArrayList<>();
            run.add(Inline.text(pick(LETTERS) + words(random.nextInt(3))));
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                Inline inline = inline(2);
                run.add(inline);
                if (inline instanceof Inline.LineBreak) {
                    run.add(Inline.text(pick(LETTERS)));
                }
            }
            List<Inline> canonical = InlineRuns.canonical(run);
            boolean plainText = canonical.stream().anyMatch(i -> i instanceof Inline.Text t && !t.value().isBlank());
            return plainText ? run : List.of(Inline.text(words(2)));
        }

        private Inline inline(int depth) {
            int kind = random.nextInt(depth > 0 ? 10 : 7);
            switch (kind) {
                case 4:
                    return Inline.code(pick(List.of("x < y && z", "`a`", "o1-preview", "**", " a ", "``b`")));
                case 5:
                    return Inline.image(pick(URLS), random.nextBoolean() ? "" : words(1));
                case 6:
                    return depth == 2 ? Inline.lineBreak() : Inline.text(words(1));
                case 7:
                    return new Inline.Strong(children(depth - 1));
                case 8:
                    return new Inline.Emphasis(children(depth - 1));
                case 9:
                    return new Inline.Link(pick(URLS), children(depth - 1));
                default:
                    return Inline.text(words(1 + random.nextInt(3)));
            }
        }

        private List<Inline> children(int depth) {
            List<Inline> children = new ArrayList<>();
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                children.add(inline(depth));
            }
            return children;
        }

        /** Words and punctuation only: titles, whose white space a heading would fold. */
        private String plainWords(int count) {
            StringBuilder text = new StringBuilder(pick(TITLE_WORDS));
            for (int k = 1; k < count; k++) {
                text.append(pick(List.of("，", "、", "与", " and "))).append(pick(TITLE_WORDS));
            }
            return text.toString();
        }

        private String words(int count) {
            StringBuilder text = new StringBuilder(pick(PHRASES));
            for (int k = 1; k < count; k++) {
                text.append(random.nextInt(3) == 0 ? pick(ODD) : pick(PUNCTUATION)).append(pick(PHRASES));
            }
            return text.toString();
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
