package dev.interviewkit.parser.internal.html;

import dev.interviewkit.model.HeaderField;
import dev.interviewkit.model.LineRange;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.header.HeaderTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved page's metadata, each field from the most reliable place that has it: the inline
 * script variables WeChat's own script reads ({@link ScriptVariables}), then the
 * {@code og:*}/{@code author} meta tags, then the visible page ({@code #activity-name},
 * {@code #js_name}, {@code #publish_time}; older pages' {@code h2#activity-name},
 * {@code em#post-date}, {@code a#post-user}). The page {@code <title>} comes last: it is often
 * empty. Every value used is kept as a header field named after where it was found
 * ({@code nickname: 波元霸}), so that the account, which the model has no field for, is kept too.
 *
 * @param metadata the metadata, without source lines
 * @param account the publishing account ({@code nickname}), apart from the author
 * @param lines the page lines the values stand on
 */
record PageMetadata(Metadata metadata, Optional<String> account, List<LineRange> lines) {

    private static final List<String> VARIABLES = List.of("msg_title", "nickname", "author", "ct", "createTime",
            "msg_link", "msg_cdn_url", "msg_desc");

    /** No metadata at all. */
    static final PageMetadata NONE = new PageMetadata(Metadata.empty(), Optional.empty(), List.of());

    /** The metadata of {@code page}. */
    static PageMetadata read(Document page) {
        return new Reader(page).read();
    }

    /** A value and where it was found. */
    private record Found(String key, String value, int line) {}

    private static final class Reader {
        private final Document page;
        private final ScriptVariables scripts;
        private final Metadata.Builder metadata = Metadata.builder();
        private final TreeSet<Integer> lines = new TreeSet<>();

        Reader(Document page) {
            this.page = page;
            this.scripts = ScriptVariables.read(page, VARIABLES);
        }

        PageMetadata read() {
            first(script("msg_title"), meta("property", "og:title"), meta("name", "twitter:title"),
                    element("activity-name"), tag("title")).ifPresent(f -> metadata.title(f.value()));
            Optional<String> account = first(script("nickname"), element("js_name"), element("post-user"))
                    .map(Found::value);
            Optional<String> author = first(script("author"), meta("name", "author"),
                    meta("property", "og:article:author"), authorLine()).map(Found::value);
            author.or(() -> account).ifPresent(metadata::author);
            first(time(script("ct")), time(script("createTime")), time(element("publish_time")),
                    time(element("post-date"))).flatMap(Reader::readTime).ifPresent(metadata::publishedAt);
            first(script("provinceName")).ifPresent(f -> metadata.location(f.value()));
            first(script("msg_link"), meta("property", "og:url")).ifPresent(f -> metadata.sourceUrl(f.value()));
            first(script("msg_cdn_url"), meta("property", "og:image")).ifPresent(f -> metadata.coverImageUrl(f.value()));
            first(script("msg_desc"), meta("property", "og:description"));
            List<LineRange> ranges = lines.stream().map(LineRange::line).toList();
            return new PageMetadata(metadata.build(), account, ranges);
        }

        /** The first source that has a value: it is recorded as a field and its line kept; the others are not. */
        @SafeVarargs
        private Optional<Found> first(Optional<Found>... sources) {
            for (Optional<Found> source : sources) {
                if (source.isPresent()) {
                    Found found = source.get();
                    metadata.addField(HeaderField.of(found.key(), found.value()));
                    lines.add(found.line());
                    return source;
                }
            }
            return Optional.empty();
        }

        private Optional<Found> script(String name) {
            return scripts.get(name).map(v -> new Found(name, v.text(), v.line()));
        }

        private Optional<Found> meta(String attribute, String name) {
            for (Element meta : page.getElementsByAttributeValue(attribute, name)) {
                if (meta.normalName().equals("meta")) {
                    String content = meta.attr("content").strip();
                    if (!content.isEmpty()) {
                        return Optional.of(new Found(name, content, line(meta)));
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Found> element(String id) {
            Element element = page.getElementById(id);
            return element == null ? Optional.empty() : text("#" + id, element);
        }

        private Optional<Found> tag(String name) {
            Element element = page.selectFirst(name);
            return element == null ? Optional.empty() : text(name, element);
        }

        /** The author line above the title on modern pages: the meta text that is neither the account nor the time. */
        private Optional<Found> authorLine() {
            Element meta = page.getElementById("meta_content");
            if (meta == null) {
                return Optional.empty();
            }
            for (Element span : meta.getElementsByClass("rich_media_meta_text")) {
                if (span.normalName().equals("span") && span.id().isEmpty()) {
                    return text(".rich_media_meta_text", span);
                }
            }
            return Optional.empty();
        }

        private static Optional<Found> text(String key, Element element) {
            String text = element.text().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(new Found(key, text, line(element)));
        }

        /** A time field, when its value reads as a time; the field keeps the value as written. */
        private static Optional<Found> time(Optional<Found> found) {
            return found.filter(f -> readTime(f).isPresent());
        }

        private static Optional<OffsetDateTime> readTime(Found found) {
            return found.key().equals("ct") ? epochSeconds(found.value()) : HeaderTimes.parse(found.value());
        }

        /** WeChat's {@code ct}: Unix seconds, shown in Beijing time. */
        private static Optional<OffsetDateTime> epochSeconds(String value) {
            if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            return Optional.of(OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), HeaderTimes.BEIJING));
        }

        private static int line(Element element) {
            return Math.max(1, element.sourceRange().start().lineNumber());
        }
    }
}
