package dev.interviewkit.parser.internal.html;

/**
 * WeChat serves a notice page instead of a deleted or blocked article ({@code 该内容已被发布者删除}
 * in a {@code weui-msg__title}): there is no article to find, which the user must hear plainly,
 * in the same words whichever front end met the page.
 */
public final class NoticePages {

    /** The class of the element that holds the notice. */
    static final String TITLE_CLASS = "weui-msg__title";

    private NoticePages() {}

    /** The error message for a notice page saying {@code notice}. */
    public static String message(String notice) {
        return "the page is WeChat's notice '" + notice
                + "' instead of an article (deleted or blocked by its publisher or by WeChat): it holds no interview";
    }
}
