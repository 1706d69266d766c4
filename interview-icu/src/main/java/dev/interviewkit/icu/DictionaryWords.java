package dev.interviewkit.icu;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import dev.interviewkit.export.WordSegmenter;
import java.text.StringCharacterIterator;

/**
 * The words ICU's word break iterator finds with its dictionary for Chinese and Japanese, in the
 * runs of characters that dictionary covers. Only those runs are segmented: elsewhere the layout's
 * own rules already keep Latin words and numbers whole, and the dictionary is where the time goes.
 */
final class DictionaryWords {

    /** The characters ICU segments with its Chinese and Japanese dictionary (its {@code cjdict} ranges). */
    private static final UnicodeSet DICTIONARY_SCRIPTS =
            new UnicodeSet("[[:Han:][:Hiragana:][:Katakana:]\\u30FC\\uFF70\\uFF9E\\uFF9F]").freeze();

    // Building an iterator reads ICU's rules and dictionaries; a clone shares them and costs little.
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(PROTOTYPE::clone);

    private DictionaryWords() {}

    /** Reports every word of two or more code points that ICU's dictionary finds in {@code text}. */
    static void report(String text, WordSegmenter.Segments out) {
        BreakIterator words = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            int codePoints = 0;
            while (i < n && DICTIONARY_SCRIPTS.contains(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                codePoints++;
            }
            if (codePoints >= 2) {
                words = words == null ? ITERATOR.get() : words;
                reportRun(words, text, start, i, out);
            }
            i += i == start ? Character.charCount(text.codePointAt(i)) : 0;
        }
        if (words != null) {
            words.setText(""); // the thread's iterator must not keep the text alive
        }
    }

    private static void reportRun(BreakIterator words, String text, int from, int to, WordSegmenter.Segments out) {
        words.setText(new StringCharacterIterator(text, from, to, from));
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (text.codePointCount(start, end) >= 2) {
                out.word(start, end);
            }
        }
    }
}
