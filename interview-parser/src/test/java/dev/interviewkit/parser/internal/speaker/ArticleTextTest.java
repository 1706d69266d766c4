package dev.interviewkit.parser.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interviewkit.parser.internal.source.SourceLines;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** How the speaker model tells a long paragraph that is a picture or a link from article text. */
class ArticleTextTest {

    @Test
    void opensWithReadsAsStrippingAndDroppingStarsWould() {
        List<String> pieces = List.of("*", "**", " ", "\u3000", "\u200B", "!", "[", "![", "图", "a", "(", ")");
        qt().withExamples(3_000)
                .forAll(SourceDSL.lists().of(Generate.pick(pieces)).ofSizeBetween(0, 8).map(p -> String.join("", p)))
                .checkAssert(line -> {
                    String copied = SourceLines.strip(line).replace("*", "");
                    assertThat(SpeakerModel.opensWith(line, "![")).isEqualTo(copied.startsWith("!["));
                    assertThat(SpeakerModel.opensWith(line, "[")).isEqualTo(copied.startsWith("["));
                });
    }

    @Test
    void starsBetweenTheMarksDoNotMatterButSpacesDo() {
        assertThat(SpeakerModel.opensWith("  **!**[图](x)", "![")).isTrue();
        assertThat(SpeakerModel.opensWith("** ![图](x)", "![")).isFalse();
        assertThat(SpeakerModel.opensWith("**", "[")).isFalse();
    }
}
