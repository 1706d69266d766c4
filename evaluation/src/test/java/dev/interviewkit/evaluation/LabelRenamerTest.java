package dev.interviewkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The renamed-words copy of the wild corpus: caption words at label positions only, seeded. */
class LabelRenamerTest {

    private static final String REPORT = String.join("\n",
            "# 一份研报",
            "",
            "图表3：全球出货量",
            "",
            "资料来源：Wind，中金公司研究部",
            "",
            "**摄影：** 张三",
            "",
            "正文里的资料来源：不在行首的不换。",
            "",
            "主持人：你好。");

    @Test
    void captionWordsAtLabelPositionsAreReplacedByMadeUpWordsOfTheSameLength() {
        String renamed = new LabelRenamer(7).rename("a.md", REPORT);
        String[] lines = renamed.split("\n", -1);

        assertThat(lines[2]).doesNotStartWith("图表").endsWith("3：全球出货量").hasSize("图表3：全球出货量".length());
        assertThat(lines[4]).doesNotContain("资料来源").endsWith("：Wind，中金公司研究部");
        assertThat(lines[6]).startsWith("**").doesNotContain("摄影").endsWith("：** 张三");
        assertThat(lines[8]).isEqualTo("正文里的资料来源：不在行首的不换。");
        assertThat(lines[10]).as("role words are not caption words").isEqualTo("主持人：你好。");
    }

    @Test
    void theSameSeedAndPathGiveTheSameWordsAndAnotherPathOthers() {
        LabelRenamer renamer = new LabelRenamer(7);

        assertThat(renamer.rename("a.md", REPORT)).isEqualTo(new LabelRenamer(7).rename("a.md", REPORT));
        assertThat(renamer.rename("b.md", REPORT)).isNotEqualTo(renamer.rename("a.md", REPORT));
        assertThat(new LabelRenamer(8).rename("a.md", REPORT)).isNotEqualTo(renamer.rename("a.md", REPORT));
    }

    @Test
    void oneWordIsOneMadeUpWordThroughoutAnArticle() {
        String renamed = new LabelRenamer(7).rename("a.md", "资料来源：甲\n\n资料来源：乙");
        String[] lines = renamed.split("\n", -1);

        assertThat(lines[0].substring(0, 4)).isEqualTo(lines[2].substring(0, 4));
    }
}
