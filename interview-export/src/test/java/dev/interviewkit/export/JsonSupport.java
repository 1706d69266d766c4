package dev.interviewkit.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.interviewkit.model.Interview;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the JSON tests share: the writers, a plain mapper to look into documents, and the schema. */
final class JsonSupport {

    static final JsonWriter PRETTY = JsonWriter.builder().build();
    static final JsonWriter COMPACT = JsonWriter.builder().pretty(false).build();
    static final JsonReader READER = JsonReader.create();

    /** A mapper of its own, so that the tests look at documents independently of the writer's set-up. */
    static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The shipped schema, with format assertions on so that {@code date-time} is checked too. */
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(JsonWriter.schema(), InputFormat.JSON);

    private JsonSupport() {}

    /** {@code interview} written compactly and parsed back into a tree. */
    static JsonNode tree(Interview interview) {
        return MAPPER.readTree(COMPACT.write(interview));
    }

    /** The schema's complaints about {@code json}. */
    static List<Error> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }
}
