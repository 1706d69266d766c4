/**
 * ICU4J's word and line breaking for the subtitle writers of {@code dev.interviewkit.export}: with this
 * module on the module or class path, {@code CueSplitter} finds {@link dev.interviewkit.icu.IcuWordSegmenter}
 * as the installed {@code WordSegmenter} and stops cutting Chinese dictionary words, without code.
 */
module dev.interviewkit.icu {
    requires transitive dev.interviewkit.export;
    requires com.ibm.icu;

    exports dev.interviewkit.icu;

    provides dev.interviewkit.export.WordSegmenter with dev.interviewkit.icu.IcuWordSegmenter;
}
