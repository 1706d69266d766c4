package dev.interviewkit.batch;

import java.io.IOException;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A batch report in JSON Lines: one JSON object a line for each input result. Immutable and
 * thread-safe. The fields of a line:
 *
 * <ul>
 *   <li>{@code path}: the input as found; {@code relativePath}: its path under its folder argument;
 *   <li>{@code interview}: whether it holds a transcript; {@code bytes}; {@code turns};
 *   <li>{@code participants}: {@code id}, {@code name}, {@code role} (lower case) and {@code turns} of each;
 *   <li>{@code diagnostics}: {@code error}, {@code warning} and {@code info} counts;
 *   <li>{@code outputs}: {@code format}, {@code path}, {@code status} ({@code written},
 *       {@code skipped-exists}, {@code skipped-no-transcript}, {@code skipped-refused},
 *       {@code failed}) and, for a refusal or failure, {@code reason};
 *   <li>{@code renamed}: whether the naming rule renamed its outputs;
 *   <li>{@code failure}: {@code kind} ({@code unreadable-input}, {@code unwritable-output},
 *       {@code internal-error}) and {@code message}; only when the input failed.
 * </ul>
 */
public final class JsonLinesReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLinesReport() {}

    /** The report writer. */
    public static JsonLinesReport create() {
        return new JsonLinesReport();
    }

    /** The line for {@code result}, without its line feed. */
    public String line(InputResult result) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("path", result.input().source().toString());
        line.put("relativePath", result.input().relativePath().toString());
        line.put("interview", result.interview());
        line.put("bytes", result.bytes());
        line.put("turns", result.turns());
        ArrayNode participants = line.putArray("participants");
        for (ParticipantTurns participant : result.participants()) {
            participants.addObject()
                    .put("id", participant.id())
                    .put("name", participant.name())
                    .put("role", participant.role().name().toLowerCase(Locale.ROOT))
                    .put("turns", participant.turns());
        }
        line.putObject("diagnostics")
                .put("error", result.diagnostics().errors())
                .put("warning", result.diagnostics().warnings())
                .put("info", result.diagnostics().infos());
        ArrayNode outputs = line.putArray("outputs");
        for (OutputResult output : result.outputs()) {
            ObjectNode node = outputs.addObject()
                    .put("format", output.format())
                    .put("path", output.path().toString())
                    .put("status", output.status().label());
            output.reason().ifPresent(reason -> node.put("reason", reason));
        }
        line.put("renamed", result.input().renamed());
        result.failure().ifPresent(failure -> line.putObject("failure")
                .put("kind", failure.kind().label())
                .put("message", failure.message()));
        return MAPPER.writeValueAsString(line);
    }

    /** Appends the line for {@code result} and a line feed to {@code out}. */
    public void write(InputResult result, Appendable out) throws IOException {
        out.append(line(result)).append('\n');
    }
}
