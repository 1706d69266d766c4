package dev.interviewkit.model;

/** How serious a diagnostic is. */
public enum Severity {
    /** Content could not be understood; the model may miss something the source holds. */
    ERROR,
    /** Something odd was repaired or guessed; the model is likely right. */
    WARNING,
    /** Worth knowing; nothing was lost. */
    INFO
}
