package dev.interviewkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextJoinerTest {

    private static String join(String... lines) {
        TextJoiner joiner = new TextJoiner();
        for (String line : lines) {
            joiner.breakLine().append(line);
        }
        return joiner.toString();
    }

    @Test
    void breakBetweenTwoLatinWordsBecomesOneSpace() {
        assertThat(join("母校John", "Burroughs发表演讲")).isEqualTo("母校John Burroughs发表演讲");
    }

    @Test
    void breakBetweenTwoCjkCharactersBecomesNothing() {
        assertThat(join("感觉非常美好。", "这也是大家常说的事")).isEqualTo("感觉非常美好。这也是大家常说的事");
    }

    @Test
    void breakBetweenCjkAndLatinBecomesOneSpace() {
        assertThat(join("人与机器的智慧对话 \"AI", "版理查德\"")).isEqualTo("人与机器的智慧对话 \"AI 版理查德\"");
        assertThat(join("一些Apple 2", "GS电脑")).isEqualTo("一些Apple 2 GS电脑");
        assertThat(join("学习", "AI")).isEqualTo("学习 AI");
    }

    @Test
    void breakBetweenFullWidthPunctuationAndHanBecomesNothing() {
        assertThat(join("小镇”：", "我相信")).isEqualTo("小镇”：我相信");
        assertThat(join("（注）", "因本次")).isEqualTo("（注）因本次");
    }

    @Test
    void breakNextToWhiteSpaceAddsNoSecondSpace() {
        assertThat(join("Sam ", "Altman")).isEqualTo("Sam Altman");
        assertThat(join("Sam", " Altman")).isEqualTo("Sam Altman");
    }

    @Test
    void breakBeforeTheFirstPieceIsDropped() {
        assertThat(join("Sam")).isEqualTo("Sam");
        assertThat(new TextJoiner().breakLine().append("Sam").toString()).isEqualTo("Sam");
    }

    @Test
    void breakAfterTheLastPieceIsDropped() {
        assertThat(new TextJoiner().append("Sam").breakLine().toString()).isEqualTo("Sam");
    }

    @Test
    void emptyPieceKeepsThePendingBreakForTheNextPiece() {
        TextJoiner joiner = new TextJoiner().append("John").breakLine().append("").append("Burroughs");
        assertThat(joiner.toString()).isEqualTo("John Burroughs");
    }

    @Test
    void piecesWithoutABreakAreJoinedAsTheyAre() {
        assertThat(new TextJoiner().append("Sam").append("Altman").toString()).isEqualTo("SamAltman");
    }

    @Test
    void twoBreaksInARowCountAsOne() {
        assertThat(new TextJoiner().append("a").breakLine().breakLine().append("b").toString()).isEqualTo("a b");
    }

    @Test
    void emojiNextToCjkIsSeparatedByASpace() {
        assertThat(join("设为🌟", "标")).isEqualTo("设为🌟 标");
    }

    @Test
    void isEmptyUntilSomethingIsAppended() {
        TextJoiner joiner = new TextJoiner().breakLine();
        assertThat(joiner.isEmpty()).isTrue();
        assertThat(joiner.append("").isEmpty()).isTrue();
        assertThat(joiner.append("x").isEmpty()).isFalse();
    }

    @Test
    void needsSpaceFollowsTheJoiningRule() {
        assertThat(TextJoiner.needsSpace('n', 'B')).isTrue();
        assertThat(TextJoiner.needsSpace('。', '这')).isFalse();
        assertThat(TextJoiner.needsSpace('I', '版')).isTrue();
        assertThat(TextJoiner.needsSpace(' ', 'a')).isFalse();
        assertThat(TextJoiner.needsSpace('a', '\t')).isFalse();
    }
}
