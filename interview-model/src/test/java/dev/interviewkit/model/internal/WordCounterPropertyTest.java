package dev.interviewkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.interviewkit.model.testing.InterviewGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link WordCounter}'s fast paths (ASCII, common Han) agree with the definitions they shortcut,
 * written here the plain way: one Unicode lookup per code point.
 */
class WordCounterPropertyTest {

    private static final int EXAMPLES = 1000;

    @Test
    void wordsAgreeWithTheDefinition() {
        qt().withExamples(EXAMPLES).forAll(anyText()).checkAssert(text ->
                assertThat(WordCounter.words(text)).as(text).isEqualTo(definedWords(text)));
    }

    @Test
    void visibleCharactersAgreeWithTheDefinition() {
        qt().withExamples(EXAMPLES).forAll(anyText()).checkAssert(text ->
                assertThat(WordCounter.visibleCharacters(text)).as(text).isEqualTo(definedVisibleCharacters(text)));
    }

    @Test
    void oneCountGivesBoth() {
        qt().withExamples(EXAMPLES).forAll(anyText()).checkAssert(text ->
                assertThat(WordCounter.count(text)).as(text)
                        .isEqualTo(new WordCounter.Counts(definedWords(text), definedVisibleCharacters(text))));
    }

    /** Article-like text half of the time, any UTF-16 (lone surrogates, controls, CJK) otherwise. */
    private static Gen<String> anyText() {
        Gen<String> anyUtf16 = strings().allPossible().ofLengthBetween(0, 40);
        // the edges of the fast path's range, where assigned and unassigned code points meet
        // (QuickTheories' own string generators leave unassigned code points out)
        Gen<String> cjkEdges = anyCharacters(0x4DB0, 0x4E10).mix(anyCharacters(0x9F90, 0xA010));
        return InterviewGenerators.text().mix(anyUtf16, 50).mix(cjkEdges, 25);
    }

    private static Gen<String> anyCharacters(int from, int to) {
        return lists().of(integers().between(from, to)).ofSizeBetween(0, 20).map(codes -> {
            StringBuilder text = new StringBuilder();
            codes.forEach(code -> text.append((char) code.intValue()));
            return text.toString();
        });
    }

    private static int definedWords(String text) {
        int words = 0;
        boolean inRun = false;
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && CjkCharacters.isWide(cp)) {
                words++;
                inRun = false;
            } else if (letter) {
                words += inRun ? 0 : 1;
                inRun = true;
            } else {
                boolean joiner = cp == '\'' || cp == '’' || cp == '-' || cp == '.' || cp == ',';
                boolean latinNext = i + 1 < codePoints.length
                        && Character.isLetterOrDigit(codePoints[i + 1]) && !CjkCharacters.isWide(codePoints[i + 1]);
                inRun = inRun && joiner && latinNext;
            }
        }
        return words;
    }

    private static int definedVisibleCharacters(String text) {
        return (int) text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).count();
    }
}
