package dev.interviewkit.model;

/** What a media reference points to. */
public enum MediaKind {
    /** A picture. */
    IMAGE,
    /** A video, such as the interview's source recording. */
    VIDEO,
    /** An audio recording or podcast episode. */
    AUDIO
}
