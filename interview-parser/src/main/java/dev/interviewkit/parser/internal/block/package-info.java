/**
 * Blocks and inlines: the block scanner (headings, lists, quotes, code, paragraphs), the inline
 * parser (emphasis as html2text writes it, links, images, HTML), {@code <details>} blocks, marked
 * boilerplate, and the shaping of section headings from whatever markup the exporter used.
 */
package dev.interviewkit.parser.internal.block;
