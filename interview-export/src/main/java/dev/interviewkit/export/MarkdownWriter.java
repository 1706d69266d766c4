package dev.interviewkit.export;

import dev.interviewkit.export.internal.text.DocumentLanguage;
import dev.interviewkit.export.internal.markdown.MarkdownText;
import dev.interviewkit.export.internal.cues.Timecodes;
import dev.interviewkit.export.internal.markdown.YamlText;
import dev.interviewkit.model.Block;
import dev.interviewkit.model.Boilerplate;
import dev.interviewkit.model.BulletList;
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
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an interview as clean, canonical Markdown: the article as the reference crawler would have
 * saved it without html2text's damage, which {@code InterviewParser} reads back into the same
 * interview.
 *
 * <p>In order: the header ({@code # title}, then {@code 文章作者: …} lines, or, by option, YAML front
 * matter), the length claim ({@code 全文约10,000 字，阅读约需25分钟}), the highlights as a bullet list
 * ({@code * **title**：} with nested points), the lead (paragraphs; notes as {@code （注：…）}), the
 * transcript ({@code ## title} for a section, {@code > subtitle} under it, one paragraph a line, each
 * turn opened by one normalised bold label: {@code **主持人：**} in a Chinese interview,
 * {@code **Host:** } in a Latin one), then the source media ({@code 原视频链接：https://…}), credits and
 * related links ({@code [title](url)}). Boilerplate is left out unless {@link Builder#keepBoilerplate}
 * asks for it; it then follows at the end, each opened by a comment naming its kind
 * ({@code <!-- boilerplate: promotion -->}), which the parser reads back and a renderer hides.
 *
 * <p>Every text the interview holds is escaped so that it cannot turn into markup: {@code * _ [ ] `
 * < > \}, a {@code #}, {@code >}, {@code -}, {@code +} or {@code 1.} that starts a line, a bare
 * address, an {@code &} that would start a character reference, a line that would read as a speaker
 * label. Emphasis, links, images and code are written as Markdown, a hard line break as {@code <br>}
 * (a line ending in a break would start a new paragraph for the parser), a picture the source set
 * between turns back between them with its caption after it. A turn's times, where the source gave
 * them, open its first paragraph as {@code \[04:22\]} ({@code \[04:22.5–05:10\]} with a fraction
 * of a second or an end), and a later paragraph's start opens that paragraph; its
 * original-language paragraphs follow it in a {@code <details>} block, as bilingual exports write
 * them.
 *
 * <p>With {@link Header#YAML_FRONT_MATTER} and {@link Builder#keepBoilerplate}, the Markdown carries
 * the whole interview apart from source lines and diagnostics: the front matter holds the typed
 * metadata, the header fields as the source wrote them ({@code fields:}), the length claim and every
 * participant ({@code participants:} with id, name, role, aliases, affiliation and role evidence),
 * which the parser takes as declared. Reading it back gives the same interview, up to the one
 * spelling Markdown has for inline runs (white space folded, adjacent texts merged). With the
 * reference header, a participant is what the labels of their turns say, without affiliation or role
 * evidence.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownWriter implements InterviewWriter {

    /** How the header is written. */
    public enum Header {
        /** The reference crawler's header: {@code # title}, then one {@code key: value} line a field. */
        REFERENCE,
        /** YAML front matter between {@code ---} lines: metadata, fields and participants. */
        YAML_FRONT_MATTER
    }

    /** Which label opens each turn. */
    public enum Labels {
        /** The label the source used for the turn ({@code 嘉宾Sam Altman}), else the participant's first alias or name. */
        AS_WRITTEN,
        /** The participant's name. */
        NAMES
    }

    /** Characters a written label must not hold: those no label holds, its bold markers and its colon. */
    private static final String NOT_IN_LABELS = MarkdownText.LABEL_STOPS + "*:：";
    private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Header header;
    private final Labels labels;
    private final boolean keepBoilerplate;

    private MarkdownWriter(Builder builder) {
        this.header = builder.header;
        this.labels = builder.labels;
        this.keepBoilerplate = builder.keepBoilerplate;
    }

    /** A builder: reference header, labels as written, no boilerplate. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(Interview interview, Appendable out) throws IOException {
        boolean chinese = DocumentLanguage.isChinese(interview);
        Blocks blocks = new Blocks(out);
        if (header == Header.YAML_FRONT_MATTER) {
            frontMatter(interview, out);
        } else {
            referenceHeader(interview.metadata(), blocks);
        }
        lengthClaim(interview.metadata(), blocks);
        highlights(interview.highlights(), chinese, blocks);
        for (Block block : interview.lead()) {
            lead(block, blocks);
        }
        List<MediaReference> inHeadings = transcript(interview, chinese, blocks);
        for (MediaReference media : interview.media()) {
            if (!inHeadings.contains(media)) {
                media(media, blocks);
            }
        }
        for (Credit credit : interview.credits()) {
            blocks.add(MarkdownText.plain(credit.text()));
        }
        for (RelatedLink link : interview.related()) {
            blocks.add("[" + MarkdownText.plain(link.title()) + "](" + MarkdownText.destination(link.url()) + ")");
        }
        if (keepBoilerplate) {
            for (Boilerplate boilerplate : interview.boilerplate()) {
                blocks.add(boilerplate(boilerplate));
            }
        }
    }

    /** Blocks separated by one blank line, each written as soon as it is ready. */
    private static final class Blocks {
        private final Appendable out;
        private boolean first = true;

        Blocks(Appendable out) {
            this.out = out;
        }

        void add(String block) throws IOException {
            if (block.isEmpty()) {
                return;
            }
            if (!first) {
                out.append('\n');
            }
            out.append(block).append('\n');
            first = false;
        }
    }

    // ------------------------------------------------------------------ header

    private static void referenceHeader(Metadata metadata, Blocks blocks) throws IOException {
        if (metadata.title().isPresent()) {
            blocks.add("# " + heading(metadata.title().get()));
        }
        StringBuilder fields = new StringBuilder();
        for (HeaderField field : headerFields(metadata)) {
            fields.append(fields.length() == 0 ? "" : "\n").append(oneLine(field.key())).append(": ")
                    .append(oneLine(field.value()));
        }
        blocks.add(fields.toString());
    }

    /** The fields as written, and a standard field for each typed value no field gives. */
    private static List<HeaderField> headerFields(Metadata metadata) {
        List<HeaderField> fields = new ArrayList<>(metadata.fields());
        addMissing(fields, metadata.author(), "文章作者", "作者", "公众号", "公众号名称", "author", "account");
        addMissing(fields, metadata.publishedAt().map(MarkdownWriter::time), "发布时间", "发表时间", "日期", "date",
                "published", "publishedat");
        addMissing(fields, metadata.location(), "发布地", "发布地点", "ip属地", "location");
        addMissing(fields, metadata.sourceUrl(), "原文链接", "原文地址", "文章链接", "url", "link", "source", "sourceurl");
        addMissing(fields, metadata.coverImageUrl(), "封面图链接", "封面", "封面图", "cover", "cover_image", "coverimage");
        return fields;
    }

    private static void addMissing(List<HeaderField> fields, Optional<String> value, String key, String... others) {
        if (value.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(List.of(others));
        keys.add(key);
        boolean present = fields.stream().anyMatch(f -> keys.contains(f.key().strip().toLowerCase(Locale.ROOT)));
        if (!present) {
            fields.add(HeaderField.of(key, value.get()));
        }
    }

    /** {@code 2024-09-15 08:04} for Beijing time to the minute, ISO-8601 with its offset otherwise. */
    private static String time(OffsetDateTime time) {
        boolean minute = time.getSecond() == 0 && time.getNano() == 0;
        return minute && time.getOffset().equals(ZoneOffset.ofHours(8)) ? BEIJING_TIME.format(time) : time.toString();
    }

    private static void frontMatter(Interview interview, Appendable out) throws IOException {
        Metadata metadata = interview.metadata();
        out.append("---\n");
        YamlText.scalar(out, "title", metadata.title());
        YamlText.scalar(out, "author", metadata.author());
        YamlText.scalar(out, "published", metadata.publishedAt().map(OffsetDateTime::toString));
        YamlText.scalar(out, "location", metadata.location());
        YamlText.scalar(out, "source", metadata.sourceUrl());
        YamlText.scalar(out, "cover", metadata.coverImageUrl());
        if (metadata.claimedCharacters().isPresent()) {
            out.append("characters: ").append(Integer.toString(metadata.claimedCharacters().getAsInt())).append('\n');
        }
        if (metadata.claimedReadingMinutes().isPresent()) {
            out.append("readingMinutes: ").append(Integer.toString(metadata.claimedReadingMinutes().getAsInt())).append('\n');
        }
        // The fields as the source wrote them, also when there were none: a listed `fields` is the
        // header, and the typed keys above then fill the metadata only.
        out.append(metadata.fields().isEmpty() ? "fields: []\n" : "fields:\n");
        for (HeaderField field : metadata.fields()) {
            out.append("  - key: ").append(YamlText.quoted(field.key())).append('\n');
            out.append("    value: ").append(YamlText.quoted(field.value())).append('\n');
        }
        if (!interview.participants().isEmpty()) {
            out.append("participants:\n");
            for (Participant participant : interview.participants()) {
                out.append("  - id: ").append(YamlText.quoted(participant.id())).append('\n');
                out.append("    name: ").append(YamlText.quoted(participant.name())).append('\n');
                out.append("    role: ").append(participant.role().name().toLowerCase(Locale.ROOT)).append('\n');
                out.append("    aliases: ").append(YamlText.list(participant.aliases())).append('\n');
                if (participant.affiliation().isPresent()) {
                    out.append("    affiliation: ").append(YamlText.quoted(participant.affiliation().get())).append('\n');
                }
                out.append("    evidence: ").append(YamlText.list(participant.roleEvidence())).append('\n');
            }
        }
        out.append("---\n\n");
    }

    private static void lengthClaim(Metadata metadata, Blocks blocks) throws IOException {
        if (metadata.claimedCharacters().isPresent()) {
            String claim = String.format(Locale.ROOT, "全文约%,d 字", metadata.claimedCharacters().getAsInt());
            if (metadata.claimedReadingMinutes().isPresent()) {
                claim += "，阅读约需" + metadata.claimedReadingMinutes().getAsInt() + "分钟";
            }
            blocks.add(claim);
        }
    }

    // ------------------------------------------------------------------ lead and highlights

    private static void highlights(List<Highlight> highlights, boolean chinese, Blocks blocks) throws IOException {
        StringBuilder list = new StringBuilder();
        for (Highlight highlight : highlights) {
            if (highlight.title().isPresent()) {
                item(list, 0, "**" + MarkdownText.plain(highlight.title().get()) + "**" + (chinese ? "：" : ":"));
                for (ListItem point : highlight.points()) {
                    items(list, point, 1);
                }
            } else {
                for (ListItem point : highlight.points()) {
                    items(list, point, 0);
                }
            }
        }
        blocks.add(list.toString());
    }

    private static void items(StringBuilder list, ListItem item, int depth) {
        String own = MarkdownText.paragraph(item.inlines());
        item(list, depth, own.isEmpty() ? "<!-- -->" : own);
        for (ListItem child : item.children()) {
            items(list, child, depth + 1);
        }
    }

    private static void item(StringBuilder list, int depth, String content) {
        list.append(list.length() == 0 ? "" : "\n").append("  ".repeat(depth)).append("* ").append(content);
    }

    private static void lead(Block block, Blocks blocks) throws IOException {
        if (block instanceof Paragraph paragraph) {
            blocks.add(MarkdownText.paragraph(paragraph.inlines()));
        } else if (block instanceof Note note) {
            blocks.add("（注：" + MarkdownText.paragraph(note.inlines()) + "）");
        } else if (block instanceof BulletList list) {
            StringBuilder items = new StringBuilder();
            for (ListItem item : list.items()) {
                items(items, item, 0);
            }
            blocks.add(items.toString());
        }
    }

    // ------------------------------------------------------------------ transcript

    /** Writes the sections; returns the images written in their headings or between turns (the parser keeps those as media). */
    private List<MediaReference> transcript(Interview interview, boolean chinese, Blocks blocks) throws IOException {
        List<Turn> turns = interview.turns();
        Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        List<MediaReference> inHeadings = new ArrayList<>();
        // Pictures the source set between turns go back there, in the order of their source lines.
        List<MediaReference> images = interview.media().stream()
                .filter(m -> m.kind() == MediaKind.IMAGE && m.lines().isPresent() && last != null
                        && turns.get(0).lines().isPresent() && m.lines().get().start() > turns.get(0).lines().get().start()
                        && interview.sections().stream().noneMatch(s -> s.titleLines().equals(m.lines())))
                .toList();
        List<MediaReference> placed = new ArrayList<>();
        for (Section section : interview.sections()) {
            if (section.title().isPresent()) {
                StringBuilder headingImages = new StringBuilder();
                for (MediaReference media : interview.media()) {
                    if (media.kind() == MediaKind.IMAGE && section.titleLines().isPresent()
                            && media.lines().equals(section.titleLines())) {
                        headingImages.append(image(media));
                        inHeadings.add(media);
                    }
                }
                blocks.add("## " + headingImages + heading(section.title().get()));
            }
            if (section.subtitle().isPresent()) {
                blocks.add("> " + MarkdownText.plain(section.subtitle().get()));
            }
            for (Turn turn : section.turns()) {
                for (MediaReference image : images) {
                    if (!placed.contains(image) && turn.lines().isPresent()
                            && image.lines().get().start() < turn.lines().get().start()) {
                        blocks.add(image(image));
                        placed.add(image);
                    }
                }
                turn(interview, turn, turn == last, chinese, blocks, images, placed);
            }
        }
        for (MediaReference image : images) {
            if (!placed.contains(image)) {
                blocks.add(image(image)); // after the last turn's words, before the footer
                placed.add(image);
            }
        }
        inHeadings.addAll(placed);
        return inHeadings;
    }

    /**
     * The paragraphs to write for a turn. After the last turn a paragraph of images only, or of one
     * link only, reads as the footer's; there it joins the paragraph before it after a line break.
     */
    private static List<Paragraph> paragraphs(Turn turn, boolean last) {
        List<Paragraph> paragraphs = new ArrayList<>(turn.paragraphs());
        while (last && paragraphs.size() > 1 && readsAsFooter(paragraphs.get(paragraphs.size() - 1))) {
            Paragraph tail = paragraphs.remove(paragraphs.size() - 1);
            Paragraph before = paragraphs.remove(paragraphs.size() - 1);
            paragraphs.add(Paragraph.builder().start(before.start()).addAllInlines(before.inlines()).addInline(Inline.lineBreak())
                    .addAllInlines(tail.inlines()).build());
        }
        return paragraphs;
    }

    private static boolean readsAsFooter(Paragraph paragraph) {
        List<Inline> inlines = flat(paragraph.inlines());
        boolean images = inlines.stream().allMatch(i -> i instanceof Inline.Image || i instanceof Inline.LineBreak
                || i instanceof Inline.Text t && t.value().isBlank());
        long links = inlines.stream().filter(Inline.Link.class::isInstance).count();
        boolean oneLink = links == 1 && inlines.stream().allMatch(i -> i instanceof Inline.Link || i.plainText().isBlank());
        return images || oneLink;
    }

    private static List<Inline> flat(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Strong s) {
                out.addAll(flat(s.children()));
            } else if (inline instanceof Inline.Emphasis e) {
                out.addAll(flat(e.children()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private void turn(Interview interview, Turn turn, boolean last, boolean chinese, Blocks blocks,
            List<MediaReference> images, List<MediaReference> placed) throws IOException {
        String label = "**" + label(interview, turn) + (chinese ? "：**" : ":** ");
        boolean first = true;
        for (Paragraph paragraph : paragraphs(turn, last)) {
            for (MediaReference image : images) {
                if (!first && !placed.contains(image) && paragraph.lines().isPresent()
                        && image.lines().get().start() < paragraph.lines().get().start()) {
                    blocks.add(image(image));
                    placed.add(image);
                }
            }
            String text = MarkdownText.paragraph(paragraph.inlines());
            if (text.isEmpty()) {
                continue;
            }
            if (first) {
                text = timeSpan(turn) + text;
                // Stars right after the label would read as the label's own markup.
                blocks.add(text.startsWith("*") ? label.strip() + "\n" + text : label + text);
                first = false;
            } else {
                blocks.add(paragraph.start().map(start -> "\\[" + clock(start) + "\\] ").orElse("") + text);
            }
        }
        if (first) {
            blocks.add(label.strip());
        }
        if (!turn.originalParagraphs().isEmpty()) {
            blocks.add(originalText(turn));
        }
    }

    /**
     * The times the source gave, as the transcript convention writes them before the words
     * ({@code \[04:22\] }); with an end when the turn has one ({@code \[04:22–05:10\] }), and
     * with a fraction of a second only where the time has one.
     */
    private static String timeSpan(Turn turn) {
        if (turn.start().isEmpty() && turn.end().isEmpty()) {
            return "";
        }
        String span = turn.start().map(MarkdownWriter::clock).orElse("") + turn.end().map(e -> "–" + clock(e)).orElse("");
        return "\\[" + span + "\\] ";
    }

    /** {@code 04:22}, {@code 1:02:05}, {@code 04:22.25}. */
    private static String clock(Duration time) {
        String clock = Timecodes.youtube(time.getSeconds() * 1000);
        if (time.getNano() == 0) {
            return clock;
        }
        String fraction = String.format(Locale.ROOT, "%09d", time.getNano()).replaceFirst("0+$", "");
        return clock + "." + fraction;
    }

    /** The turn's original-language text, as the bilingual exports keep it: a {@code <details>} block. */
    private static String originalText(Turn turn) {
        StringBuilder details = new StringBuilder("<details>\n<summary>Original</summary>\n");
        for (Paragraph paragraph : turn.originalParagraphs()) {
            details.append("<p>").append(escapeHtml(paragraph.text())).append("</p>\n");
        }
        return details.append("</details>").toString();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The turn's label, cleaned of what no label holds. */
    private String label(Interview interview, Turn turn) {
        Optional<Participant> participant = interview.participant(turn.speaker());
        String name = participant.map(Participant::name).orElse(turn.speaker());
        String label = labels == Labels.NAMES ? name
                : turn.label().orElse(participant.flatMap(p -> p.aliases().stream().findFirst()).orElse(name));
        String clean = clean(label);
        if (clean.isEmpty()) {
            clean = clean(name);
        }
        return clean.isEmpty() ? clean(turn.speaker()).isEmpty() ? "Speaker" : clean(turn.speaker()) : clean;
    }

    private static String clean(String label) {
        StringBuilder out = new StringBuilder();
        label.codePoints().filter(cp -> NOT_IN_LABELS.indexOf(cp) < 0).forEach(cp -> out.appendCodePoint(
                Character.isWhitespace(cp) || Character.isISOControl(cp) ? ' ' : cp));
        String clean = out.toString().replaceAll(" +", " ").strip();
        return clean.length() > MarkdownText.MAX_LABEL_LENGTH ? clean.substring(0, MarkdownText.MAX_LABEL_LENGTH).strip()
                : clean;
    }

    // ------------------------------------------------------------------ footer

    /**
     * Kept boilerplate: a comment naming its kind, which the parser reads (and a renderer hides),
     * then its text, so that it reads back as boilerplate of that kind and never as a turn's words.
     */
    private static String boilerplate(Boilerplate boilerplate) {
        String marker = "<!-- boilerplate: " + boilerplate.kind().name().toLowerCase(Locale.ROOT) + " -->";
        String text = MarkdownText.plain(boilerplate.text());
        return text.isEmpty() ? marker : marker + "\n" + text;
    }

    private static void media(MediaReference media, Blocks blocks) throws IOException {
        String link = MarkdownText.isBareUrl(media.url()) ? media.url()
                : "[" + MarkdownText.plain(media.url()) + "](" + MarkdownText.destination(media.url()) + ")";
        if (media.kind() == MediaKind.IMAGE) {
            blocks.add(image(media));
        } else {
            blocks.add(media.title().map(t -> MarkdownText.plain(t) + "：").orElse("") + link);
        }
    }

    /** A picture with its caption glued after it, as the exporters write them and the parser reads them. */
    private static String image(MediaReference media) {
        return "![](" + MarkdownText.destination(media.url()) + ")" + media.title().map(MarkdownText::plain).orElse("");
    }

    private static String heading(String title) {
        return MarkdownText.plain(title).replace("#", "\\#");
    }

    private static String oneLine(String value) {
        return value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** Configures a {@link MarkdownWriter}. */
    public static final class Builder {
        private Header header = Header.REFERENCE;
        private Labels labels = Labels.AS_WRITTEN;
        private boolean keepBoilerplate;

        private Builder() {}

        /** How the header is written; {@link Header#REFERENCE} by default. */
        public Builder header(Header header) {
            this.header = Objects.requireNonNull(header, "header");
            return this;
        }

        /** Which label opens each turn; {@link Labels#AS_WRITTEN} by default. */
        public Builder labels(Labels labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /** Whether boilerplate (promotion, calls to action, end markers…) is written at the end; no by default. */
        public Builder keepBoilerplate(boolean keep) {
            this.keepBoilerplate = keep;
            return this;
        }

        /** The writer. */
        public MarkdownWriter build() {
            return new MarkdownWriter(this);
        }
    }
}
