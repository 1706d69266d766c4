package dev.interviewkit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.batch.OutputResult.Status;
import dev.interviewkit.model.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON Lines report's fields, exactly. */
class JsonLinesReportTest {

    private final BatchInput input = new BatchInput(Path.of("in/gzh/x.md"), Path.of("gzh/x.md"), Path.of("out/gzh/x"), false);

    @Test
    void anInterviewsLineHoldsParticipantsDiagnosticsAndOutputs() {
        InputResult result = new InputResult(input, 1200, true,
                List.of(new ParticipantTurns("host", "主持人", Role.HOST, 3), new ParticipantTurns("p2", "Sam", Role.GUEST, 2)),
                5, new DiagnosticCounts(0, 1, 2),
                List.of(new OutputResult("json", Path.of("out/gzh/x.json"), Status.WRITTEN, Optional.empty()),
                        new OutputResult("chapters", Path.of("out/gzh/x.chapters.txt"), Status.SKIPPED_REFUSED,
                                Optional.of("YouTube chapters cannot be written: too few."))),
                Optional.empty());

        assertThat(JsonLinesReport.create().line(result)).isEqualTo("{\"path\":\"in/gzh/x.md\",\"relativePath\":\"gzh/x.md\","
                + "\"interview\":true,\"bytes\":1200,\"turns\":5,\"participants\":["
                + "{\"id\":\"host\",\"name\":\"主持人\",\"role\":\"host\",\"turns\":3},"
                + "{\"id\":\"p2\",\"name\":\"Sam\",\"role\":\"guest\",\"turns\":2}],"
                + "\"diagnostics\":{\"error\":0,\"warning\":1,\"info\":2},"
                + "\"outputs\":[{\"format\":\"json\",\"path\":\"out/gzh/x.json\",\"status\":\"written\"},"
                + "{\"format\":\"chapters\",\"path\":\"out/gzh/x.chapters.txt\",\"status\":\"skipped-refused\","
                + "\"reason\":\"YouTube chapters cannot be written: too few.\"}],\"renamed\":false}");
    }

    @Test
    void aFailedInputsLineEndsWithItsFailure() throws IOException {
        InputResult result = new InputResult(input, 0, false, List.of(), 0, DiagnosticCounts.NONE, List.of(),
                Optional.of(new Failure(Failure.Kind.UNREADABLE_INPUT, "cannot read in/gzh/x.md: permission denied")));
        StringBuilder out = new StringBuilder();

        JsonLinesReport.create().write(result, out);

        assertThat(out.toString()).isEqualTo("{\"path\":\"in/gzh/x.md\",\"relativePath\":\"gzh/x.md\",\"interview\":false,"
                + "\"bytes\":0,\"turns\":0,\"participants\":[],\"diagnostics\":{\"error\":0,\"warning\":0,\"info\":0},"
                + "\"outputs\":[],\"renamed\":false,\"failure\":{\"kind\":\"unreadable-input\","
                + "\"message\":\"cannot read in/gzh/x.md: permission denied\"}}\n");
    }
}
