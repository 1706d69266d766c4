package dev.interviewkit.icu;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.interviewkit.export.WordSegmenter;

/**
 * The places where Unicode line breaking (UAX #14, ICU's line break iterator) gives no break
 * opportunity: before a closing mark or a non-starter, after an opening mark or a currency sign,
 * inside a number or a word.
 */
final class LineBreakProhibitions {

    private static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(ULocale.SIMPLIFIED_CHINESE);
    private static final ThreadLocal<BreakIterator> ITERATOR =
            ThreadLocal.withInitial(PROTOTYPE::clone);

    private LineBreakProhibitions() {}

    /**
     * Reports every index between two non-space chars that is no break opportunity. Spaces are left
     * out: UAX #14 breaks after a space, the layout at it, and the layout's rules decide there.
     */
    static void report(String text, WordSegmenter.Segments out) {
        BreakIterator lines = ITERATOR.get();
        lines.setText(text);
        try {
            int previous = lines.first();
            for (int next = lines.next(); next != BreakIterator.DONE; previous = next, next = lines.next()) {
                for (int i = previous + 1; i < next; i++) {
                    if (text.charAt(i) != ' ' && text.charAt(i - 1) != ' ') {
                        out.noBreak(i);
                    }
                }
            }
        } finally {
            lines.setText("");
        }
    }
}
