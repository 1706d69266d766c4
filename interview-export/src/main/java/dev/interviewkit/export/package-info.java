/**
 * Writers for the interview model, one {@link dev.interviewkit.export.InterviewWriter} a format
 * (JSON, canonical Markdown, SRT, WebVTT, chapters, the Podcasting 2.0 transcript), the
 * {@link dev.interviewkit.export.JsonReader}, and the timing model that gives subtitles their times.
 */
package dev.interviewkit.export;
