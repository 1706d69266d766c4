package dev.interviewkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text printed in aligned columns, measured in terminal columns so that CJK text lines up. */
final class TextTable {

    /** Which side of its column a cell keeps to. */
    enum Align { LEFT, RIGHT }

    private static final String GAP = "  ";

    private final List<Align> alignments;
    private final List<String[]> rows = new ArrayList<>();

    /** A table with one column for each alignment. */
    TextTable(Align... alignments) {
        this.alignments = List.of(alignments);
    }

    /** Adds a row; there must be one cell for each column. */
    TextTable row(String... cells) {
        if (cells.length != alignments.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
                    + alignments.size() + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** Whether the table has no rows. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the rows, each after {@code indent}, with no white space at the end of a line. */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[alignments.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                String padding = " ".repeat(widths[i] - DisplayWidth.of(row[i]));
                if (i > 0) {
                    line.append(GAP);
                }
                if (alignments.get(i) == Align.RIGHT) {
                    line.append(padding).append(row[i]);
                } else {
                    line.append(row[i]).append(padding);
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
