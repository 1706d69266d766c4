package dev.interviewkit.parser.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** One pass finds what asking every phrase in turn finds. */
class PhraseIndexTest {

    private static final List<String> WORDS = List.of("点赞", "点", "赞", "转发", "版权", "all rights reserved", "all",
            "copyright", "微信：", "微信", "：", "联系", "a", "ab", "b", "", "文");

    /** The lowest group holding a phrase {@code text} contains, asked phrase by phrase: the reading it replaces. */
    private static int naive(List<List<String>> groups, String text) {
        for (int g = 0; g < groups.size(); g++) {
            for (String phrase : groups.get(g)) {
                if (text.contains(phrase)) {
                    return g;
                }
            }
        }
        return -1;
    }

    private static Gen<List<List<String>>> groups() {
        return SourceDSL.lists().of(SourceDSL.lists().of(Generate.pick(WORDS)).ofSizeBetween(0, 4)).ofSizeBetween(0, 6);
    }

    private static Gen<String> texts() {
        return SourceDSL.lists().of(Generate.pick(WORDS).mix(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 3)))
                .ofSizeBetween(0, 8).map(parts -> String.join("", parts));
    }

    @Test
    void findsTheGroupThatAskingEveryPhraseFinds() {
        qt().withExamples(3_000).forAll(groups(), texts())
                .checkAssert((groups, text) -> assertThat(new PhraseIndex(groups).firstGroup(text)).isEqualTo(naive(groups, text)));
    }

    @Test
    void anEarlierRuleWinsWhereverItsPhraseStands() {
        PhraseIndex index = new PhraseIndex(List.of(List.of("版权"), List.of("点赞")));
        assertThat(index.firstGroup("点赞之后说版权")).isZero();
        assertThat(index.firstGroup("点赞")).isEqualTo(1);
        assertThat(index.firstGroup("无关")).isEqualTo(-1);
        assertThat(new PhraseIndex(List.of(List.of("x"), List.of(""))).firstGroup("无关")).isEqualTo(1);
    }
}
