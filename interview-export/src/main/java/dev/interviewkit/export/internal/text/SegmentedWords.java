package dev.interviewkit.export.internal.text;

import dev.interviewkit.export.WordSegmenter;
import java.util.Objects;

/**
 * The words a public {@link WordSegmenter} reports, added to the built-in list's, as the layout
 * asks for them. Reports are
 * checked here rather than trusted: one outside the text, reversed, or shorter than two chars is
 * dropped, so that a faulty segmenter can make cuts worse but never make writing fail.
 */
public final class SegmentedWords implements WordBoundaries {

    private final WordSegmenter segmenter;

    /** The words {@code segmenter} finds. */
    public SegmentedWords(WordSegmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    @Override
    public Words find(String text) {
        int n = text.length();
        // Word knowledge adds up: the everyday words of the built-in list stay whole beside the
        // segmenter's. ICU's dictionary splits compounds the list keeps (人工|智能, 研究|人员), and a
        // subtitle line should not cut those either (interview-icu/CUT-REVIEW.md).
        Words words = DictionaryWords.COMMON.find(text);
        segmenter.segment(text, new WordSegmenter.Segments() {
            @Override
            public void word(int start, int end) {
                if (start >= 0 && end <= n && end - start >= 2) {
                    words.addDictionaryWord(start, end);
                }
            }

            @Override
            public void noBreak(int index) {
                if (index > 0 && index < n) {
                    words.forbidBreak(index);
                }
            }
        });
        return words;
    }
}
