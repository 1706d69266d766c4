/**
 * The interview model: immutable values for one interview article, with no knowledge of any format.
 */
module dev.interviewkit.model {
    requires static org.immutables.value.annotations;

    exports dev.interviewkit.model;
    // Text rules shared with the parser and the writers; not part of the public API.
    exports dev.interviewkit.model.internal to dev.interviewkit.parser, dev.interviewkit.export;
}
