package dev.interviewkit.export;

import static dev.interviewkit.export.JsonSupport.COMPACT;
import static dev.interviewkit.export.JsonSupport.MAPPER;
import static dev.interviewkit.export.JsonSupport.READER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewkit.model.Inline;
import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.testing.ReferenceInterview;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class JsonReaderTest {

    private static final Interview REFERENCE = ReferenceInterview.interview();

    /** The reference interview's document, changed by {@code edit}. */
    private static String edited(Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(COMPACT.write(REFERENCE));
        edit.accept(root);
        return root.toString();
    }

    private static ObjectNode firstTurn(ObjectNode root) {
        return (ObjectNode) root.at("/sections/0/turns/0");
    }

    private static AbstractThrowableAssert<?, ?> rejecting(String json, String pointer) {
        return assertThatThrownBy(() -> READER.read(json))
                .isInstanceOfSatisfying(InterviewFormatException.class, e -> assertThat(e.pointer()).isEqualTo(pointer));
    }

    @Test
    void readsBackWhatTheWriterWrote() throws IOException {
        String json = JsonSupport.PRETTY.write(REFERENCE);
        assertThat(READER.read(json)).isEqualTo(REFERENCE);
        assertThat(READER.read(new StringReader(json))).isEqualTo(REFERENCE);
        assertThat(READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(REFERENCE);
    }

    @Test
    void unknownSchemaVersionIsRejectedNamingTheVersionsItReads() {
        rejecting(edited(root -> root.put("schemaVersion", 3)), "/schemaVersion")
                .hasMessage("at /schemaVersion: unsupported schemaVersion 3; this reader supports schemaVersion 1 to 2");
        rejecting(edited(root -> root.put("schemaVersion", 0)), "/schemaVersion")
                .hasMessageContaining("unsupported schemaVersion 0");
    }

    @Test
    void aVersionOneDocumentWithoutHasTranscriptIsStillRead() {
        String versionOne = edited(root -> {
            root.put("schemaVersion", 1);
            root.remove("hasTranscript");
        });
        assertThat(READER.read(versionOne)).isEqualTo(REFERENCE);
    }

    @Test
    void hasTranscriptIsRequiredFromVersionTwoAndUnknownBefore() {
        rejecting(edited(root -> root.remove("hasTranscript")), "").hasMessageContaining("hasTranscript");
        rejecting(edited(root -> root.put("schemaVersion", 1)), "/hasTranscript").hasMessageContaining("unknown field 'hasTranscript'");
    }

    @Test
    void hasTranscriptMustAgreeWithTheTurns() {
        rejecting(edited(root -> root.put("hasTranscript", false)), "/hasTranscript")
                .hasMessageContaining("hasTranscript is false but the document has");
        rejecting(edited(root -> root.put("hasTranscript", "yes")), "/hasTranscript").hasMessageContaining("expected true or false");
    }

    @Test
    void newerVersionIsRejectedForItsVersionEvenWithFieldsThisReaderDoesNotKnow() {
        rejecting("{\"schemaVersion\":3,\"chapters\":[]}", "/schemaVersion").hasMessageContaining("unsupported schemaVersion 3");
    }

    @Test
    void schemaVersionThatIsNoIntegerIsRejected() {
        rejecting(edited(root -> root.put("schemaVersion", "1")), "/schemaVersion")
                .hasMessage("at /schemaVersion: schemaVersion must be an integer; this reader supports schemaVersion 1 to 2");
    }

    @Test
    void missingSchemaVersionIsRejected() {
        rejecting(edited(root -> root.remove("schemaVersion")), "")
                .hasMessage("at the top level: missing required field 'schemaVersion'");
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() {
        rejecting("{\n  \"schemaVersion\": 1,\n  \"speakers\": [1,}", "/speakers/1")
                .hasMessageStartingWith("at /speakers/1: malformed JSON at line 3, column 18: Unexpected character ('}'");
    }

    @Test
    void contentAfterTheDocumentIsRejected() {
        rejecting("{\"schemaVersion\":1}\n {}", "").hasMessage("at the top level: malformed JSON at line 2, column 2: unexpected content after the JSON document");
    }

    @Test
    void emptyDocumentIsRejected() {
        rejecting("", "").hasMessage("at the top level: the document is empty; expected a JSON object");
        rejecting("  \n", "").hasMessageContaining("the document is empty");
    }

    @Test
    void documentThatIsNoObjectIsRejected() {
        rejecting("[]", "").hasMessage("at the top level: expected an object, found an array");
    }

    @Test
    void duplicateKeysAreRejected() {
        rejecting("{\"schemaVersion\":1,\"schemaVersion\":1}", "/schemaVersion").hasMessageContaining("Duplicate Object property");
    }

    @Test
    void missingRequiredFieldIsRejectedWithItsPlace() {
        rejecting(edited(root -> firstTurn(root).remove("speaker")), "/sections/0/turns/0")
                .hasMessage("at /sections/0/turns/0: missing required field 'speaker'");
        rejecting(edited(root -> root.remove("media")), "").hasMessage("at the top level: missing required field 'media'");
    }

    @Test
    void unknownFieldIsRejectedListingTheKnownOnes() {
        rejecting(edited(root -> ((ObjectNode) root.at("/sections/1")).put("titel", "x")), "/sections/1/titel")
                .hasMessage("at /sections/1/titel: unknown field 'titel'; expected one of title, subtitle, lines, titleLines, turns");
    }

    @Test
    void nullIsRejectedEvenForOptionalFields() {
        rejecting(edited(root -> ((ObjectNode) root.at("/metadata")).putNull("author")), "/metadata/author")
                .hasMessage("at /metadata/author: must not be null; leave 'author' out when it has no value");
    }

    @Test
    void wrongTypeIsRejectedSayingWhatWasFound() {
        rejecting(edited(root -> ((ObjectNode) root.at("/metadata")).put("claimedCharacters", "10000")),
                "/metadata/claimedCharacters").hasMessageContaining("expected an integer").hasMessageContaining("found a string");
        rejecting(edited(root -> ((ObjectNode) root.at("/metadata")).put("claimedCharacters", 1.5)),
                "/metadata/claimedCharacters").hasMessageContaining("found the number 1.5");
        rejecting(edited(root -> root.put("speakers", "host")), "/speakers").hasMessage("at /speakers: expected an array, found a string");
    }

    @Test
    void unknownEnumValueIsRejectedListingTheKnownOnes() {
        rejecting(edited(root -> ((ObjectNode) root.at("/speakers/0")).put("role", "HOST")), "/speakers/0/role")
                .hasMessage("at /speakers/0/role: unknown role 'HOST'; expected one of host, guest, interviewer, moderator,"
                        + " narrator, audience, unknown");
        rejecting(edited(root -> ((ObjectNode) root.at("/lead/0")).put("type", "quote")), "/lead/0")
                .hasMessageContaining("unknown block type 'quote'");
        rejecting(edited(root -> ((ObjectNode) root.at("/lead/0/inlines/0")).put("type", "strike")), "/lead/0/inlines/0/type")
                .hasMessageContaining("unknown inline type 'strike'");
    }

    @Test
    void turnOfAnUnknownSpeakerIsRejectedAtItsSpeaker() {
        rejecting(edited(root -> firstTurn(root).put("speaker", "nobody")), "/sections/0/turns/0/speaker")
                .hasMessage("at /sections/0/turns/0/speaker: unknown speaker 'nobody'; speakers are [host, sam-altman]");
    }

    @Test
    void duplicateSpeakerIdsAreRejected() {
        rejecting(edited(root -> ((ObjectNode) root.at("/speakers/1")).put("id", "host")), "/speakers/1/id")
                .hasMessage("at /speakers/1/id: speaker id 'host' appears more than once");
    }

    @Test
    void valuesTheModelRejectsAreReportedWhereTheyStand() {
        rejecting(edited(root -> ((ObjectNode) root.at("/sections/0/turns/0/paragraphs/0/inlines/0")).put("text", "")),
                "/sections/0/turns/0/paragraphs/0/inlines/0").hasMessageContaining("a text inline must not be empty");
        rejecting(edited(root -> ((ObjectNode) root.at("/sections/0/turns/0/lines")).put("end", 1)), "/sections/0/turns/0/lines")
                .hasMessageContaining("line range ends at 1 before it starts at 59");
        rejecting(edited(root -> ((ObjectNode) root.at("/sections/1")).remove("title")), "")
                .hasMessageContaining("only the first section may be untitled");
    }

    @Test
    void badDurationsAreRejected() {
        rejecting(edited(root -> ((ObjectNode) root.at("/media/1")).put("startOffsetSeconds", -1)), "/media/1/startOffsetSeconds")
                .hasMessage("at /media/1/startOffsetSeconds: a duration in seconds must not be negative");
        rejecting(edited(root -> ((ObjectNode) root.at("/media/1")).put("startOffsetSeconds", new java.math.BigDecimal("0.0000000001"))),
                "/media/1/startOffsetSeconds").hasMessageContaining("finer than a nanosecond");
        rejecting(edited(root -> ((ObjectNode) root.at("/media/1")).put("startOffsetSeconds", new java.math.BigDecimal("1e999999999"))),
                "/media/1/startOffsetSeconds").hasMessageContaining("too large");
    }

    @Test
    void durationsInAnyNumberNotationAreRead() {
        String json = edited(root -> ((ObjectNode) root.at("/media/1")).put("startOffsetSeconds", new java.math.BigDecimal("7.800E+2")));
        assertThat(READER.read(json).media().get(1).startOffset()).contains(Duration.ofSeconds(780));
    }

    @Test
    void badDateIsRejectedWithAnExample() {
        rejecting(edited(root -> ((ObjectNode) root.at("/metadata")).put("publishedAt", "2024-09-15 08:04")), "/metadata/publishedAt")
                .hasMessage("at /metadata/publishedAt: '2024-09-15 08:04' is not an ISO-8601 date and time with an offset,"
                        + " such as 2024-09-15T08:04:00+08:00");
    }

    @Test
    void derivedTextIsIgnoredAndMayBeLeftOut() {
        String changed = edited(root -> firstTurn(root).withArray("paragraphs").forEach(p -> ((ObjectNode) p).put("text", "別的")));
        assertThat(READER.read(changed)).isEqualTo(REFERENCE);
        String without = edited(root -> ((ObjectNode) root.at("/lead/0")).remove("text"));
        assertThat(READER.read(without)).isEqualTo(REFERENCE);
    }

    @Test
    void derivedTextMustStillBeAString() {
        rejecting(edited(root -> ((ObjectNode) root.at("/lead/0")).put("text", 1)), "/lead/0/text")
                .hasMessageContaining("expected a string");
    }

    @Test
    void typeIsNotAllowedOnATurnsParagraph() {
        rejecting(edited(root -> ((ObjectNode) root.at("/sections/0/turns/0/paragraphs/0")).put("type", "paragraph")),
                "/sections/0/turns/0/paragraphs/0/type").hasMessageContaining("unknown field 'type'");
    }

    @Test
    void structureComesFromTheInlines() {
        String json = edited(root -> {
            ArrayNode inlines = ((ObjectNode) root.at("/lead/2")).putArray("inlines");
            inlines.addObject().put("type", "strong").putArray("children").addObject().put("type", "text").put("text", "加粗");
        });
        assertThat(READER.read(json).lead().get(2)).isEqualTo(Paragraph.builder()
                .addInline(Inline.strong(Inline.text("加粗")))
                .lines(((Paragraph) REFERENCE.lead().get(2)).lines())
                .build());
    }

    @Test
    void failingReaderThrowsItsIOException() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> READER.read(failing)).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void readerIsNotClosed() throws IOException {
        boolean[] closed = {false};
        Reader in = new StringReader(COMPACT.write(REFERENCE)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        READER.read(in);
        assertThat(closed[0]).isFalse();
    }
}
