package org.podium.importers.wiki.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.model.SourcePosition;

/**
 * Random tables for the HTML reader's round trip, built from jqwik's random source: headers of one
 * to three levels (groups over sub-headers, headers reaching down with {@code rowspan}), body cells
 * with random {@code rowspan}s and {@code colspan}s that tile the table, texts with {@code <},
 * {@code &}, quotes and non-ASCII letters, crews of several lines with flags, struck-through
 * cells, {@code <th>} cells among the data, footnotes. Each table knows the grid a reader must
 * find in it ({@link Table#expectedGrid()}), worked out from the layout, not from the HTML.
 */
final class ArbitraryHtmlGrids {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéèçñøåßšžłőÉÑÖŽÆĳΩжß漢字";
    private static final String SIGNS = "<>&\"'()[]/.,:;+-#!?%*=";
    private static final ImmutableList<String> NATIONS = Lists.immutable.of("FRA", "ESP", "NED", "AND", "France",
            "United States", "Côte d'Ivoire", "São Tomé & Príncipe");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** One line of a cell: its flag's nation (or null) and its text. */
    record LineSpec(String nation, String text) {
    }

    /** A footnote: its id in the references list, its text, and whether it cites a source. */
    record NoteSpec(String id, String text, boolean citation) {
        String read() {
            return citation ? "Source: " + text : text;
        }
    }

    /** A cell's content. */
    record CellSpec(List<LineSpec> lines, boolean struck, List<NoteSpec> footnotes) {
        boolean hasText() {
            return lines.stream().anyMatch(l -> !l.text().isEmpty());
        }
    }

    /** A cell placed at its top-left slot, with the slots its spans cover. */
    record Block(int row, int column, int rowspan, int colspan, boolean th, CellSpec content) {
        boolean covers(int r, int c) {
            return r >= row && r < row + rowspan && c >= column && c < column + colspan;
        }
    }

    /** A heading above the table: {@code level} 1 for {@code <h2>}. */
    record Heading(int level, String text) {
    }

    /**
     * A page with one table.
     *
     * @param title      the page's {@code <h1>}, or null
     * @param headings   the headings above the table, in order
     * @param caption    the table's {@code <caption>}, or null
     * @param width      the number of columns
     * @param headerRows the number of header rows
     * @param header     the header cells, rows counted from the top of the table
     * @param bodyRows   the number of data rows
     * @param body       the data cells, rows counted from the first data row
     * @param noteAfter  a paragraph written under the table, or null
     */
    record Table(String title, List<Heading> headings, String caption, int width, int headerRows, List<Block> header,
            int bodyRows, List<Block> body, String noteAfter) {

        /** The grid the reader must find: worked out from the layout alone. */
        Grid expectedGrid() {
            String readCaption = caption;
            int firstHeaderRow = 0;
            List<Block> firstRow = header.stream().filter(b -> b.row() == 0).toList();
            if (caption == null && headerRows >= 2 && width > 1 && firstRow.size() == 1
                    && firstRow.get(0).colspan() == width) {
                // A title row over the column headers is the table's caption.
                readCaption = text(firstRow.get(0).content());
                firstHeaderRow = 1;
            }
            MutableList<ImmutableList<String>> columns = Lists.mutable.empty();
            for (int c = 0; c < width; c++) {
                MutableList<String> path = Lists.mutable.empty();
                for (Block block : header) {
                    if (block.row() >= firstHeaderRow && block.column() <= c && c < block.column() + block.colspan()) {
                        path.add(text(block.content()));
                    }
                }
                columns.add(path.toImmutable());
            }
            MutableList<Grid.GridRow> rows = Lists.mutable.empty();
            MutableList<NoteSpec> footnotes = Lists.mutable.empty();
            for (int r = 0; r < bodyRows; r++) {
                MutableList<Cell> cells = Lists.mutable.empty();
                for (int c = 0; c < width; c++) {
                    Block block = blockAt(r, c);
                    Cell.Span span = block.row() == r && block.column() == c ? Cell.Span.OWN
                            : block.row() == r ? Cell.Span.FROM_LEFT : Cell.Span.FROM_ABOVE;
                    if (span == Cell.Span.OWN) {
                        block.content().footnotes().forEach(n -> {
                            if (footnotes.noneSatisfy(f -> f.id().equals(n.id()))) {
                                footnotes.add(n);
                            }
                        });
                    }
                    cells.add(cell(block, span));
                }
                rows.add(new Grid.GridRow(cells.toImmutable(), SourcePosition.UNKNOWN));
            }
            MutableList<Grid.NoteLine> notes = Lists.mutable.empty();
            if (noteAfter != null) {
                notes.add(new Grid.NoteLine(noteAfter, SourcePosition.UNKNOWN));
            }
            footnotes.forEach(n -> notes.add(new Grid.NoteLine(n.read(), SourcePosition.UNKNOWN)));
            return new Grid(sectionPath(), columns.toImmutable(), rows.toImmutable(), notes.toImmutable(),
                    SourcePosition.UNKNOWN, readCaption);
        }

        ImmutableList<String> sectionPath() {
            List<Heading> stack = new ArrayList<>();
            for (Heading heading : headings) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= heading.level()) {
                    stack.remove(stack.size() - 1);
                }
                stack.add(heading);
            }
            return Lists.immutable.withAll(stack).collect(Heading::text);
        }

        Block blockAt(int row, int column) {
            return body.stream().filter(b -> b.covers(row, column)).findFirst().orElseThrow();
        }

        private static Cell cell(Block block, Cell.Span span) {
            CellSpec content = block.content();
            ImmutableList<Cell.Line> lines = Lists.immutable.withAll(content.lines())
                    .collect(l -> new Cell.Line(l.nation(), l.text()));
            Cell own = new Cell(text(content), SourcePosition.UNKNOWN, Cell.Span.OWN, block.th(), lines,
                    content.struck() && content.hasText(),
                    Lists.immutable.withAll(content.footnotes()).collect(NoteSpec::read));
            return span == Cell.Span.OWN ? own : own.spanned(span);
        }
    }

    /** A cell's text as the plain article writes it: lines joined by a space, {@code FRA Name} for a code. */
    static String text(CellSpec content) {
        MutableList<String> written = Lists.mutable.empty();
        for (LineSpec line : content.lines()) {
            if (line.nation() != null && CODE.matcher(line.nation()).matches()) {
                written.add(line.text().isEmpty() ? line.nation() : line.nation() + " " + line.text());
            } else {
                written.add(line.text().isEmpty() && line.nation() != null ? line.nation() : line.text());
            }
        }
        return written.makeString(" ");
    }

    private final Random random;

    ArbitraryHtmlGrids(Random random) {
        this.random = random;
    }

    Table table(int width, int levels, int bodyRows) {
        List<Heading> headings = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            headings.add(new Heading(1 + random.nextInt(3), words(1, 3)));
        }
        List<Block> header = new ArrayList<>();
        header(0, 0, width, levels, header);
        List<NoteSpec> pool = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            pool.add(new NoteSpec("cite_note-" + (pool.size() + 1) + word(0, 3).replaceAll("[^a-z]", ""),
                    words(2, 6), random.nextBoolean()));
        }
        List<Block> body = body(width, bodyRows, pool);
        return new Table(maybe(() -> words(1, 4)), headings, maybe(() -> words(1, 4)), width, levels, header, bodyRows,
                body, random.nextInt(4) == 0 ? words(3, 8) : null);
    }

    /**
     * Header cells of {@code row} over columns {@code from} to {@code to}: each a group over the
     * next row's cells or a header reaching down to the last header row. The first of each range
     * is a group while rows remain, so every header row has cells of its own.
     */
    private void header(int row, int from, int to, int levels, List<Block> out) {
        int column = from;
        while (column < to) {
            int size = 1 + random.nextInt(Math.min(3, to - column));
            if (row == 0 && levels == 1 && column == from && size == to - from && size > 1) {
                // One header spanning the whole table would be its title, not its columns' names.
                size--;
            }
            boolean last = row == levels - 1;
            boolean group = !last && (column == from || random.nextBoolean());
            CellSpec content = new CellSpec(headerLines(), false, List.of());
            if (group) {
                out.add(new Block(row, column, 1, size, true, content));
                header(row + 1, column, column + size, levels, out);
            } else {
                out.add(new Block(row, column, levels - row, size, true, content));
            }
            column += size;
        }
    }

    private List<LineSpec> headerLines() {
        List<LineSpec> lines = new ArrayList<>();
        for (int i = random.nextInt(5) == 0 ? 2 : 1; i > 0; i--) {
            lines.add(new LineSpec(null, words(1, 3)));
        }
        return lines;
    }

    /** Data cells tiling the body: every slot covered by exactly one cell, as the HTML table model needs. */
    private List<Block> body(int width, int rows, List<NoteSpec> pool) {
        boolean[][] taken = new boolean[rows][width];
        List<Block> blocks = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int free = 0;
                while (c + free < width && !taken[r][c + free] && free < 3) {
                    free++;
                }
                int colspan = random.nextInt(4) == 0 ? 1 + random.nextInt(free) : 1;
                int rowspan = random.nextInt(4) == 0 ? 1 + random.nextInt(Math.min(3, rows - r)) : 1;
                for (int dr = 1; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        if (taken[r + dr][c + dc]) {
                            rowspan = dr;
                        }
                    }
                }
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                // The first data row needs a <td> of its own, or it would read as one more header row.
                boolean th = !(r == 0 && c == 0) && random.nextInt(6) == 0;
                blocks.add(new Block(r, c, rowspan, colspan, th, content(pool)));
            }
        }
        return blocks;
    }

    private CellSpec content(List<NoteSpec> pool) {
        if (random.nextInt(10) == 0) {
            return new CellSpec(List.of(), false, List.of());
        }
        List<LineSpec> lines = new ArrayList<>();
        int count = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        for (int i = 0; i < count; i++) {
            String nation = random.nextInt(3) == 0 ? NATIONS.get(random.nextInt(NATIONS.size())) : null;
            String text = nation != null && random.nextInt(8) == 0 ? "" : words(1, 4);
            lines.add(new LineSpec(nation, text));
        }
        List<NoteSpec> footnotes = new ArrayList<>();
        if (random.nextInt(8) == 0) {
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                footnotes.add(pool.get(random.nextInt(pool.size())));
            }
        }
        boolean struck = random.nextInt(8) == 0 && lines.stream().anyMatch(l -> !l.text().isEmpty());
        return new CellSpec(lines, struck, footnotes);
    }

    private String words(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        MutableList<String> words = Lists.mutable.empty();
        for (int i = 0; i < count; i++) {
            words.add(word(1, 9));
        }
        return words.makeString(" ");
    }

    private String word(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            String from = kind < 7 ? LETTERS : kind < 9 ? SIGNS : "0123456789";
            word.appendCodePoint(from.codePointAt(from.offsetByCodePoints(0, random.nextInt(
                    from.codePointCount(0, from.length())))));
        }
        return word.toString();
    }

    private String maybe(java.util.function.Supplier<String> value) {
        return random.nextBoolean() ? value.get() : null;
    }
}
