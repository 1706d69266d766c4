package dev.interviewkit.parser.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Reading a line in place, as stripping it and dropping its stars would read it. */
class SourceLinesTest {

    @Test
    void opensWithReadsAsStrippingAndDroppingStarsWould() {
        List<String> pieces = List.of("*", "**", " ", "\u3000", "\u200B", "!", "[", "![", "图", "a", "(", ")");
        qt().withExamples(3_000)
                .forAll(SourceDSL.lists().of(Generate.pick(pieces)).ofSizeBetween(0, 8).map(p -> String.join("", p)))
                .checkAssert(line -> {
                    String copied = SourceLines.strip(line).replace("*", "");
                    assertThat(SourceLines.opensWith(line, "![")).isEqualTo(copied.startsWith("!["));
                    assertThat(SourceLines.opensWith(line, "[")).isEqualTo(copied.startsWith("["));
                });
    }

    @Test
    void starsBetweenTheMarksDoNotMatterButSpacesDo() {
        assertThat(SourceLines.opensWith("  **!**[图](x)", "![")).isTrue();
        assertThat(SourceLines.opensWith("** ![图](x)", "![")).isFalse();
        assertThat(SourceLines.opensWith("**", "[")).isFalse();
    }

    @Test
    void theLastVisibleCharacterSkipsInvisibleOnes() {
        assertThat(SourceLines.lastVisible("[链接](x)\u3000 \u200B")).isEqualTo(')');
        assertThat(SourceLines.lastVisible(" \u3000")).isEqualTo(' ');
    }
}
