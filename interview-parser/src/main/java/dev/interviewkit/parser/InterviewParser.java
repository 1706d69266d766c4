package dev.interviewkit.parser;

import dev.interviewkit.model.BoilerplateKind;
import dev.interviewkit.model.Role;
import dev.interviewkit.parser.internal.DocumentParser;
import dev.interviewkit.parser.internal.ParserSettings;
import dev.interviewkit.parser.internal.html.FormatDetector;
import dev.interviewkit.parser.internal.html.PageParser;
import dev.interviewkit.parser.internal.rules.BoilerplateRules;
import dev.interviewkit.parser.internal.rules.RoleWords;
import dev.interviewkit.parser.internal.source.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads interview articles saved as Markdown (WeChat crawler exports, Cubox, backups, YAML front
 * matter) or as the WeChat article page itself (HTML) into an {@link dev.interviewkit.model.Interview}.
 * Which of the two a document is, it decides from the content and, for a file, its name (see
 * {@link InputFormat#AUTO}); {@link Builder#inputFormat} forces one.
 *
 * <p>A parser is immutable and thread-safe; build one and reuse it:
 *
 * <pre>{@code
 * InterviewParser parser = InterviewParser.builder().build();
 * ParseResult result = parser.parse(Path.of("article.md"));
 * }</pre>
 *
 * <p>Text never makes it throw: what it cannot understand it reports as diagnostics and keeps as
 * classified boilerplate. Only I/O failures throw, as {@link IOException}.
 */
public final class InterviewParser {

    /** The default limit on input size, in characters. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 32 * 1024 * 1024;

    /** The default limit on the number of diagnostics reported. */
    public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

    private final ParserSettings settings;
    private final InputFormat inputFormat;

    private InterviewParser(ParserSettings settings, InputFormat inputFormat) {
        this.settings = settings;
        this.inputFormat = inputFormat;
    }

    /** A new builder, with the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Parses {@code text}, Markdown or HTML as its content says. Never throws on any string. */
    public ParseResult parse(String text) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(text, settings);
        return parseDecoded(decoded, Optional.empty());
    }

    /**
     * Parses the file at {@code path}, read as UTF-8 (a BOM is dropped, bad bytes become U+FFFD):
     * Markdown or HTML as its name ({@code .html}, {@code .htm}) and its content say.
     */
    public ParseResult parse(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            SourceDecoder.Decoded decoded = SourceDecoder.decode(in, settings);
            return parseDecoded(decoded, Optional.ofNullable(path.getFileName()).map(Path::toString));
        }
    }

    /** Parses UTF-8 bytes from {@code in}, Markdown or HTML as its content says; {@code in} is read to its end but not closed. */
    public ParseResult parse(InputStream in) throws IOException {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(in, settings);
        return parseDecoded(decoded, Optional.empty());
    }

    /**
     * Parses UTF-8 bytes from {@code in} that a file named {@code fileName} holds (an archive
     * entry, an upload, a file read ahead): Markdown or HTML as the name and the content say, as
     * {@link #parse(Path)} decides. {@code in} is read to its end but not closed.
     */
    public ParseResult parse(InputStream in, String fileName) throws IOException {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(in, settings);
        return parseDecoded(decoded, Optional.of(Objects.requireNonNull(fileName, "fileName")));
    }

    private ParseResult parseDecoded(SourceDecoder.Decoded decoded, Optional<String> fileName) {
        FormatDetector.Kind kind = switch (inputFormat) {
            case AUTO -> FormatDetector.detect(decoded.lines(), fileName);
            case MARKDOWN -> FormatDetector.Kind.MARKDOWN;
            case HTML -> FormatDetector.Kind.HTML;
        };
        DocumentParser.Outcome outcome = switch (kind) {
            case MARKDOWN -> new DocumentParser(settings).parse(decoded);
            case HTML -> PageParser.parse(decoded, settings);
            case MHTML -> PageParser.mhtml(decoded, settings);
        };
        return new ParseResult(outcome.interview(), outcome.lineCount(), outcome.labelDecisions(), outcome.transcriptEvidence());
    }

    /**
     * Configures an {@link InterviewParser}; every setting is checked when it is set. Besides the
     * limits, a user can add rows to the parser's rule tables for a house style it does not know:
     * role words ({@link #roleWord}), boilerplate phrases ({@link #boilerplatePhrase}) and labels
     * that are never speakers ({@link #notSpeaker}).
     */
    public static final class Builder {
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
        private final List<RoleWords.RoleWord> roleWords = new ArrayList<>();
        private final List<BoilerplateRules.Rule> boilerplate = new ArrayList<>();
        private final Set<String> notSpeakers = new HashSet<>();
        private InputFormat inputFormat = InputFormat.AUTO;

        private Builder() {}

        /**
         * What kind of document to read: {@link InputFormat#AUTO} (the default) decides per
         * document; {@link InputFormat#MARKDOWN} or {@link InputFormat#HTML} force one kind.
         */
        public Builder inputFormat(InputFormat format) {
            this.inputFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Adds a word that names a role in labels, such as {@code 访谈者} or {@code Panelist}: a label
         * that is only this word is a speaker with {@code role}, and a label that starts with it
         * ({@code 访谈者李明}) gives {@code role} to the name after it.
         *
         * @throws IllegalArgumentException if {@code word} is blank
         */
        public Builder roleWord(String word, Role role) {
            requireText(word, "role word");
            String w = word.strip();
            roleWords.add(new RoleWords.RoleWord(w, Objects.requireNonNull(role, "role"),
                    role.name().toLowerCase(Locale.ROOT), w.codePointCount(0, w.length()) > 1));
            return this;
        }

        /**
         * Adds a phrase that marks short paragraphs outside the transcript (and the account's
         * interruptions inside it are found by their own phrases) as boilerplate of {@code kind};
         * these phrases are tried before the standard ones.
         *
         * @throws IllegalArgumentException if {@code phrase} is blank
         */
        public Builder boilerplatePhrase(BoilerplateKind kind, String phrase) {
            requireText(phrase, "boilerplate phrase");
            boilerplate.add(new BoilerplateRules.Rule(Objects.requireNonNull(kind, "kind"),
                    List.of(phrase.strip().toLowerCase(Locale.ROOT))));
            return this;
        }

        /**
         * Declares a label that is never a speaker, however often it recurs (a house style's
         * {@code **小编说：**}, for example).
         *
         * @throws IllegalArgumentException if {@code label} is blank
         */
        public Builder notSpeaker(String label) {
            requireText(label, "label");
            notSpeakers.add(label.strip());
            return this;
        }

        private static void requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
        }

        /**
         * The most characters read; past it the parser stops cleanly with an error diagnostic.
         *
         * @throws IllegalArgumentException if {@code chars} is not positive
         */
        public Builder maxInputChars(int chars) {
            if (chars <= 0) {
                throw new IllegalArgumentException("maxInputChars must be positive, was " + chars);
            }
            this.maxInputChars = chars;
            return this;
        }

        /**
         * The most diagnostics reported; past it one last diagnostic says how many were dropped.
         *
         * @throws IllegalArgumentException if {@code count} is not positive
         */
        public Builder maxDiagnostics(int count) {
            if (count <= 0) {
                throw new IllegalArgumentException("maxDiagnostics must be positive, was " + count);
            }
            this.maxDiagnostics = count;
            return this;
        }

        /** The parser, immutable and thread-safe. */
        public InterviewParser build() {
            return new InterviewParser(
                    new ParserSettings(maxInputChars, maxDiagnostics, roleWords, boilerplate, notSpeakers), inputFormat);
        }
    }
}
