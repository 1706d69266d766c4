package dev.interviewkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.interviewkit.cli.TextTable.Align;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextTablePropertyTest {

    /** Narrow and wide characters, from the basic plane and beyond it. */
    private static final List<String> ALPHABET = List.of("a", "Z", "1", "-", "主", "持", "：", "e\u0301", "\uD840\uDC00");

    @Test
    void theLastColumnStartsAtTheSameTerminalColumnInEveryRow() {
        qt().forAll(lists().of(rows()).ofSizeBetween(1, 8)).checkAssert(rows -> {
            List<String> lines = print(rows);
            List<Integer> lastColumnStarts = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String last = rows.get(i).get(2);
                String line = lines.get(i);
                if (!last.isEmpty()) {
                    assertThat(line).endsWith(last);
                    String before = line.substring(0, line.length() - last.length());
                    assertThat(before).endsWith(rows.get(i).get(1) + "  ");
                    lastColumnStarts.add(DisplayWidth.of(before));
                }
            }
            assertThat(lastColumnStarts.stream().distinct().count()).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void noLineEndsInWhiteSpace() {
        qt().forAll(lists().of(rows()).ofSizeBetween(1, 8)).checkAssert(rows ->
                assertThat(print(rows)).allSatisfy(line -> assertThat(line).doesNotEndWith(" ")));
    }

    private static Gen<List<String>> rows() {
        Gen<String> cell = lists().of(integers().between(0, ALPHABET.size() - 1)).ofSizeBetween(0, 6)
                .map(indexes -> indexes.stream().map(ALPHABET::get).collect(Collectors.joining()));
        return cell.zip(cell, cell, List::of);
    }

    private static List<String> print(List<List<String>> rows) {
        TextTable table = new TextTable(Align.LEFT, Align.RIGHT, Align.LEFT);
        rows.forEach(row -> table.row(row.toArray(String[]::new)));
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        table.print(out, "  ");
        out.flush();
        return text.toString().lines().toList();
    }
}
