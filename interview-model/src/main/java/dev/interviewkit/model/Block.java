package dev.interviewkit.model;

import java.util.Optional;

/** A block of front matter: a paragraph, an editor's note, or a bullet list. */
public sealed interface Block permits Paragraph, Note, BulletList {

    /** Where the block stands in the source, when it was read from one. */
    Optional<LineRange> lines();

    /** The block's plain text. */
    String text();
}
