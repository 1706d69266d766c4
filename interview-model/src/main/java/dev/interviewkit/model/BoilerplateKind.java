package dev.interviewkit.model;

/** Why a block is boilerplate rather than content. */
public enum BoilerplateKind {
    /** Promotes the account or its services ({@code 我们旨在将先进科技与创新想法完美融合}). */
    PROMOTION,
    /** Asks the reader to act: like, share, follow, comment ({@code 喜欢就别忘了点赞}). */
    CALL_TO_ACTION,
    /** A paid or house advertisement. */
    ADVERTISEMENT,
    /** How to reach the account ({@code 请联系负责人微信}). */
    CONTACT,
    /** Rights and reprint notices ({@code 未经许可不得转载}). */
    COPYRIGHT,
    /** Marks the end of the article ({@code --END--}, {@code © THE END}). */
    END_MARKER,
    /** Residue of an embedded account card ({@code 303篇原创内容}, {@code 公众号}). */
    ACCOUNT_CARD,
    /** Navigation of the exporter or site ({@code 返回列表页}, {@code 跳转到 Cubox 查看}). */
    NAVIGATION,
    /** A line that says who speaks ({@code A：Geoffrey Hinton}); its names are read into the participants. */
    ROSTER,
    /** A heading or line that only frames a part of the article ({@code 往期回顾}, {@code 文稿整理}). */
    STRUCTURE,
    /** A thematic break ({@code * * *}). */
    SEPARATOR,
    /** Markup left over by the exporter with no text in it (a line of {@code ****}). */
    MARKUP_DEBRIS,
    /** Decoration, such as a banner or QR-code image. */
    DECORATION,
    /** Not content, for a reason none of the other kinds names. */
    OTHER
}
