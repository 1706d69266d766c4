package dev.interviewkit.icu;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.interviewkit.export.WordSegmenter;

/** The words ICU's word break iterator finds in a text, with its dictionary for Chinese and Japanese. */
final class DictionaryWords {

    // Building an iterator reads ICU's rules and dictionaries; a clone shares them and costs little.
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(() -> PROTOTYPE.clone());

    private DictionaryWords() {}

    /** Reports every word of {@code text} two chars or longer that is not a single code point. */
    static void report(String text, WordSegmenter.Segments out) {
        BreakIterator words = ITERATOR.get();
        words.setText(text);
        try {
            int start = words.first();
            for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                if (end - start >= 2 && words.getRuleStatus() >= BreakIterator.WORD_NUMBER
                        && text.offsetByCodePoints(start, 1) < end) {
                    out.word(start, end);
                }
            }
        } finally {
            words.setText(""); // the thread's iterator must not keep the text alive
        }
    }
}
