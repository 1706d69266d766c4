package dev.interviewkit.parser.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** How a name's words are found: as the pattern split found them, without a pattern. */
class PersonNamesTest {

    @Test
    void wordsAreSplitAsThePatternSplitsThem() {
        List<String> pieces = List.of(" ", "\u00a0", "  ", "Sam", "K.K.", "中", "-");
        qt().withExamples(2_000)
                .forAll(SourceDSL.lists().of(Generate.pick(pieces)).ofSizeBetween(0, 8).map(p -> String.join("", p)))
                .checkAssert(s -> assertThat(PersonNames.words(s)).containsExactly(s.split("[ \u00a0]+")));
    }

    @Test
    void aLeadingSpaceGivesAnEmptyFirstWordAndTrailingOnesNone() {
        assertThat(PersonNames.words(" Sam  Altman ")).containsExactly("", "Sam", "Altman");
        assertThat(PersonNames.words("")).containsExactly("");
        assertThat(PersonNames.words("   ")).isEmpty();
    }
}
