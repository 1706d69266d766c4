package dev.interviewkit.parser.internal.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What header keys mean, as data: each key the header dialects know names the metadata field it
 * fills ({@code 发布时间} and {@code date} the publication time). Keys no row knows are kept as
 * plain key/value pairs.
 */
public final class HeaderKeys {

    /** The metadata fields a header key can fill. */
    public enum MetadataField { TITLE, AUTHOR, PUBLISHED, LOCATION, SOURCE, COVER }

    /** In lower case: keys are matched regardless of case. */
    private static final Map<String, MetadataField> KEYS = Map.ofEntries(
            Map.entry("标题", MetadataField.TITLE), Map.entry("title", MetadataField.TITLE),
            Map.entry("文章作者", MetadataField.AUTHOR), Map.entry("作者", MetadataField.AUTHOR),
            Map.entry("公众号", MetadataField.AUTHOR), Map.entry("公众号名称", MetadataField.AUTHOR),
            Map.entry("author", MetadataField.AUTHOR), Map.entry("account", MetadataField.AUTHOR),
            Map.entry("发布时间", MetadataField.PUBLISHED), Map.entry("发表时间", MetadataField.PUBLISHED),
            Map.entry("日期", MetadataField.PUBLISHED), Map.entry("date", MetadataField.PUBLISHED),
            Map.entry("published", MetadataField.PUBLISHED), Map.entry("publishedat", MetadataField.PUBLISHED),
            Map.entry("发布地", MetadataField.LOCATION), Map.entry("发布地点", MetadataField.LOCATION),
            Map.entry("ip属地", MetadataField.LOCATION), Map.entry("location", MetadataField.LOCATION),
            Map.entry("原文链接", MetadataField.SOURCE), Map.entry("原文地址", MetadataField.SOURCE),
            Map.entry("文章链接", MetadataField.SOURCE), Map.entry("url", MetadataField.SOURCE),
            Map.entry("link", MetadataField.SOURCE), Map.entry("source", MetadataField.SOURCE),
            Map.entry("sourceurl", MetadataField.SOURCE),
            Map.entry("封面图链接", MetadataField.COVER), Map.entry("封面", MetadataField.COVER),
            Map.entry("封面图", MetadataField.COVER), Map.entry("cover", MetadataField.COVER),
            Map.entry("cover_image", MetadataField.COVER), Map.entry("coverimage", MetadataField.COVER));

    private HeaderKeys() {}

    /** The metadata field {@code key} fills, case and surrounding spaces aside; empty for a key no row knows. */
    public static Optional<MetadataField> field(String key) {
        return Optional.ofNullable(KEYS.get(key.toLowerCase(Locale.ROOT).strip()));
    }

    /** Whether {@code key} is one the header dialects use. */
    public static boolean isKnown(String key) {
        return KEYS.containsKey(key.toLowerCase(Locale.ROOT).strip());
    }

    /** The keys as the labels they make in a body ({@code **作者：**}), in lower case. */
    static Stream<String> labels() {
        return KEYS.keySet().stream();
    }
}
