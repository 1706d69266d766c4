/**
 * The parser's word tables: role words, boilerplate phrases, and the short texts with a known shape
 * (editor's notes, credits and bylines, titles that frame a part of the article). Adding a house
 * style's word is adding a row here.
 */
package dev.interviewkit.parser.internal.rules;
