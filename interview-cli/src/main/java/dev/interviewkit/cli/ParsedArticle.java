package dev.interviewkit.cli;

import dev.interviewkit.parser.ParseResult;

/** An article as parsed, with the name of where it came from. */
record ParsedArticle(String name, ParseResult result) {}
