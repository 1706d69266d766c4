package dev.interviewkit.parser.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.BoilerplateKind;
import org.junit.jupiter.api.Test;

/** The word tables: editor's notes, credits, boilerplate. */
class RuleTablesTest {

    @Test
    void editorsNotesLoseTheirBracketsAndMarker() {
        assertThat(EditorNotes.noteText("（注：因本次采访为广播节目，不包含视频画面）")).contains("因本次采访为广播节目，不包含视频画面");
        assertThat(EditorNotes.noteText("编者按：以下为节选")).contains("以下为节选");
        assertThat(EditorNotes.noteText("注意这里")).isEmpty();
    }

    @Test
    void creditsAreRecognisedByTheirOpening() {
        assertThat(Credits.isCredit("素材来源官方媒体/网络新闻")).isTrue();
        assertThat(Credits.isCredit("他说素材来源很重要")).isFalse();
    }

    @Test
    void endMarkersAreOnlyAnEndWordBetweenMarks() {
        assertThat(BoilerplateRules.isEndMarker("--END--")).isTrue();
        assertThat(BoilerplateRules.isEndMarker("© THE END")).isTrue();
        assertThat(BoilerplateRules.isEndMarker("—完—")).isTrue();
        assertThat(BoilerplateRules.isEndMarker("the end of an era")).isFalse();
    }

    @Test
    void boilerplateRulesClassifyShortFooterLines() {
        BoilerplateRules rules = BoilerplateRules.standard();
        assertThat(rules.classify("请联系负责人微信：Milo-1101")).contains(BoilerplateKind.CONTACT);
        assertThat(rules.classify("未经许可不得转载，务必保留公众号原文链接和公众号按钮")).contains(BoilerplateKind.COPYRIGHT);
        assertThat(rules.classify("对了，喜欢就别忘了点赞、收藏、转发支持一下！")).contains(BoilerplateKind.CALL_TO_ACTION);
        assertThat(rules.classify("303篇原创内容")).contains(BoilerplateKind.ACCOUNT_CARD);
        assertThat(rules.classify("[跳转到 Cubox 查看]")).contains(BoilerplateKind.NAVIGATION);
    }

    @Test
    void longTextIsNeverBoilerplateWhateverItsWords() {
        assertThat(BoilerplateRules.standard().classify("点赞" + "很长的正文内容".repeat(40))).isEmpty();
    }

    @Test
    void neverASpeakerHoldsTheWordsOfTheOtherTablesAsLabels() {
        assertThat(NotSpeakers.standard())
                .contains("摄影", "设计", "资料来源", "来源", "source") // credits and bylines, colon dropped, lower case
                .contains("编者按", "注", "划重点", "作者", "原文链接", "商业合作", "break") // notes, titles, keys, contacts
                .contains("关键是", "背景"); // its own rows
    }

    @Test
    void aRoleWordThatIsAlsoABylineWordMaySpeak() {
        assertThat(NotSpeakers.standard()).doesNotContain("记者");
    }

    @Test
    void aHouseStylesNeverSpeakersJoinTheStandardOnesInLowerCase() {
        assertThat(NotSpeakers.with(java.util.Set.of("小编说", "Host Note"))).contains("小编说", "host note", "摄影");
    }
}
