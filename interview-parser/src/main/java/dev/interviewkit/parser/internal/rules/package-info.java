/**
 * The parser's word tables, each defined once, with the questions that only need the table:
 * role words, boilerplate phrases, credits and bylines, editor's-note openers, framing titles,
 * header keys, media hosts and the characters of labels. Adding a house style's word is adding a
 * row here.
 */
package dev.interviewkit.parser.internal.rules;
