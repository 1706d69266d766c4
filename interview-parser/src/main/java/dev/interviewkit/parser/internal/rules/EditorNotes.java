package dev.interviewkit.parser.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Editor's notes ({@code （注：…）}, {@code 编者按：…}), as data: the openings that mark them. */
public final class EditorNotes {

    private static final List<String> NOTE_OPENERS = List.of("（注：", "（注:", "(注：", "(注:", "注：", "注:",
            "编辑补充：", "编辑补充:", "〔",
            "编者注：", "编者注:", "编者按：", "编者按:", "（编者注：", "（编者按：", "【编者按】", "Editor's note:");

    private EditorNotes() {}

    /** The words of an editor's note, without its brackets and marker. */
    public static Optional<String> noteText(String text) {
        String t = text.strip();
        for (String opener : NOTE_OPENERS) {
            if (t.startsWith(opener)) {
                String inner = t.substring(opener.length());
                if (opener.startsWith("（") && inner.endsWith("）") || opener.startsWith("(") && inner.endsWith(")")
                        || opener.startsWith("〔") && inner.endsWith("〕")) {
                    inner = inner.substring(0, inner.length() - 1);
                }
                inner = inner.strip();
                return inner.isEmpty() ? Optional.empty() : Optional.of(inner);
            }
        }
        return Optional.empty();
    }

    /**
     * The note markers as the labels they make ({@code **编者按：**}): without brackets and colon,
     * in lower case; a bracket that is the whole marker ({@code 〔}) makes none.
     */
    static Stream<String> labels() {
        return NOTE_OPENERS.stream()
                .map(opener -> LabelCharacters.withoutColon(opener.replaceAll("[（(【】〔]", "")).toLowerCase(Locale.ROOT))
                .filter(label -> !label.isEmpty());
    }
}
