package dev.interviewkit.export;

import static dev.interviewkit.export.JsonSupport.COMPACT;
import static dev.interviewkit.export.JsonSupport.MAPPER;
import static dev.interviewkit.export.JsonSupport.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.MediaKind;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Severity;
import dev.interviewkit.model.testing.ReferenceInterview;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The shipped schema: well formed, in step with the model, and strict enough to catch mistakes. */
class JsonSchemaTest {

    private static final JsonNode SCHEMA = MAPPER.readTree(JsonWriter.schema());

    private static List<Error> errorsOfEdited(Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(COMPACT.write(ReferenceInterview.interview()));
        edit.accept(root);
        return schemaErrors(root.toString());
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.stringValue()));
        return values;
    }

    @Test
    void schemaIsValidDraft202012() {
        com.networknt.schema.Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertThat(meta.validate(JsonWriter.schema(), InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void enumsListExactlyTheModelsValuesInLowerCase() {
        assertThat(strings(SCHEMA.at("/$defs/speaker/properties/role/enum"))).isEqualTo(names(Role.class));
        assertThat(strings(SCHEMA.at("/$defs/media/properties/kind/enum"))).isEqualTo(names(MediaKind.class));
        assertThat(strings(SCHEMA.at("/$defs/boilerplate/properties/kind/enum"))).isEqualTo(names(BoilerplateKind.class));
        assertThat(strings(SCHEMA.at("/$defs/diagnostic/properties/severity/enum"))).isEqualTo(names(Severity.class));
        assertThat(strings(SCHEMA.at("/$defs/diagnostic/properties/code/enum"))).isEqualTo(names(DiagnosticCode.class));
    }

    @Test
    void everyPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        findUndescribed(SCHEMA, "", undescribed);
        assertThat(undescribed).isEmpty();
    }

    private static void findUndescribed(JsonNode node, String pointer, List<String> undescribed) {
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (String name : properties.propertyNames()) {
                JsonNode property = properties.get(name);
                if (!property.has("description") && !pointer.contains("anyOf")) {
                    undescribed.add(pointer + "/properties/" + name);
                }
            }
        }
        for (String name : node.propertyNames()) {
            JsonNode child = node.get(name);
            if (child.isObject()) {
                findUndescribed(child, pointer + "/" + name, undescribed);
            } else if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    findUndescribed(child.get(i), pointer + "/" + name + "/" + i, undescribed);
                }
            }
        }
    }

    @Test
    void schemaRejectsNull() {
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/metadata")).putNull("author"))).isNotEmpty();
    }

    @Test
    void schemaRejectsUnknownFields() {
        assertThat(errorsOfEdited(root -> root.put("chapters", 1))).isNotEmpty();
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/sections/0/turns/0")).put("text", "x"))).isNotEmpty();
    }

    @Test
    void schemaRejectsMissingRequiredFields() {
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/sections/0/turns/0")).remove("speaker"))).isNotEmpty();
        assertThat(errorsOfEdited(root -> root.remove("diagnostics"))).isNotEmpty();
    }

    @Test
    void schemaRejectsUpperCaseEnumValues() {
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/speakers/0")).put("role", "HOST"))).isNotEmpty();
    }

    @Test
    void schemaRejectsOtherVersions() {
        assertThat(errorsOfEdited(root -> root.put("schemaVersion", 3))).isNotEmpty();
    }

    @Test
    void schemaAcceptsVersionOneWithoutHasTranscriptAndRequiresItInVersionTwo() {
        assertThat(errorsOfEdited(root -> {
            root.put("schemaVersion", 1);
            root.remove("hasTranscript");
        })).isEmpty();
        assertThat(errorsOfEdited(root -> root.remove("hasTranscript"))).isNotEmpty();
        assertThat(errorsOfEdited(root -> root.put("schemaVersion", 1))).isNotEmpty();
    }

    @Test
    void schemaRejectsDatesWithoutOffset() {
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/metadata")).put("publishedAt", "2024-09-15T08:04:00")))
                .isNotEmpty();
    }

    @Test
    void schemaRejectsNegativeDurationsAndLinesBeforeOne() {
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/media/1")).put("startOffsetSeconds", -1))).isNotEmpty();
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/credits/0/lines")).put("start", 0))).isNotEmpty();
    }

    @Test
    void schemaRejectsInlinesOfUnknownTypeAndEmptyText() {
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/lead/0/inlines/0")).put("type", "strike"))).isNotEmpty();
        assertThat(errorsOfEdited(root -> ((ObjectNode) root.at("/lead/0/inlines/0")).put("text", ""))).isNotEmpty();
    }

    @Test
    void schemaRejectsAHighlightWithNeitherTitleNorPoints() {
        assertThat(errorsOfEdited(root -> {
            ObjectNode highlight = (ObjectNode) root.at("/highlights/0");
            highlight.remove("title");
            highlight.putArray("points");
        })).isNotEmpty();
    }

    @Test
    void schemaIsServedByTheWriter() {
        assertThat(JsonWriter.schema()).startsWith("{").contains("\"schemaVersion\"");
    }
}
