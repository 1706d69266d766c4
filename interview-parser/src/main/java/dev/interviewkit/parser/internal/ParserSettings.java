package dev.interviewkit.parser.internal;

/** The parser's limits, fixed when it is built. */
public record ParserSettings(int maxInputChars, int maxDiagnostics) {}
