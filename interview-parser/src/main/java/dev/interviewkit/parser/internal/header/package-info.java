/**
 * The article's header: YAML front matter, or the first header dialect that recognises the
 * document's start (Cubox, archive backup, crawler), and what header keys mean.
 */
package dev.interviewkit.parser.internal.header;
