package dev.interviewkit.parser.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Severity;
import dev.interviewkit.parser.internal.ParserSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Bytes and strings become clean lines, with a diagnostic for every repair. */
class SourceDecoderTest {

    private static final ParserSettings SETTINGS = new ParserSettings(1_000, 100);

    private static SourceDecoder.Decoded bytes(byte[] bytes) throws IOException {
        return SourceDecoder.decode(new ByteArrayInputStream(bytes), SETTINGS);
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(bytes(withBom).lines()).containsExactly("a");
        assertThat(SourceDecoder.decode("\uFEFFa", SETTINGS).lines()).containsExactly("a");
    }

    @Test
    void crlfAndCrBecomeLf() {
        assertThat(SourceDecoder.decode("a\r\nb\rc\nd", SETTINGS).lines()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aFinalLineEndOpensNoEmptyLine() {
        assertThat(SourceDecoder.decode("a\nb\n", SETTINGS).lines()).containsExactly("a", "b");
        assertThat(SourceDecoder.decode("", SETTINGS).lines()).containsExactly("");
    }

    @Test
    void invalidUtf8BecomesReplacementWithItsByteOffset() throws IOException {
        byte[] text = "ab\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 2];
        System.arraycopy(text, 0, bad, 0, text.length);
        bad[text.length] = (byte) 0xC3; // a lead byte without its continuation
        bad[text.length + 1] = 'x';
        SourceDecoder.Decoded decoded = bytes(bad);
        assertThat(decoded.lines()).containsExactly("ab", "\uFFFDx");
        assertThat(decoded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_ENCODING);
            assertThat(d.message()).contains("offset 3");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(1);
        });
    }

    @Test
    void aReplacementCharacterInValidInputIsNotReported() throws IOException {
        assertThat(bytes("a\uFFFDb".getBytes(StandardCharsets.UTF_8)).diagnostics()).isEmpty();
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("a\u0000b\u0007c\td", SETTINGS);
        assertThat(decoded.lines()).containsExactly("abc\td");
        assertThat(decoded.diagnostics()).extracting(d -> d.code()).containsOnly(DiagnosticCode.CONTROL_CHARACTER);
    }

    @Test
    void loneSurrogatesAreReplaced() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("a\uD800b\uDC00", SETTINGS);
        assertThat(decoded.lines()).containsExactly("a\uFFFDb\uFFFD");
        assertThat(decoded.diagnostics()).hasSize(2);
    }

    @Test
    void surrogatePairsSurvive() {
        assertThat(SourceDecoder.decode("🌟标", SETTINGS).lines()).containsExactly("🌟标");
    }

    @Test
    void inputPastTheLimitStopsWithAnError() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("x".repeat(1_500), SETTINGS);
        assertThat(decoded.lines().get(0)).hasSize(1_000);
        assertThat(decoded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo(DiagnosticCode.INPUT_TOO_LARGE);
        });
    }

    @Test
    void manyRepairsAreSummarisedNotListedOneByOne() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("\u0001".repeat(500), SETTINGS);
        assertThat(decoded.diagnostics()).hasSizeLessThanOrEqualTo(21);
        assertThat(decoded.diagnostics().get(decoded.diagnostics().size() - 1).message()).contains("500");
    }

    /** Text with every kind of line end and repair in it: the decoder's hard cases, often. */
    private static Gen<String> messyText() {
        List<String> pieces = List.of("\n", "\r", "\r\n", "\uFEFF", "\u0001", "\u007F", "\u0085", "\uD83D", "\uDE00",
                "\uD83D\uDE00", "\uFFFD", "中文", "a b", "\t", "  ");
        return SourceDSL.lists().of(Generate.pick(pieces).mix(SourceDSL.strings().allPossible().ofLengthBetween(0, 4)))
                .ofSizeBetween(0, 40).map(parts -> String.join("", parts));
    }

    @Test
    void theSourceTextIsItsLinesJoinedAndEveryLineSitsAtItsOffsets() {
        qt().withExamples(2_000).forAll(messyText()).checkAssert(text -> {
            SourceText source = SourceDecoder.decode(text, SETTINGS).source();
            List<String> lines = List.copyOf(source.lines());
            assertThat(source.text()).isEqualTo(String.join("\n", lines));
            assertThat(source.lineCount()).isEqualTo(lines.size()).isPositive();
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i)).doesNotContain("\n", "\r");
                assertThat(source.text().substring(source.lineStart(i), source.lineEnd(i))).isEqualTo(lines.get(i));
            }
        });
    }

    @Test
    void cleanInputIsReadAsItIsWithoutItsFinalLineEnd() {
        String clean = "# 标题\n\n**主持人：** 你好。\n第二行\n";
        SourceText source = SourceDecoder.decode(clean, SETTINGS).source();
        assertThat(source.text()).isEqualTo(clean.substring(0, clean.length() - 1));
        assertThat(source.lines()).containsExactly("# 标题", "", "**主持人：** 你好。", "第二行");
        assertThat(SourceText.ofLines(List.of("a", "", "b")).text()).isEqualTo("a\n\nb");
    }
}
