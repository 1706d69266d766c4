package dev.interviewkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every place in the project that cites the design document names a section it has: code and
 * README point readers to {@code docs/DESIGN.md, "Section"}, and a renamed section must not leave
 * them pointing nowhere.
 */
class DesignCitationsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern CITATION = Pattern.compile("docs/DESIGN\\.md\\)?,\\s*(?:\\*\\s*)?\"([^\"]+)\"");
    private static final Pattern BARE = Pattern.compile("(?<![/\\w.])DESIGN\\.md");

    @Test
    void everyCitedSectionExistsAndNoCitationOmitsTheFolder() throws IOException {
        String design = Files.readString(ROOT.resolve("docs/DESIGN.md"));
        List<String> headings = design.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#+\\s*", "")).toList();
        List<String> problems = new ArrayList<>();
        int citations = 0;
        for (Path file : sources()) {
            String text = Files.readString(file);
            Matcher cited = CITATION.matcher(text.replaceAll("\\s*\\n\\s*\\*?\\s*", " "));
            while (cited.find()) {
                citations++;
                if (!headings.contains(cited.group(1))) {
                    problems.add(file + " cites a section docs/DESIGN.md does not have: " + cited.group(1));
                }
            }
            Matcher bare = BARE.matcher(text);
            while (bare.find()) {
                problems.add(file + " cites DESIGN.md without its folder (docs/DESIGN.md)");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(citations).as("citations found").isGreaterThanOrEqualTo(5);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java") || p.getFileName().toString().equals("README.md"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> !p.getFileName().toString().equals("DesignCitationsTest.java"))
                    .toList();
        }
    }
}
