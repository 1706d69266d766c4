package dev.interviewkit.examples;

import dev.interviewkit.cli.ReferenceArticle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewkit.model.Interview;
import dev.interviewkit.model.Paragraph;
import dev.interviewkit.model.Participant;
import dev.interviewkit.model.Role;
import dev.interviewkit.model.Section;
import dev.interviewkit.model.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseArticleTest {

    @TempDir
    Path folder;

    @Test
    void printsParticipantsThenOneLineATurnWithTheFirstFortyCharacters() throws IOException {
        Interview interview = Interview.builder()
                .addParticipant(Participant.builder().id("host").name("主持人").role(Role.HOST).build())
                .addSection(Section.builder()
                        .addTurn(turn("host", "你好。"))
                        .build())
                .addSection(Section.builder().title("高中生活")
                        .addTurn(turn("host", "一二三四五六七八九十".repeat(5)))
                        .build())
                .build();
        StringBuilder out = new StringBuilder();

        ParseArticle.printTranscript(interview, out);

        assertThat(out.toString()).isEqualTo("""
                Participants
                  主持人 (host, HOST)
                Turns
                  [(opening)] 主持人: 你好。
                  [高中生活] 主持人: 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…
                """);
    }

    @Test
    void mainWithoutArgumentsListsTheTurnsOfTheBundledArticle() throws Exception {
        String out = StandardOutputCapture.of(() -> ParseArticle.main(new String[0]));

        assertThat(out).startsWith("Participants\n").contains("Turns\n");
        assertThat(out).contains("\n  Sam Altman (sam-altman, GUEST)\n", "\n  [高中生活] ", "\n  [各国AI竞赛] Sam Altman: ");
    }

    @Test
    void mainReadsTheFileGivenAsArgument() throws Exception {
        Path article = folder.resolve("article.md");
        try (InputStream in = ReferenceArticle.open()) {
            Files.copy(in, article);
        }

        String fromMain = StandardOutputCapture.of(() -> ParseArticle.main(new String[] {article.toString()}));
        StringBuilder fromPath = new StringBuilder();
        ParseArticle.printTranscript(article, fromPath);

        assertThat(fromMain).startsWith("Participants\n").isEqualTo(fromPath.toString());
    }

    private static Turn turn(String speaker, String text) {
        return Turn.builder().speaker(speaker).addParagraph(Paragraph.of(text)).build();
    }
}
