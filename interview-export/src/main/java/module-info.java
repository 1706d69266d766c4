/**
 * Writers for the interview model, and the JSON reader: {@code InterviewWriter} is the one interface
 * every writer implements; {@code JsonWriter} and {@code JsonReader} map the model to and from JSON
 * (schema version 1, described by {@code dev/interviewkit/export/interview.schema.json}).
 */
module dev.interviewkit.export {
    requires transitive dev.interviewkit.model;
    requires tools.jackson.databind;

    exports dev.interviewkit.export;

    // A word segmenter on the module or class path (interview-icu's) replaces the built-in word list.
    uses dev.interviewkit.export.WordSegmenter;
}
