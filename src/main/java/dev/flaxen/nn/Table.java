package dev.flaxen.nn;

import io.vavr.collection.Vector;
import java.util.List;

/**
 * A fixed-width text table with box-drawing borders in the style of {@code rich} (heavy header, a line between rows,
 * a footer row, centred title and caption). Cells may hold several lines.
 */
final class Table {
    private Table() {
    }

    static String render(String title, Vector<String> header, List<Vector<String>> rows, Vector<String> footer,
                         String caption) {
        int[] widths = new int[header.size()];
        widen(widths, header);
        rows.forEach(r -> widen(widths, r));
        widen(widths, footer);
        StringBuilder out = new StringBuilder();
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        out.append(centre(title, total)).append('\n');
        out.append(border(widths, '┏', '━', '┳', '┓'));
        out.append(line(widths, header, '┃', false));
        out.append(border(widths, '┡', '━', '╇', '┩'));
        for (Vector<String> row : rows) {
            out.append(line(widths, row, '│', false));
            out.append(border(widths, '├', '─', '┼', '┤'));
        }
        out.append(line(widths, footer, '│', true));
        out.append(border(widths, '└', '─', '┴', '┘'));
        out.append('\n').append(centre(caption, total)).append('\n');
        return out.toString();
    }

    private static void widen(int[] widths, Vector<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            for (String part : cells.get(i).split("\n", -1)) {
                widths[i] = Math.max(widths[i], part.length());
            }
        }
    }

    private static String border(int[] widths, char left, char fill, char cross, char right) {
        StringBuilder b = new StringBuilder().append(left);
        for (int i = 0; i < widths.length; i++) {
            b.append(String.valueOf(fill).repeat(widths[i] + 2)).append(i == widths.length - 1 ? right : cross);
        }
        return b.append('\n').toString();
    }

    private static String line(int[] widths, Vector<String> cells, char bar, boolean footer) {
        Vector<String[]> parts = cells.map(c -> c.split("\n", -1));
        int height = parts.map(p -> p.length).max().getOrElse(1);
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < height; row++) {
            b.append(bar);
            for (int i = 0; i < widths.length; i++) {
                String text = row < parts.get(i).length ? parts.get(i)[row] : "";
                boolean right = footer && "Total".equals(text);
                String pad = " ".repeat(widths[i] - text.length());
                b.append(' ').append(right ? pad + text : text + pad).append(' ').append(bar);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String centre(String text, int width) {
        int left = Math.max(0, (width - text.length()) / 2);
        return (" ".repeat(left) + text).stripTrailing();
    }
}
