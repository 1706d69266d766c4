package dev.interviewkit.export;

import static dev.interviewkit.export.JsonSupport.PRETTY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.testing.ReferenceInterview;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The hand-built reference interview, written: the places a consumer looks first. */
class ReferenceJsonTest {

    private final String json = PRETTY.write(ReferenceInterview.interview());
    private final JsonNode root = JsonSupport.MAPPER.readTree(json);

    @Test
    void topLevelKeysAreExactlyThoseOfVersionTwo() {
        assertThat(root.propertyNames()).containsExactly("schemaVersion", "hasTranscript", "metadata", "speakers", "lead",
                "highlights", "sections", "media", "related", "credits", "boilerplate", "diagnostics");
        assertThat(root.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(root.get("hasTranscript").booleanValue()).isTrue();
    }

    @Test
    void metadataHasTheHeadersValues() {
        assertThat(root.at("/metadata/title").stringValue()).isEqualTo(ReferenceInterview.TITLE);
        assertThat(root.at("/metadata/author").stringValue()).isEqualTo("AI深度研究员");
        assertThat(root.at("/metadata/publishedAt").stringValue()).isEqualTo("2024-09-15T08:04:00+08:00");
        assertThat(root.at("/metadata/location").stringValue()).isEqualTo("上海");
        assertThat(root.at("/metadata/claimedCharacters").intValue()).isEqualTo(10_000);
        assertThat(root.at("/metadata/claimedReadingMinutes").intValue()).isEqualTo(25);
        assertThat(root.at("/metadata/fields/1/key").stringValue()).isEqualTo("发布时间");
    }

    @Test
    void rolesAreLowerCase() {
        assertThat(root.at("/speakers/0/role").stringValue()).isEqualTo("host");
        assertThat(root.at("/speakers/1/role").stringValue()).isEqualTo("guest");
        assertThat(root.at("/boilerplate/0/kind").stringValue()).isEqualTo("call_to_action");
        assertThat(root.at("/diagnostics/0/severity").stringValue()).isEqualTo("warning");
    }

    @Test
    void untitledOpeningSectionHasNoTitle() {
        assertThat(root.at("/sections/0").has("title")).isFalse();
        assertThat(root.at("/sections/1/title").stringValue()).isEqualTo("高中生活");
    }

    @Test
    void turnsReferToSpeakersByIdAndCarryPlainText() {
        assertThat(root.at("/sections/0/turns/1/speaker").stringValue()).isEqualTo("sam-altman");
        assertThat(root.at("/sections/0/turns/1/label").stringValue()).isEqualTo("嘉宾Sam Altman");
        assertThat(root.at("/sections/0/turns/0/paragraphs/1/text").stringValue()).isEqualTo("欢迎你，Sam Altman。");
        assertThat(root.at("/sections/0/turns/0/paragraphs/0/text").stringValue()).contains("我是Elain Chaw。");
        assertThat(root.at("/sections/0/turns/0/lines/start").intValue()).isEqualTo(59);
    }

    @Test
    void sourceVideoStartsAt780Seconds() {
        assertThat(root.at("/media/1/kind").stringValue()).isEqualTo("video");
        assertThat(root.at("/media/1/startOffsetSeconds").intValue()).isEqualTo(780);
    }

    @Test
    void highlightsKeepTheirGroups() {
        assertThat(root.at("/highlights").size()).isEqualTo(3);
        assertThat(root.at("/highlights/0/points").size()).isEqualTo(3);
        assertThat(root.at("/highlights/1/title").stringValue()).isEqualTo("谨慎对待AI炒作");
    }

    @Test
    void documentValidatesAgainstTheSchema() {
        assertThat(JsonSupport.schemaErrors(json)).isEmpty();
    }
}
