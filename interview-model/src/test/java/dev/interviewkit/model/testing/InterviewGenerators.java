package dev.interviewkit.model.testing;

import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.BulletList;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every model value, shared with the other modules through the
 * model's test-jar.
 *
 * <p>Every generator yields valid values only: {@link #interviews()} gives interviews whose ids are
 * unique, whose turns name existing participants, where only the first section may be untitled and
 * every turn has text. Text mixes CJK, Latin, emoji and characters that trip writers ({@code *},
 * {@code \}, {@code <}, {@code &}, {@code -->}, quotes). Sizes stay small so that a property with a
 * few hundred examples runs in well under a second or two.
 */
public final class InterviewGenerators {

    private static final List<String> CJK_PHRASES = List.of(
            "人工智能", "圣路易斯", "我们稍后会谈谈", "非常感谢邀请我", "这是一个巨大的进步", "免疫系统",
            "高中生活", "数学和编程竞赛", "通用人工智能", "森林公园", "我确实很喜欢谈论人工智能", "关键是",
            "いただきます", "한국어", "你好");
    private static final List<String> CJK_PUNCTUATION = List.of(
            "。", "，", "：", "！", "？", "、", "；", "……", "——");
    private static final List<String> CJK_QUOTES = List.of("“%s”", "「%s」", "《%s》", "（%s）");
    private static final List<String> LATIN_WORDS = List.of(
            "Sam", "Altman", "OpenAI", "ChatGPT", "o1", "St.", "Louis", "don't", "3.5", "10,000",
            "AGI", "Burroughs", "GPU", "the", "and", "Mrs.", "x86_64", "e-mail", "café", "naïve");
    private static final List<String> EMOJI = List.of("🌟", "🚀", "👍🏽", "👨‍👩‍👧", "😀", "🇨🇳");
    private static final List<String> ODD = List.of(
            "*", "**", "****", "\\", "\\--END--", "<br>", "<span>", "&", "&amp;", "&from;", "-->", "<!--",
            "\"", "'", "`", "_", "[1]", "](x)", "#", "|", "{", "}", "%s", "$1", "\u00a0", "\u3000", "\t",
            "\u200b", "\uFEFF", "\r\n");
    private static final List<String> NAMES = List.of(
            "Sam Altman", "主持人", "嘉宾Sam Altman", "Elain Chaw", "记者", "李开复", "Mira Murati", "「暗涌」",
            "Q", "A", "Host", "Ben Harvey", "O'Brien", "Zoë");
    private static final List<String> IDS = List.of(
            "host", "guest", "sam-altman", "主持人", "嘉宾", "q", "a", "p_1", "reporter.2", "李开复");
    private static final List<String> URLS = List.of(
            "https://www.youtube.com/watch?v=7Lqsg2nlM3M&t=780s",
            "http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247493182&idx=1#rd",
            "https://mmbiz.qpic.cn/mmbiz_jpg/iaqv2tag/640?wx_fmt=jpeg&from=appmsg",
            "https://example.com/路径/文件?q=a b&c=\"d\"",
            "https://example.org/a_(b)",
            "mailto:someone@example.com");
    private static final List<String> HEADER_KEYS = List.of(
            "文章作者", "发布时间", "发布地", "原文链接", "封面图链接", "公众号", "title", "x-custom", "作者 ");
    private static final List<ZoneOffset> OFFSETS = List.of(
            ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30),
            ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHoursMinutes(-3, -30), ZoneOffset.ofHours(14),
            ZoneOffset.ofHours(-12));

    private static final long EARLIEST = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long LATEST = Instant.parse("2035-12-31T23:59:59Z").getEpochSecond();
    private static final int INLINE_DEPTH = 2;
    private static final int LIST_DEPTH = 2;

    private InterviewGenerators() {}

    // ---------------------------------------------------------------- text

    /** Chinese sentences: phrases, CJK punctuation and quotes, now and then a Latin term ({@code o1}). */
    public static Gen<String> cjkSentences() {
        return in -> {
            StringBuilder s = new StringBuilder();
            int phrases = range(in, 1, 4);
            for (int i = 0; i < phrases; i++) {
                if (i > 0) {
                    s.append(pick(in, CJK_PUNCTUATION));
                }
                String phrase = chance(in, 15) ? pick(in, LATIN_WORDS) + pick(in, CJK_PHRASES) : pick(in, CJK_PHRASES);
                s.append(chance(in, 15) ? String.format(pick(in, CJK_QUOTES), phrase) : phrase);
            }
            if (chance(in, 60)) {
                s.append(pick(in, List.of("。", "？", "！", "……")));
            }
            return s.toString();
        };
    }

    /** English sentences: words separated by single spaces, sometimes capitalised and closed by a full stop. */
    public static Gen<String> latinSentences() {
        return in -> {
            List<String> words = new ArrayList<>();
            int count = range(in, 1, 6);
            for (int i = 0; i < count; i++) {
                words.add(pick(in, LATIN_WORDS));
            }
            return String.join(" ", words) + (chance(in, 50) ? "." : "");
        };
    }

    /** Chinese and English mixed the way the articles mix them, with the odd emoji. */
    public static Gen<String> mixedSentences() {
        return in -> {
            StringBuilder s = new StringBuilder();
            int pieces = range(in, 2, 4);
            for (int i = 0; i < pieces; i++) {
                int kind = range(in, 0, 9);
                if (kind < 4) {
                    s.append(cjkSentences().generate(in));
                } else if (kind < 8) {
                    s.append(chance(in, 50) && s.length() > 0 ? " " : "").append(latinSentences().generate(in));
                } else {
                    s.append(pick(in, EMOJI));
                }
            }
            return s.toString();
        };
    }

    /**
     * Text with characters that trip writers and escapers: Markdown markers, backslashes, HTML,
     * entities, comment ends, quotes, unusual spaces. Always starts with a word, so it is never blank.
     */
    public static Gen<String> oddText() {
        return in -> {
            StringBuilder s = new StringBuilder(chance(in, 50) ? pick(in, CJK_PHRASES) : pick(in, LATIN_WORDS));
            int pieces = range(in, 1, 4);
            for (int i = 0; i < pieces; i++) {
                s.append(pick(in, ODD));
                if (chance(in, 50)) {
                    s.append(chance(in, 50) ? pick(in, CJK_PHRASES) : pick(in, LATIN_WORDS));
                }
            }
            return s.toString();
        };
    }

    /** Any text the model holds in a text inline: never empty, never blank. */
    public static Gen<String> text() {
        return in -> {
            int kind = range(in, 0, 9);
            if (kind < 3) {
                return cjkSentences().generate(in);
            } else if (kind < 5) {
                return latinSentences().generate(in);
            } else if (kind < 8) {
                return mixedSentences().generate(in);
            }
            return oddText().generate(in);
        };
    }

    /** Short texts for titles, labels and names. */
    public static Gen<String> shortText() {
        return in -> chance(in, 70) ? pick(in, NAMES) : pick(in, CJK_PHRASES) + (chance(in, 30) ? pick(in, ODD) : "");
    }

    /** Addresses: real-looking ones and some with spaces, quotes, CJK and parentheses in them. */
    public static Gen<String> urls() {
        return in -> chance(in, 70) ? pick(in, URLS) : "https://example.com/" + range(in, 0, 99_999);
    }

    // ---------------------------------------------------------------- small values

    /** Source line ranges, 1-based, end never before start. */
    public static Gen<LineRange> lineRanges() {
        return in -> {
            int start = range(in, 1, 5000);
            return LineRange.of(start, start + (chance(in, 50) ? 0 : range(in, 1, 30)));
        };
    }

    /** Non-negative durations up to three hours, mostly to the millisecond, sometimes to the nanosecond. */
    public static Gen<Duration> durations() {
        return in -> {
            Duration millis = Duration.ofMillis(range(in, 0, 3 * 60 * 60 * 1000));
            int precision = range(in, 0, 9);
            if (precision == 0) {
                return Duration.ofSeconds(millis.toSeconds());
            }
            return precision == 9 ? millis.plusNanos(range(in, 1, 999_999)) : millis;
        };
    }

    /** Times between 2000 and 2035 with real-world offsets, mostly to the second. */
    public static Gen<OffsetDateTime> dateTimes() {
        return in -> {
            long second = Generate.longRange(EARLIEST, LATEST).generate(in);
            int precision = range(in, 0, 9);
            int nanos = precision < 7 ? 0 : precision < 9 ? range(in, 0, 999) * 1_000_000 : range(in, 0, 999_999_999);
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nanos), pick(in, OFFSETS));
        };
    }

    /** Header fields as written; values may be empty. */
    public static Gen<HeaderField> headerFields() {
        return in -> HeaderField.of(pick(in, HEADER_KEYS), chance(in, 20) ? "" : shortText().generate(in));
    }

    // ---------------------------------------------------------------- inline content

    /** One inline: text, code, image, line break, or strong, emphasis and links nesting a little. */
    public static Gen<Inline> inlines() {
        return in -> inline(in, INLINE_DEPTH);
    }

    /**
     * A run of inlines as a paragraph holds it: one to four, at least one plain text at the top, so
     * the run's plain text is never blank.
     */
    public static Gen<List<Inline>> inlineRuns() {
        return in -> {
            List<Inline> run = new ArrayList<>();
            int count = range(in, 1, 4);
            for (int i = 0; i < count; i++) {
                run.add(inline(in, INLINE_DEPTH));
            }
            if (run.stream().noneMatch(Inline.Text.class::isInstance)) {
                run.add(range(in, 0, run.size()), Inline.text(text().generate(in)));
            }
            return List.copyOf(run);
        };
    }

    private static Inline inline(RandomnessSource in, int depth) {
        int kind = range(in, 0, depth > 0 ? 12 : 8);
        switch (kind) {
            case 6:
                return Inline.code(chance(in, 10) ? "" : pick(in, List.of("x < y && z", "`a`", "a\nb", "o1-preview", "**")));
            case 7:
                return Inline.image(urls().generate(in), chance(in, 50) ? "" : shortText().generate(in));
            case 8:
                return Inline.lineBreak();
            case 9:
                return new Inline.Strong(children(in, depth - 1));
            case 10:
                return new Inline.Emphasis(children(in, depth - 1));
            case 11:
            case 12:
                return new Inline.Link(chance(in, 5) ? "" : urls().generate(in), children(in, depth - 1));
            default:
                return Inline.text(text().generate(in));
        }
    }

    private static List<Inline> children(RandomnessSource in, int depth) {
        int count = chance(in, 5) ? 0 : range(in, 1, 3);
        List<Inline> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            children.add(inline(in, depth));
        }
        return children;
    }

    // ---------------------------------------------------------------- blocks

    /** Paragraphs with text, with or without their source lines and a start time. */
    public static Gen<Paragraph> paragraphs() {
        return in -> Paragraph.builder()
                .inlines(inlineRuns().generate(in))
                .lines(maybe(in, lineRanges()))
                .start(chance(in, 20) ? Optional.of(durations().generate(in)) : Optional.empty())
                .build();
    }

    /** Editor's notes. */
    public static Gen<Note> notes() {
        return in -> Note.builder()
                .inlines(inlineRuns().generate(in))
                .lines(maybe(in, lineRanges()))
                .build();
    }

    /** List items nested up to two levels below the top; some have only children. */
    public static Gen<ListItem> listItems() {
        return in -> listItem(in, LIST_DEPTH);
    }

    private static ListItem listItem(RandomnessSource in, int depth) {
        List<ListItem> children = new ArrayList<>();
        int count = depth > 0 && chance(in, 30) ? range(in, 1, 2) : 0;
        for (int i = 0; i < count; i++) {
            children.add(listItem(in, depth - 1));
        }
        ListItem.Builder item = ListItem.builder().children(children).lines(maybe(in, lineRanges()));
        if (children.isEmpty() || chance(in, 90)) {
            item.inlines(inlineRuns().generate(in));
        }
        return item.build();
    }

    /** Bullet lists of one to three items. */
    public static Gen<BulletList> bulletLists() {
        return in -> BulletList.builder()
                .items(list(in, listItems(), 1, 3))
                .lines(maybe(in, lineRanges()))
                .build();
    }

    /** Front-matter blocks: mostly paragraphs, some notes and lists. */
    public static Gen<Block> blocks() {
        return in -> {
            int kind = range(in, 0, 4);
            return kind < 3 ? paragraphs().generate(in) : kind == 3 ? notes().generate(in) : bulletLists().generate(in);
        };
    }

    /** Highlight groups: a title, points, or both. */
    public static Gen<Highlight> highlights() {
        return in -> {
            Optional<String> title = maybe(in, shortText());
            return Highlight.builder()
                    .title(title)
                    .points(list(in, listItems(), title.isPresent() ? 0 : 1, 3))
                    .lines(maybe(in, lineRanges()))
                    .build();
        };
    }

    // ---------------------------------------------------------------- participants and transcript

    /** A participant with a random id; see {@link #participantLists()} for unique ids. */
    public static Gen<Participant> participants() {
        return in -> participant(in, pick(in, IDS));
    }

    /** Zero to four participants with unique ids. */
    public static Gen<List<Participant>> participantLists() {
        return in -> {
            int count = range(in, 0, 4);
            Set<String> ids = new HashSet<>();
            List<Participant> participants = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = pick(in, IDS);
                if (!ids.add(id)) {
                    id = id + "-" + (i + 1);
                    ids.add(id);
                }
                participants.add(participant(in, id));
            }
            return List.copyOf(participants);
        };
    }

    private static Participant participant(RandomnessSource in, String id) {
        return Participant.builder()
                .id(id)
                .name(shortText().generate(in))
                .role(Generate.enumValues(Role.class).generate(in))
                .aliases(list(in, shortText(), 0, 3))
                .affiliation(maybe(in, shortText()))
                .roleEvidence(list(in, text(), 0, 2))
                .build();
    }

    /** Turns of the speakers {@code speakerIds} (which must not be empty), each with text. */
    public static Gen<Turn> turns(List<String> speakerIds) {
        return in -> {
            Optional<Duration> start = maybe(in, durations());
            Optional<Duration> end = chance(in, 50)
                    ? Optional.empty()
                    : Optional.of(start.orElse(Duration.ZERO).plus(durations().generate(in)));
            return Turn.builder()
                    .speaker(pick(in, speakerIds))
                    .label(maybe(in, shortText()))
                    .paragraphs(firstUntimed(list(in, paragraphs(), 1, 3)))
                    .originalParagraphs(chance(in, 15) ? firstUntimed(list(in, paragraphs(), 1, 2)) : List.of())
                    .start(start)
                    .end(end)
                    .lines(maybe(in, lineRanges()))
                    .build();
        };
    }

    /** {@code paragraphs} with the first one's start removed: a turn's first paragraph is timed by the turn. */
    private static List<Paragraph> firstUntimed(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs);
        out.set(0, Paragraph.builder().from(out.get(0)).start(Optional.empty()).build());
        return out;
    }

    /** A section of zero to four turns of {@code speakerIds}; titled or not as asked. */
    public static Gen<Section> sections(List<String> speakerIds, boolean titled) {
        return in -> Section.builder()
                .title(titled ? Optional.of(shortText().generate(in)) : Optional.empty())
                .subtitle(titled ? maybe(in, shortText()) : Optional.empty())
                .titleLines(titled ? maybe(in, lineRanges()) : Optional.empty())
                .turns(speakerIds.isEmpty() ? List.of() : list(in, turns(speakerIds), 0, 4))
                .lines(maybe(in, lineRanges()))
                .build();
    }

    // ---------------------------------------------------------------- the rest of an article

    /** Media references of every kind, with or without title and start offset. */
    public static Gen<MediaReference> mediaReferences() {
        return in -> MediaReference.builder()
                .kind(Generate.enumValues(MediaKind.class).generate(in))
                .url(urls().generate(in))
                .title(maybe(in, shortText()))
                .startOffset(maybe(in, durations()))
                .lines(maybe(in, lineRanges()))
                .build();
    }

    /** Related-article links. */
    public static Gen<RelatedLink> relatedLinks() {
        return in -> RelatedLink.builder()
                .title(text().generate(in))
                .url(urls().generate(in))
                .lines(maybe(in, lineRanges()))
                .build();
    }

    /** Credits. */
    public static Gen<Credit> credits() {
        return in -> Credit.builder().text(text().generate(in)).lines(maybe(in, lineRanges())).build();
    }

    /** Boilerplate of every kind; the text of markup debris may be empty. */
    public static Gen<Boilerplate> boilerplate() {
        return in -> Boilerplate.builder()
                .kind(Generate.enumValues(BoilerplateKind.class).generate(in))
                .text(chance(in, 10) ? "" : text().generate(in))
                .lines(maybe(in, lineRanges()))
                .build();
    }

    /** Diagnostics of every severity and code. */
    public static Gen<Diagnostic> diagnostics() {
        return in -> Diagnostic.builder()
                .severity(Generate.enumValues(Severity.class).generate(in))
                .code(Generate.enumValues(DiagnosticCode.class).generate(in))
                .line(range(in, 1, 9999))
                .column(range(in, 1, 200))
                .message(text().generate(in))
                .build();
    }

    /** Metadata with every optional value present or absent. */
    public static Gen<Metadata> metadata() {
        return in -> Metadata.builder()
                .title(maybe(in, text()))
                .author(maybe(in, shortText()))
                .publishedAt(maybe(in, dateTimes()))
                .location(maybe(in, shortText()))
                .sourceUrl(maybe(in, urls()))
                .coverImageUrl(maybe(in, urls()))
                .claimedCharacters(chance(in, 50) ? OptionalInt.of(range(in, 0, 100_000)) : OptionalInt.empty())
                .claimedReadingMinutes(chance(in, 50) ? OptionalInt.of(range(in, 0, 120)) : OptionalInt.empty())
                .fields(list(in, headerFields(), 0, 4))
                .lines(list(in, lineRanges(), 0, 3))
                .build();
    }

    /** Arbitrary valid interviews. */
    public static Gen<Interview> interviews() {
        return in -> {
            List<Participant> participants = participantLists().generate(in);
            List<String> ids = participants.stream().map(Participant::id).toList();
            int sectionCount = range(in, 0, 4);
            boolean firstUntitled = chance(in, 40);
            List<Section> sections = new ArrayList<>();
            for (int i = 0; i < sectionCount; i++) {
                sections.add(sections(ids, i > 0 || !firstUntitled).generate(in));
            }
            return Interview.builder()
                    .metadata(metadata().generate(in))
                    .participants(participants)
                    .lead(list(in, blocks(), 0, 3))
                    .highlights(list(in, highlights(), 0, 3))
                    .sections(sections)
                    .media(list(in, mediaReferences(), 0, 2))
                    .related(list(in, relatedLinks(), 0, 3))
                    .credits(list(in, credits(), 0, 2))
                    .boilerplate(list(in, boilerplate(), 0, 3))
                    .diagnostics(list(in, diagnostics(), 0, 3))
                    .build();
        };
    }

    // ---------------------------------------------------------------- helpers

    private static int range(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return range(in, 1, 100) <= percent;
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(range(in, 0, values.size() - 1));
    }

    private static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
        return chance(in, 50) ? Optional.of(gen.generate(in)) : Optional.empty();
    }

    private static <T> List<T> list(RandomnessSource in, Gen<T> gen, int min, int max) {
        int size = range(in, min, max);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(gen.generate(in));
        }
        return values;
    }
}
