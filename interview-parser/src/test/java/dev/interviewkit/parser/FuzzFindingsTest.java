package dev.interviewkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interviewkit.parser.testing.InternalErrors;
import dev.interviewkit.parser.testing.SourceCoverage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input a property or fuzz run ever broke the parser on, kept as a file in
 * {@code src/test/resources/fuzztests} and parsed again as bytes: the parser's safety net must not
 * catch a fault (an {@code INTERNAL_ERROR}) whichever front end reads it, read as Markdown no line
 * may be lost (a page has its own rule: its markup is not text), and each file parses within
 * seconds. A file is named after what it holds; keeping a new finding is adding its file, as small
 * as it still fails. The files are ours (generated or written here), never third-party articles.
 */
class FuzzFindingsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final InterviewParser PARSER = InterviewParser.builder().build();
    private static final InterviewParser MARKDOWN = InterviewParser.builder().inputFormat(InputFormat.MARKDOWN).build();

    /** The folder of findings, as the test class path holds it. */
    private static Path folder() {
        URL folder = FuzzFindingsTest.class.getResource("/fuzztests");
        assertThat(folder).as("src/test/resources/fuzztests on the test class path").isNotNull();
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings' file names, in order. */
    static Stream<String> findings() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void aFindingParsesWithoutAFaultAndLosesNoLine(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(folder().resolve(name));
        InternalErrors.assertNone(assertTimeoutPreemptively(TIMEOUT, () -> PARSER.parse(new ByteArrayInputStream(bytes))), name);
        ParseResult result = assertTimeoutPreemptively(TIMEOUT, () -> MARKDOWN.parse(new ByteArrayInputStream(bytes)));
        InternalErrors.assertNone(result, name);
        List<String> lost = SourceCoverage.uncoveredLines(result.interview(), SourceCoverage.decodedLines(bytes));
        assertThat(lost).as("lines of %s in no element", name).isEmpty();
    }

    @Test
    void theFindingsAreThere() {
        // A folder lost from the class path would make the parameterised test pass on nothing.
        assertThat(findings()).isNotEmpty();
    }
}
