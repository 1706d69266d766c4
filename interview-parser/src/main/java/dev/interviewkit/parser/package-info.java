/**
 * The parser: {@link dev.interviewkit.parser.InterviewParser} reads an article into a
 * {@link dev.interviewkit.parser.ParseResult}, the interview with its diagnostics and the evidence
 * behind every speaker decision ({@link dev.interviewkit.parser.LabelDecision}).
 */
package dev.interviewkit.parser;
