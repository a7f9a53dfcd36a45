package dev.flaxen.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns separated by two spaces, numbers right-aligned, no trailing spaces. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;

    /** A table with these headers; {@code rightAligned} lists the columns to align right (others are ignored). */
    TextTable(String[] headers, int... rightAligned) {
        this.right = new boolean[headers.length];
        for (int c : rightAligned) {
            if (c < right.length) {
                right[c] = true;
            }
        }
        rows.add(headers.clone());
    }

    /** Adds a row; missing cells are empty. */
    TextTable add(String... cells) {
        String[] row = new String[right.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? cells[i] : "";
        }
        rows.add(row);
        return this;
    }

    /** The rows after the header. */
    int size() {
        return rows.size() - 1;
    }

    /** The table, one line per row, each ending in a line break. */
    String render() {
        int[] width = new int[right.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(right[i] ? pad + row[i] : row[i] + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
