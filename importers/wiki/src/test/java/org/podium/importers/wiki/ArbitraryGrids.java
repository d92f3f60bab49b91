package org.podium.importers.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.podium.importers.wiki.internal.Cell;

/**
 * Random tables as a format-neutral model, for the property that a grid written in a format and
 * read back is the same grid: 1 to 3 levels of headers (group headers over sub-headers, a header
 * standing alone spanning the levels below it), data cells with random row- and column-spans,
 * some data cells marked as header cells (a Grand Prix's {@code !1}), and texts full of what a
 * format must escape ({@code |}, {@code !}, {@code [[}, {@code {{}, {@code ''}, {@code <},
 * {@code &}).
 *
 * <p>The model holds the cells as written (origin cells with their spans, row by row, in column
 * order) and what a reader must make of them: one header path per column, and every slot of
 * every data row with its text, its span and its header flag.
 */
final class ArbitraryGrids {

    /** Pieces that texts are made of: words, and the characters every table format has to escape. */
    private static final List<String> PIECES = List.of("Meoni", "KTM", "Stéphane", "Łukasz", "Straße", "Ñandú", "6:12",
            "+47:52", "1:23:47", "3", "42", "|", "||", "!", "!!", "[[", "]]", "{{", "}}", "''", "'''", "'", "<", ">",
            "&", "&amp;", "&nbsp;", "=", "-", "+", "*", "#", ":", ";", "~", "–", "\"", "<br>", "__TOC__",
            "http://example.org", "[", "]", "{", "}", "/", "%", "(1)", "<ref>", "{|", "|}", "|-", "|+");

    private final Random random;

    ArbitraryGrids(Random random) {
        this.random = random;
    }

    /** A cell as written: its text, its spans, and whether it is a header cell. */
    record WrittenCell(String text, int rowspan, int colspan, boolean header) {
    }

    /** A slot of the grid as a reader must give it. */
    record ExpectedCell(String text, Cell.Span span, boolean header) {
    }

    /**
     * A random table.
     *
     * @param caption    the caption as written, or null
     * @param headerRows the header rows as written, top first
     * @param dataRows   the data rows as written
     * @param columns    the header path a reader must give each column
     * @param expected   every slot of every data row as a reader must give it
     * @param expectedCaption the caption a reader must give: the written one, or a title row's
     */
    record Table(String caption, List<List<WrittenCell>> headerRows, List<List<WrittenCell>> dataRows,
            List<List<String>> columns, List<List<ExpectedCell>> expected, String expectedCaption) {
    }

    Table table() {
        int width = 1 + random.nextInt(6);
        int levels = 1 + random.nextInt(3);
        List<List<WrittenCell>> headerRows = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            headerRows.add(new ArrayList<>());
        }
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(new ArrayList<>());
        }
        // One column goes through every level, so that every header row has a cell of its own.
        int deepest = random.nextInt(width);
        headers(headerRows, columns, 0, levels, 0, width, deepest, null);

        int height = 1 + random.nextInt(6);
        // No rowspan covers this column, so that every row keeps a cell of its own (a row without one
        // is not written at all, and the spans above it would slide into the next).
        int anchor = random.nextInt(width);
        List<List<WrittenCell>> dataRows = new ArrayList<>();
        ExpectedCell[][] expected = new ExpectedCell[height][width];
        for (int r = 0; r < height; r++) {
            List<WrittenCell> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (expected[r][c] != null) {
                    continue;
                }
                int rowspan = random.nextInt(4) == 0 && c != anchor ? 1 + random.nextInt(Math.min(3, height - r)) : 1;
                while (!free(expected, r, rowspan, c)) {
                    rowspan--;
                }
                int maxColspan = 0;
                while (c + maxColspan < width && free(expected, r, rowspan, c + maxColspan)
                        && (rowspan == 1 || c + maxColspan != anchor)) {
                    maxColspan++;
                }
                int colspan = random.nextInt(4) == 0 ? 1 + random.nextInt(maxColspan) : 1;
                boolean header = width > 1 && random.nextInt(7) == 0;
                WrittenCell cell = new WrittenCell(text(random.nextInt(6) == 0), rowspan, colspan, header);
                row.add(cell);
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        Cell.Span span = dr == 0 && dc == 0 ? Cell.Span.OWN
                                : dr == 0 ? Cell.Span.FROM_LEFT : Cell.Span.FROM_ABOVE;
                        expected[r + dr][c + dc] = new ExpectedCell(cell.text(), span, header);
                    }
                }
            }
            dataRows.add(row);
        }
        // The first data row must not be all header cells, or it would read as one more header row.
        if (dataRows.get(0).stream().allMatch(WrittenCell::header)) {
            WrittenCell first = dataRows.get(0).get(0);
            dataRows.get(0).set(0, new WrittenCell(first.text(), first.rowspan(), first.colspan(), false));
            for (int r = 0; r < first.rowspan(); r++) {
                for (int c = 0; c < first.colspan(); c++) {
                    ExpectedCell slot = expected[r][c];
                    expected[r][c] = new ExpectedCell(slot.text(), slot.span(), false);
                }
            }
        }
        List<List<ExpectedCell>> expectedRows = new ArrayList<>();
        for (ExpectedCell[] row : expected) {
            expectedRows.add(List.of(row));
        }
        String caption = random.nextInt(3) == 0 ? text(false) : null;
        List<List<String>> paths = columns.stream().map(List::copyOf).toList();
        List<WrittenCell> top = headerRows.get(0);
        String expectedCaption = caption;
        if (caption == null && headerRows.size() >= 2 && width > 1 && top.size() == 1 && top.get(0).colspan() >= width
                && paths.stream().allMatch(path -> path.size() > 1)) {
            // A title row over the column headers names the table: readers take it as the caption.
            expectedCaption = paths.get(0).get(0);
            paths = paths.stream().map(path -> path.subList(1, path.size())).map(List::copyOf).toList();
        }
        return new Table(caption, headerRows, dataRows, paths, expectedRows, expectedCaption);
    }

    /**
     * Writes the headers over columns {@code [from, to)} from {@code level} down: each run of
     * columns is either one header standing alone (one column wide, spanning the levels below) or a
     * group header over headers of the next level.
     */
    private void headers(List<List<WrittenCell>> rows, List<List<String>> columns, int level, int levels, int from,
            int to, int deepest, String parent) {
        int c = from;
        while (c < to) {
            int runWidth = level == levels - 1 ? 1 : 1 + random.nextInt(to - c);
            boolean containsDeepest = deepest >= c && deepest < c + runWidth;
            boolean alone = level == levels - 1 || runWidth == 1 && !containsDeepest && random.nextBoolean();
            String name = headerText(parent);
            if (alone) {
                rows.get(level).add(new WrittenCell(name, levels - level, 1, true));
                columns.get(c).add(name);
            } else {
                rows.get(level).add(new WrittenCell(name, 1, runWidth, true));
                for (int k = c; k < c + runWidth; k++) {
                    columns.get(k).add(name);
                }
                headers(rows, columns, level + 1, levels, c, c + runWidth, containsDeepest ? deepest : -1, name);
            }
            c += runWidth;
        }
    }

    private static boolean free(ExpectedCell[][] slots, int row, int rowspan, int column) {
        for (int r = row; r < row + rowspan; r++) {
            if (slots[r][column] != null) {
                return false;
            }
        }
        return true;
    }

    /** A header's text: never empty, never its group's own name (a reader merges a name repeated down a column). */
    private String headerText(String parent) {
        while (true) {
            String text = text(false);
            if (!text.isEmpty() && !text.equals(parent)) {
                return text;
            }
        }
    }

    /** A random text, as a reader gives it back: spaces single, none at either end. */
    private String text(boolean empty) {
        if (empty) {
            return "";
        }
        int pieces = 1 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (i > 0 && random.nextInt(3) > 0) {
                text.append(' ');
            }
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString().strip().replaceAll("\\s+", " ");
    }
}
