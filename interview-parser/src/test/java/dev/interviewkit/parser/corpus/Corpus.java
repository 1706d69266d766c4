package dev.interviewkit.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Section;
import dev.interviewkit.parser.InterviewParser;
import dev.interviewkit.parser.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party documents of issue 4, read from {@code ../shared/corpus} at test time and never
 * copied into the repository. Without that folder every corpus test is skipped, visibly.
 *
 * <p>The expected values in the corpus tests were decided by reading each document, not by running
 * the parser. All of them follow the same reading conventions, written down here once:
 *
 * <ul>
 *   <li><b>Turns.</b> A turn is one speaker's speech from their label to the next label or section
 *       heading; paragraphs without a label continue the turn (also when they are wholly bold, like
 *       the second half of a host's question). Every label starts a turn, even when the same
 *       speaker had the previous one: the document marked a new start there (09 has {@code Alex
 *       Albert} twice in a row, 15 labels almost every subtitle segment). A label-shaped line that
 *       says who someone is ({@code Amanda Askell：负责对齐微调}, {@code A：Geoffrey Hinton}) or heads a
 *       section ({@code **朱军：**} underlined with {@code ------}) is not a turn.
 *   <li><b>Section titles.</b> A heading that only numbers or places its section ({@code **01**},
 *       {@code 02.}, {@code 尾声.}) is dropped. Heading lines that follow each other form one title;
 *       the pieces join as wrapped lines do: nothing between CJK text (CJK punctuation included),
 *       one space between Latin words ({@code o1 提升了 AI 上限，} + {@code 带来了新范式} =
 *       {@code o1 提升了 AI 上限，带来了新范式}). A bold line standing alone between turns, with no
 *       colon, that does not end a sentence of the speech around it, is a heading (02, 06). A
 *       pull-quote under a heading ({@code **\>****"…"**} in 02) repeats a sentence of the section
 *       and is not part of its title. There is an untitled opening section only when turns precede
 *       the first heading; a document with no headings is one untitled section.
 *   <li><b>Participants.</b> Found by name or alias, never by id (ids are the parser's choice). A
 *       participant's name is what a careful reader would call them: the person a roster line or
 *       the lead names for a role letter or nickname ({@code A} is Geoffrey Hinton, {@code 红衣大叔}
 *       is 周鸿祎), otherwise the label itself. Where the document supports two of the model's roles
 *       (a roundtable chair is both host and moderator), the test accepts both and says why.
 *   <li><b>Metadata.</b> The title is the document's own (the setext or {@code #} title line, or a
 *       front-matter {@code title:}); absent when there is none. The author is the name the export
 *       header gives (Cubox: the first name after the link, before the account; crawler header:
 *       {@code 文章作者}); bylines in the body ({@code 文｜于丽丽}) are credits. WeChat times are
 *       Beijing time, +08:00.
 * </ul>
 */
final class Corpus {

    private static final Map<String, ParseResult> PARSED = new ConcurrentHashMap<>();

    private Corpus() {}

    /**
     * The corpus folder: {@code ../shared/corpus} from the repository root, which is
     * {@code ../../shared/corpus} from the module directory Surefire runs in.
     */
    static Path folder() {
        List<Path> candidates = List.of(Path.of("..", "..", "shared", "corpus"), Path.of("..", "shared", "corpus"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0))
                .toAbsolutePath().normalize();
    }

    /** Skips the calling test, with a message, when the corpus folder is absent (a bare clone). */
    static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(folder()),
                "corpus folder ../shared/corpus is absent: corpus tests skipped");
    }

    /** The document {@code fileName} parsed with the default parser, once per test run. */
    static ParseResult parse(String fileName) {
        assumePresent();
        return PARSED.computeIfAbsent(fileName, name -> {
            try {
                return InterviewParser.builder().build().parse(folder().resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The interview read from {@code fileName}. */
    static Interview interview(String fileName) {
        return parse(fileName).interview();
    }

    /** The document's lines as the parser numbers them (1-based: line n is element n - 1). */
    static List<String> lines(String fileName) {
        assumePresent();
        try {
            return List.of(Files.readString(folder().resolve(fileName), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one participant whose name or one of whose aliases is {@code nameOrAlias}. */
    static Participant participant(Interview interview, String nameOrAlias) {
        List<Participant> matches = interview.participants().stream()
                .filter(p -> p.name().equals(nameOrAlias) || p.aliases().contains(nameOrAlias))
                .collect(Collectors.toList());
        assertThat(matches).as("participants named or aliased '%s' among %s", nameOrAlias, describe(interview))
                .hasSize(1);
        return matches.get(0);
    }

    /** How many turns the participant called {@code nameOrAlias} has. */
    static long turnsOf(Interview interview, String nameOrAlias) {
        String id = participant(interview, nameOrAlias).id();
        return interview.turns().stream().filter(t -> t.speaker().equals(id)).count();
    }

    /** The section titles in order, {@code ""} standing for the untitled opening section. */
    static List<String> sectionTitles(Interview interview) {
        return interview.sections().stream().map(s -> s.title().orElse("")).collect(Collectors.toList());
    }

    /** How many turns each section has, in order. */
    static List<Integer> turnsPerSection(Interview interview) {
        return interview.sections().stream().map(Section::turns).map(List::size).collect(Collectors.toList());
    }

    private static String describe(Interview interview) {
        return interview.participants().stream()
                .map(p -> p.name() + " " + p.aliases() + " " + p.role())
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
