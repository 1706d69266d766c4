/**
 * Text rules the model shares with the parser and the writers (word counts, wide characters, line
 * joining). Not public API: the module exports this package only to {@code dev.interviewkit.parser}
 * and {@code dev.interviewkit.export}, and it may change in any release.
 */
package dev.interviewkit.model.internal;
