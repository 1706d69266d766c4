package dev.interviewkit.model;

/** What part a participant plays in the interview. */
public enum Role {
    /** Hosts the programme or conversation (主持人, Host). */
    HOST,
    /** Is interviewed (嘉宾, 答, A, Guest). */
    GUEST,
    /** Asks the questions for a publication (记者, 问, Q, a media outlet such as 「暗涌」). */
    INTERVIEWER,
    /** Chairs a panel or roundtable. */
    MODERATOR,
    /** Speaks outside the dialogue: voice-over, the author of a talk's transcript. */
    NARRATOR,
    /** Asks from the audience (提问, 观众). */
    AUDIENCE,
    /** Nothing in the document says. */
    UNKNOWN
}
