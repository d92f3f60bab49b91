package org.podium.importers.wiki.internal.wikitext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.PageLimits;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * Turns a table as written into a {@link Grid}: renders every cell, puts each where its row- and
 * column-spans put it (the HTML table model: a cell takes the first free slot of its row), copies
 * a spanning cell into every slot it covers ({@code FROM_LEFT} in its own row, {@code FROM_ABOVE}
 * below), and reads the rows of header cells at the top as the column header paths.
 */
final class TableLayout {

    private static final Pattern ACHIEVEMENT_TABLE = Pattern.compile("\\{\\{\\s*[Aa]chievement[ _]?[Tt]able\\s*(\\|[^}]*)?\\}\\}");
    private static final Pattern TABLE_TEMPLATE = Pattern.compile("\\{\\{\\s*([^|}]+?)\\s*(\\|[^}]*)?\\}\\}");

    private final WikiSource source;
    private final InlineRenderer renderer;
    private final Diagnostics diagnostics;
    /** The page's cells: the parser counted those written, the layout counts the copies and the empty ones. */
    private final PageLimits.Cells cells;

    TableLayout(WikiSource source, InlineRenderer renderer, Diagnostics diagnostics, PageLimits.Cells cells) {
        this.source = source;
        this.renderer = renderer;
        this.diagnostics = diagnostics;
        this.cells = cells;
    }

    /** A placed cell: the rendered cell, and whether it came from a header cell. */
    private record Slot(Cell cell, boolean header, int originRow, int originColumn, int colspan) {
    }

    /** A table's grid before the notes under it are added: caption separate for the caller. */
    record Laid(ImmutableList<ImmutableList<String>> columns, ImmutableList<Grid.GridRow> rows,
            ImmutableList<Grid.NoteLine> refNotes, String caption, SourcePosition position) {
    }

    /**
     * The table's grid, or null when its spans or the empty cells that fill its short rows take the
     * page past its limit of cells (then the page is refused, and the grid is not finished).
     */
    Laid lay(TableParser.RawTable table) {
        SourcePosition tablePosition = source.position(table.start);
        Map<String, Grid.NoteLine> notes = new LinkedHashMap<>();
        String caption = null;
        if (table.caption != null) {
            Rendered rendered = renderer.render(table.caption, false);
            caption = rendered.text();
            addNotes(notes, rendered);
        }
        // Rows still being placed, and the rows at the top made only of header cells (which decide
        // the column headers): slots. A row below those becomes a grid row, without its slots, as
        // soon as no later row can place a cell in it.
        List<ArrayList<Slot>> slots = new ArrayList<>();
        List<Grid.GridRow> built = new ArrayList<>();
        List<SourcePosition> rowPositions = new ArrayList<>();
        int templateHeader = templateHeaderRow(table, slots, rowPositions);
        boolean overlapReported = false;
        int rowCount = table.rows.size() + templateHeader;
        int width = templateHeader == 0 ? 0 : slots.get(0).size();
        int headerRun = templateHeader;
        boolean headerRunEnded = false;
        for (int r = 0; r < table.rows.size(); r++) {
            TableParser.RawRow raw = table.rows.get(r);
            // Dropped once laid out, as its cells are below: the raw table is not kept beside the grid.
            table.rows.set(r, null);
            int row = r + templateHeader;
            ensureRow(slots, row);
            rowPositions.add(source.position(raw.start));
            int column = 0;
            for (int i = 0; i < raw.cells.size(); i++) {
                TableParser.RawCell rawCell = raw.cells.get(i);
                // Dropped once laid out: a table of a million cells never holds both forms at once.
                raw.cells.set(i, null);
                while (occupied(slots, row, column)) {
                    column++;
                }
                Rendered rendered = renderer.render(rawCell.ranges(), false);
                addNotes(notes, rendered);
                Cell cell = new Cell(rendered.text(), source.position(rawCell.contentStart), Cell.Span.OWN,
                        rawCell.header, rendered.lines(), rendered.struck(), rendered.footnotes());
                int rowspan = rawCell.rowspan() == 0 ? rowCount - row : rawCell.rowspan();
                if (row + rowspan > rowCount) {
                    diagnostics.report(Diagnostic.info(cell.position(), "rowspan=" + rawCell.rowspan()
                            + " reaches past the table's last row; the cell spans to the end of the table"));
                    rowspan = rowCount - row;
                }
                for (int dr = 0; dr < rowspan; dr++) {
                    ensureRow(slots, row + dr);
                    for (int dc = 0; dc < rawCell.colspan(); dc++) {
                        if (occupied(slots, row + dr, column + dc)) {
                            if (!overlapReported) {
                                overlapReported = true;
                                diagnostics.report(Diagnostic.warning(cell.position(), "this cell's span runs into"
                                        + " a cell that another span already covers; the first one keeps the place"));
                            }
                            continue;
                        }
                        Cell.Span span = dr == 0 && dc == 0 ? Cell.Span.OWN
                                : dr == 0 ? Cell.Span.FROM_LEFT : Cell.Span.FROM_ABOVE;
                        if (span != Cell.Span.OWN && !cells.take(1, cell::position)) {
                            return null;
                        }
                        set(slots, row + dr, column + dc, new Slot(span == Cell.Span.OWN ? cell : cell.spanned(span),
                                rawCell.header, row, column, rawCell.colspan()));
                    }
                }
                column += rawCell.colspan();
            }
            // No later row places a cell in this one.
            ArrayList<Slot> complete = slots.get(row);
            width = Math.max(width, complete.size());
            if (!headerRunEnded && allHeader(complete)) {
                complete.trimToSize();
                headerRun++;
            } else {
                headerRunEnded = true;
                ensureSize(built, row);
                SourcePosition rowPosition = rowPositions.get(row);
                if (!cells.take(complete.size() - filled(complete), () -> rowPosition)) {
                    return null;
                }
                built.set(row, gridRow(complete, complete.size(), rowPosition));
                slots.set(row, null);
            }
        }
        int headerRows = headerRows(slots, headerRun, rowCount, width);
        ImmutableList<ImmutableList<String>> columns;
        if (caption == null && headerRows >= 2 && spansWholeRow(slots.get(0), width)) {
            // A title row over the column headers names the table, not a group of its columns, as
            // the HTML reader takes it ("Final general classification (11–138)").
            caption = slots.get(0).get(0).cell().text();
            columns = columns(slots.subList(1, slots.size()), headerRows - 1, width, tablePosition);
        } else {
            columns = columns(slots, headerRows, width, tablePosition);
        }
        if (!takeEmptyCells(slots, built, headerRows, rowCount, width, rowPositions)) {
            return null;
        }
        MutableList<Grid.GridRow> rows = Lists.mutable.withInitialCapacity(Math.max(0, rowCount - headerRows));
        for (int r = headerRows; r < rowCount; r++) {
            Grid.GridRow row = r < built.size() ? built.set(r, null) : null;
            if (row == null) {
                row = gridRow(slots.get(r), width, rowPositions.get(r));
                slots.set(r, null);
            } else if (row.cells().size() < width) {
                // A row shorter than the table: empty cells to its width.
                MutableList<Cell> cells = Lists.mutable.withAll(row.cells());
                while (cells.size() < width) {
                    cells.add(Cell.empty(row.position()));
                }
                row = new Grid.GridRow(cells.toImmutable(), row.position());
            }
            rows.add(row);
        }
        return new Laid(columns, rows.toImmutable(), Lists.immutable.withAll(notes.values()), caption, tablePosition);
    }

    /**
     * A table opened by a template ({@code {| {{AchievementTable|Event=yes}}}) gets its header row
     * from the template, which the file does not show; Podium knows the athletics one.
     */
    private int templateHeaderRow(TableParser.RawTable table, List<ArrayList<Slot>> slots, List<SourcePosition> positions) {
        Matcher achievement = ACHIEVEMENT_TABLE.matcher(table.attributes);
        SourcePosition at = source.position(table.start);
        if (achievement.find()) {
            boolean event = achievement.group(1) != null
                    && achievement.group(1).replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("event=yes");
            List<String> names = new ArrayList<>(List.of("Year", "Competition", "Venue", "Position"));
            if (event) {
                names.add("Event");
            }
            names.add("Notes");
            ArrayList<Slot> row = new ArrayList<>();
            for (String name : names) {
                Cell cell = new Cell(name, at, Cell.Span.OWN, true, Lists.immutable.of(new Cell.Line(null, name)),
                        false, Lists.immutable.empty());
                row.add(new Slot(cell, true, 0, row.size(), 1));
            }
            slots.add(row);
            positions.add(at);
            diagnostics.report(Diagnostic.info(at, "this table is opened by the template {{AchievementTable}},"
                    + " which writes its header row: " + String.join(" | ", names)));
            return 1;
        }
        Matcher other = TABLE_TEMPLATE.matcher(table.attributes);
        if (other.find()) {
            diagnostics.report(Diagnostic.info(at, "this table is opened by the template {{" + other.group(1)
                    + "}}, whose own header row (if it writes one) is not in the file; the table's own rows are read"));
        }
        return 0;
    }

    /**
     * Counts the empty cells that fill the data rows to the table's width, all of them before any is
     * made: false when they take the page past its limit (which then names the row they do it in).
     */
    private boolean takeEmptyCells(List<ArrayList<Slot>> slots, List<Grid.GridRow> built, int headerRows,
            int rowCount, int width, List<SourcePosition> rowPositions) {
        long total = 0;
        long room = cells.room();
        SourcePosition past = null;
        for (int r = headerRows; r < rowCount; r++) {
            Grid.GridRow row = r < built.size() ? built.get(r) : null;
            total += row != null ? width - row.cells().size() : width - filled(slots.get(r));
            if (total > room && past == null) {
                past = rowPositions.get(r);
            }
        }
        SourcePosition where = past;
        return cells.take(total, () -> where);
    }

    private static int filled(List<Slot> row) {
        int filled = 0;
        for (Slot slot : row) {
            if (slot != null) {
                filled++;
            }
        }
        return filled;
    }

    /** A grid row of a row's slots, {@code width} cells across (empty where no cell reaches). */
    private static Grid.GridRow gridRow(List<Slot> slots, int width, SourcePosition position) {
        MutableList<Cell> cells = Lists.mutable.withInitialCapacity(width);
        for (int c = 0; c < width; c++) {
            Slot slot = c < slots.size() ? slots.get(c) : null;
            cells.add(slot == null ? Cell.empty(position) : slot.cell());
        }
        return new Grid.GridRow(cells.toImmutable(), position);
    }

    /** A row made only of header cells, at least one its own. */
    private static boolean allHeader(List<Slot> row) {
        return row.stream().allMatch(s -> s == null || s.header())
                && row.stream().anyMatch(s -> s != null && s.cell().span() == Cell.Span.OWN);
    }

    /**
     * The rows at the top made only of header cells ({@code run} of them, of {@code rowCount}); a
     * last such row that is one cell across the whole table is a title or a group label of the
     * rows below ("Representing POL"), not a header.
     */
    private static int headerRows(List<? extends List<Slot>> slots, int run, int rowCount, int width) {
        int count = run;
        if (count > 0 && count == rowCount) {
            // Nothing but header cells: the rows are data written with '!'.
            return 0;
        }
        if (count > 0 && isFullWidthTitle(slots.get(count - 1), width)) {
            count--;
        }
        return count;
    }

    private static boolean isFullWidthTitle(List<Slot> row, int width) {
        long own = row.stream().filter(s -> s != null && s.cell().span() == Cell.Span.OWN).count();
        Slot first = row.isEmpty() ? null : row.get(0);
        return own == 1 && first != null && first.cell().span() == Cell.Span.OWN && first.colspan() >= width && width > 1;
    }

    /** One header cell of its own across the whole row. */
    private static boolean spansWholeRow(List<Slot> row, int width) {
        if (width < 2 || row.isEmpty() || row.size() < width) {
            return false;
        }
        Slot first = row.get(0);
        return first.cell().span() == Cell.Span.OWN && !first.cell().text().isBlank()
                && row.stream().allMatch(slot -> slot != null && slot.originRow() == first.originRow()
                        && slot.originColumn() == first.originColumn());
    }

    private ImmutableList<ImmutableList<String>> columns(List<? extends List<Slot>> slots, int headerRows, int width,
            SourcePosition tablePosition) {
        MutableList<ImmutableList<String>> columns = Lists.mutable.empty();
        if (headerRows == 0 && width > 0) {
            diagnostics.report(Diagnostic.warning(tablePosition,
                    "this table has no header row; its columns are numbered instead of named"));
        }
        for (int c = 0; c < width; c++) {
            MutableList<String> path = Lists.mutable.empty();
            boolean covered = false;
            Slot previous = null;
            for (int r = 0; r < headerRows; r++) {
                Slot slot = c < slots.get(r).size() ? slots.get(r).get(c) : null;
                if (slot == null) {
                    continue;
                }
                covered = true;
                String text = slot.cell().text();
                boolean sameCell = previous != null && previous.originRow() == slot.originRow()
                        && previous.originColumn() == slot.originColumn();
                if (!text.isEmpty() && !sameCell && !(path.notEmpty() && path.getLast().equals(text)
                        && slot.cell().span() == Cell.Span.FROM_ABOVE)) {
                    path.add(text);
                }
                previous = slot;
            }
            if (!covered) {
                columns.add(Lists.immutable.of("column " + (c + 1)));
            } else {
                columns.add(path.isEmpty() ? Lists.immutable.of("") : path.toImmutable());
            }
        }
        return columns.toImmutable();
    }

    private static void addNotes(Map<String, Grid.NoteLine> notes, Rendered rendered) {
        for (Rendered.RefNote note : rendered.refNotes()) {
            if (!note.text().isEmpty()) {
                notes.putIfAbsent(note.key(), new Grid.NoteLine(note.text(), note.position()));
            }
        }
    }

    private static void ensureRow(List<ArrayList<Slot>> slots, int row) {
        while (slots.size() <= row) {
            slots.add(new ArrayList<>());
        }
    }

    private static void ensureSize(List<Grid.GridRow> rows, int row) {
        while (rows.size() <= row) {
            rows.add(null);
        }
    }

    private static boolean occupied(List<? extends List<Slot>> slots, int row, int column) {
        List<Slot> cells = slots.get(row);
        return column < cells.size() && cells.get(column) != null;
    }

    private static void set(List<? extends List<Slot>> slots, int row, int column, Slot slot) {
        List<Slot> cells = slots.get(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, slot);
    }
}
