package dev.interviewkit.export;

import static dev.interviewkit.export.JsonSupport.COMPACT;
import static dev.interviewkit.export.JsonSupport.PRETTY;
import static dev.interviewkit.export.JsonSupport.READER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.testing.InterviewGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonRoundTripPropertyTest {

    private static final int EXAMPLES = 200;

    @Test
    void readingWhatWasWrittenGivesAnEqualInterview() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview -> {
            assertThat(READER.read(PRETTY.write(interview))).isEqualTo(interview);
            assertThat(READER.read(COMPACT.write(interview))).isEqualTo(interview);
        });
    }

    @Test
    void bytesRoundTripThroughUtf8() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                assertThat(read(utf8(interview))).isEqualTo(interview));
    }

    @Test
    void everyWrittenDocumentValidatesAgainstTheSchema() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                assertThat(JsonSupport.schemaErrors(COMPACT.write(interview))).isEmpty());
    }

    @Test
    void writtenJsonNeverHoldsNull() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                assertThat(nulls(JsonSupport.tree(interview))).isZero());
    }

    @Test
    void writingTwiceGivesTheSameText() {
        qt().withExamples(EXAMPLES).forAll(InterviewGenerators.interviews()).checkAssert(interview ->
                assertThat(PRETTY.write(READER.read(PRETTY.write(interview)))).isEqualTo(PRETTY.write(interview)));
    }

    private static byte[] utf8(Interview interview) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            COMPACT.write(interview, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Interview read(byte[] utf8) {
        try {
            return READER.read(new ByteArrayInputStream(utf8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nulls(JsonNode node) {
        int count = node.isNull() ? 1 : 0;
        for (JsonNode child : node.values()) {
            count += nulls(child);
        }
        return count;
    }
}
