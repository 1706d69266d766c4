/**
 * From blocks to the interview's parts: blocks cut into units where speakers' labels start turns,
 * the range of units the transcript spans, and the assemblers of the lead, the transcript and the
 * footer, which fill the interview draft.
 */
package dev.interviewkit.parser.internal.assembly;
