/**
 * The parser's internals, not exported by {@code module-info.java}: do not depend on them.
 *
 * <p>{@link dev.interviewkit.parser.internal.DocumentParser} is the pipeline; read it top to
 * bottom. Each stage it runs lives in a package of its own, in the order the pipeline calls them:
 * {@code source} (decoding, source lines, line joining), {@code header} (front matter and header
 * dialects), {@code block} (blocks, inlines, headings), {@code speaker} (labels and who speaks),
 * {@code assembly} (units, transcript range, lead, transcript and footer). The word tables every
 * stage asks are in {@code rules}, each defined once.
 */
package dev.interviewkit.parser.internal;
