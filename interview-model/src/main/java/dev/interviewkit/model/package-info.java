/**
 * The interview model: {@link dev.interviewkit.model.Interview} and its parts (metadata,
 * participants, lead, highlights, sections of turns, paragraphs of inline runs, media, credits,
 * classified boilerplate, diagnostics). Immutable values built with builders; no nulls.
 */
package dev.interviewkit.model;
