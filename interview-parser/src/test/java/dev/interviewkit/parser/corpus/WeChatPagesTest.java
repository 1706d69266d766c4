package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.DiagnosticCode;
import dev.interviewkit.model.Severity;
import dev.interviewkit.parser.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * Corpus 17 and 18: raw mp.weixin.qq.com pages, which this Markdown parser does not read yet (the
 * HTML input path is still to come). Until then each gets one clear word on line 1, and the page
 * WeChat serves for a deleted article says that there is no article at all.
 */
class WeChatPagesTest {

    @Test
    void aSavedArticlePageIsReportedAsHtmlOnItsFirstLine() {
        ParseResult result = Corpus.parse("17_wechat-raw-article-page.html");
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNSUPPORTED_INPUT);
            assertThat(d.line()).isEqualTo(1);
        });
        assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void theDeletedArticlePageSaysThereIsNoArticle() {
        // Line 716: <div class="weui-msg__title warn">该内容已被发布者删除</div>
        ParseResult result = Corpus.parse("18_wechat-raw-deleted-article-page.html");
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(716);
            assertThat(d.message()).contains("该内容已被发布者删除");
        });
    }
}
