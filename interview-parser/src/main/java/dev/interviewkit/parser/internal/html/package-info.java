/**
 * The HTML front end: saved WeChat article pages read with jsoup into the same pipeline as
 * Markdown. Detection ({@code FormatDetector}), the page's metadata from its script variables,
 * meta tags and visible header ({@code PageMetadata}), the article body rendered into the Markdown
 * lines the pipeline reads ({@code BodyRenderer}, {@code MarkdownLines}), and positions given back
 * in the page ({@code PagePositions}, {@code PageRelocation}); {@code PageParser} runs them.
 */
package dev.interviewkit.parser.internal.html;
