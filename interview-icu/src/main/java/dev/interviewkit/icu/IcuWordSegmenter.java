package dev.interviewkit.icu;

import com.ibm.icu.util.VersionInfo;
import dev.interviewkit.export.WordSegmenter;

/**
 * Chinese word boundaries from ICU's dictionary and line-breaking prohibitions from Unicode line
 * breaking (UAX #14), both as ICU4J implements them, for subtitle layout.
 *
 * <ul>
 *   <li><b>Words</b>: ICU's word {@link com.ibm.icu.text.BreakIterator} segments Chinese (and
 *       Japanese) with its dictionary; every word it finds of two characters or more is reported, so
 *       that a subtitle cuts inside {@code 人工智能} or {@code 必须} only where it would cut inside a
 *       Latin word.
 *   <li><b>Line breaking</b>: every place ICU's line {@code BreakIterator} gives no break opportunity
 *       (outside spaces, which the layout handles itself) is reported as {@link Segments#noBreak};
 *       the layout heeds it only between characters no rule of its own decides.
 * </ul>
 *
 * <p>Found by {@link java.util.ServiceLoader} as the installed {@link WordSegmenter}, so adding this
 * module is enough; {@code CueSplitter.builder().words(new IcuWordSegmenter())} sets it explicitly.
 * ICU's data loads on the first text segmented (about a tenth of a second), not when the class
 * does.
 *
 * <p>Immutable and thread-safe: ICU's iterators are not, so each thread segments with its own
 * clones. Never throws on text.
 */
public final class IcuWordSegmenter implements WordSegmenter {

    /** A segmenter; all instances share ICU's data and behave alike. */
    public IcuWordSegmenter() {
        // the iterators are per thread and loaded on first use: nothing to hold here
    }

    @Override
    public void segment(String text, Segments out) {
        if (text.length() < 2) {
            return; // nothing to cut
        }
        DictionaryWords.report(text, out);
        LineBreakProhibitions.report(text, out);
    }

    @Override
    public String toString() {
        return "IcuWordSegmenter[ICU " + VersionInfo.ICU_VERSION + "]";
    }
}
