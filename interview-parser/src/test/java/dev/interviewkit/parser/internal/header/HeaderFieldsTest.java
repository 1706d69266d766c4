package dev.interviewkit.parser.internal.header;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Metadata;
import dev.interviewkit.parser.internal.Diagnostics;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class HeaderFieldsTest {

    private static Metadata apply(String key, String value, Diagnostics diagnostics) {
        Metadata.Builder metadata = Metadata.builder();
        HeaderFields.apply(key, value, 4, metadata, diagnostics);
        return metadata.build();
    }

    @Test
    void wechatTimesWithoutOffsetAreBeijingTime() {
        Metadata m = apply("发布时间", "2024-09-15 08:04", new Diagnostics(10));
        assertThat(m.publishedAt()).contains(OffsetDateTime.parse("2024-09-15T08:04:00+08:00"));
    }

    @Test
    void timesWithTheirOwnOffsetKeepIt() {
        Metadata m = apply("date", "2024-09-15T08:04:00Z", new Diagnostics(10));
        assertThat(m.publishedAt()).contains(OffsetDateTime.parse("2024-09-15T08:04:00Z"));
    }

    @Test
    void unknownPlaceMeansNoLocationButTheFieldIsKept() {
        Metadata m = apply("发布地", "未知地区", new Diagnostics(10));
        assertThat(m.location()).isEmpty();
        assertThat(m.field("发布地")).contains("未知地区");
    }

    @Test
    void anUnreadableDateIsAWarningWithItsLine() {
        Diagnostics diagnostics = new Diagnostics(10);
        Metadata m = apply("发布时间", "昨天", diagnostics);
        assertThat(m.publishedAt()).isEmpty();
        assertThat(diagnostics.toList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_HEADER_VALUE);
            assertThat(d.line()).isEqualTo(4);
        });
    }

    @Test
    void unknownKeysAreKeptAndReported() {
        Diagnostics diagnostics = new Diagnostics(10);
        Metadata m = apply("阅读量", "10万+", diagnostics);
        assertThat(m.field("阅读量")).contains("10万+");
        assertThat(diagnostics.toList()).extracting(d -> d.code()).containsExactly(DiagnosticCode.UNKNOWN_HEADER_FIELD);
    }
}
