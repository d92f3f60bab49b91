package org.podium.importers.wiki.internal.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.PageLimits;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * Reads one {@code <table>} into a grid: the {@code <th>} rows at the top name the columns (a
 * group header spanning sub-headers gives {@code [Group, Sub]}), {@code rowspan} and
 * {@code colspan} are resolved so every row has one cell per column (a covered cell is a copy of
 * the spanning one, {@code FROM_LEFT} in the spanning cell's own row, {@code FROM_ABOVE} below it),
 * a {@code <th>} among data cells stays a data cell marked as a header (a Grand Prix's position).
 */
final class TableReader {

    /** Browsers cap spans here; a larger value is a typing error, not a table. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;
    private static final Pattern LEADING_DIGITS = Pattern.compile("\\s*\\+?(\\d+)");
    private static final String TIME_CHARS = "[\\d.,:'\"\u2032\u2033\u2019\u201Dhms ]*";
    private static final Pattern VALUE = Pattern.compile("[+\\-\u2212\u2013]?\\s*" + TIME_CHARS + "\\d" + TIME_CHARS);
    private static final Pattern DATE = Pattern.compile("(?i)\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*( \\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    private static final Pattern DISTANCE = Pattern.compile("(?i)[\\d.,]+\\s*(km|mi|m)\\b.*");
    private static final Pattern BOLD_WEIGHT = Pattern.compile("font-weight:\\s*(bold|bolder|[6-9]00)");

    /**
     * A table as read.
     *
     * @param caption   the {@code <caption>}, or a title row spanning the whole table above its
     *                  column headers; null when there is neither
     * @param columns   one header path per column
     * @param rows      the data rows
     * @param footnotes the footnotes the table's markers point at, in order, each once
     * @param position  where the table starts
     */
    record Table(String caption, ImmutableList<ImmutableList<String>> columns, ImmutableList<Grid.GridRow> rows,
            ImmutableList<Footnotes.Note> footnotes, SourcePosition position) {
    }

    private record RawCell(Element element, boolean th, int rowspan, int colspan) {
    }

    private record RawRow(Element element, boolean inHead, List<RawCell> cells) {
        boolean allHeaderCells() {
            return !cells.isEmpty() && cells.stream().allMatch(RawCell::th);
        }
    }

    private record Slot(RawCell cell, Cell.Span span) {
    }

    private final Positions positions;
    private final Diagnostics diagnostics;
    private final ContentReader contents;
    private final PageLimits.Cells cells;

    TableReader(Positions positions, Diagnostics diagnostics, ContentReader contents, PageLimits.Cells cells) {
        this.positions = positions;
        this.diagnostics = diagnostics;
        this.contents = contents;
        this.cells = cells;
    }

    /** The table read, or null when its cells take the page past its limit (the page is then refused). */
    Table read(Element table) {
        return new Reading(table).read();
    }

    /** The rows of the table itself, not of tables inside its cells, in source order. */
    static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element row : child.children()) {
                        if (row.normalName().equals("tr")) {
                            rows.add(row);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return rows;
    }

    static List<Element> ownCells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element child : row.children()) {
            if (child.normalName().equals("td") || child.normalName().equals("th")) {
                cells.add(child);
            }
        }
        return cells;
    }

    /** Whether text is a value rather than a name: a number, a time or gap, a date, a distance. */
    static boolean looksLikeValue(String text) {
        String t = text.strip();
        return !t.isEmpty()
                && (VALUE.matcher(t).matches() || DATE.matcher(t).matches() || DISTANCE.matcher(t).matches());
    }

    /** One table being read; made per table and dropped. */
    private final class Reading {
        private final Element table;
        private final SourcePosition tablePosition;
        private final List<RawRow> rows = new ArrayList<>();
        private final List<List<Slot>> matrix = new ArrayList<>();
        private final Map<Element, Content> read = new IdentityHashMap<>();
        private final MutableList<Footnotes.Note> footnotes = Lists.mutable.empty();
        private boolean overlapReported;

        Reading(Element table) {
            this.table = table;
            this.tablePosition = positions.of(table);
        }

        Table read() {
            for (Element row : ownRows(table)) {
                List<Element> elements = ownCells(row);
                // Room for the row's cells, not the ten a list grows to (a row of one cell, 56 bytes less).
                List<RawCell> cells = new ArrayList<>(elements.size());
                for (Element cell : elements) {
                    cells.add(new RawCell(cell, cell.normalName().equals("th"), span(cell, "rowspan", MAX_ROWSPAN),
                            span(cell, "colspan", MAX_COLSPAN)));
                }
                rows.add(new RawRow(row, row.parent() != null && row.parent().normalName().equals("thead"), cells));
            }
            if (!place()) {
                return null;
            }
            int width = 0;
            for (List<Slot> slots : matrix) {
                width = Math.max(width, slots.size());
            }

            String caption = null;
            for (Element child : table.children()) {
                if (child.normalName().equals("caption")) {
                    Content content = content(child);
                    caption = content.text();
                    break;
                }
            }
            int headerCount = headerCount();
            int headerStart = 0;
            if (caption == null && headerCount >= 2 && width > 1 && spansWholeRow(0, width)) {
                // A title row over the column headers (a collapsed table's "Final general classification
                // (11–138)") names the table, not a group of its columns.
                caption = content(rows.get(0).cells().get(0).element()).text();
                headerStart = 1;
            }
            if (headerCount == headerStart && rows.size() > headerStart + 1) {
                headerCount = headerStart + guessedHeaderRows(headerStart, width);
            }
            ImmutableList<ImmutableList<String>> columns = columns(headerStart, headerCount, width);
            ImmutableList<Grid.GridRow> dataRows = dataRows(headerCount, width);
            if (dataRows == null) {
                return null;
            }
            return new Table(caption, columns, dataRows, footnotes.distinct().toImmutable(), tablePosition);
        }

        private int span(Element cell, String attribute, int max) {
            if (!cell.hasAttr(attribute)) {
                return 1;
            }
            String value = cell.attr(attribute);
            Matcher digits = LEADING_DIGITS.matcher(value);
            if (!digits.lookingAt()) {
                diagnostics.report(Diagnostic.warning(positions.of(cell), attribute + "=\"" + value
                        + "\" is not a number; the cell is read with " + attribute + " 1, as a browser shows it"));
                return 1;
            }
            String number = digits.group(1);
            int span = number.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(number);
            if (span > max) {
                diagnostics.report(Diagnostic.warning(positions.of(cell), attribute + "=" + number
                        + " is more than a browser allows; read as " + max));
                return max;
            }
            // rowspan="0" reaches the end of the table; colspan="0" is not allowed and means 1.
            return span == 0 && attribute.equals("colspan") ? 1 : span;
        }

        private Slot slot(int row, int column) {
            List<Slot> slots = matrix.get(row);
            return column < slots.size() ? slots.get(column) : null;
        }

        private void put(int row, int column, Slot slot) {
            List<Slot> slots = matrix.get(row);
            while (slots.size() <= column) {
                slots.add(null);
            }
            slots.set(column, slot);
        }

        /**
         * The HTML table model: each cell takes the first free slot of its row and the slots its spans
         * cover. False when they take the page past its limit of cells.
         */
        private boolean place() {
            for (RawRow row : rows) {
                // Room for the row's own cells; a span from above or a colspan widens it.
                matrix.add(new ArrayList<>(row.cells().size()));
            }
            for (int r = 0; r < rows.size(); r++) {
                int column = 0;
                for (RawCell cell : rows.get(r).cells()) {
                    while (slot(r, column) != null) {
                        column++;
                    }
                    int rowspan = cell.rowspan() == 0 ? rows.size() - r : cell.rowspan();
                    if (rowspan > rows.size() - r) {
                        diagnostics.report(Diagnostic.info(positions.of(cell.element()), "rowspan=" + cell.rowspan()
                                + " reaches past the table's last row; the cell covers the " + (rows.size() - r)
                                + " row(s) there are"));
                        rowspan = rows.size() - r;
                    }
                    int colspan = cell.colspan();
                    for (int dc = 0; dc < colspan; dc++) {
                        if (dc > 0 && slot(r, column + dc) != null) {
                            reportOverlap(cell);
                            colspan = dc;
                            break;
                        }
                        for (int dr = 0; dr < rowspan; dr++) {
                            if (slot(r + dr, column + dc) != null) {
                                reportOverlap(cell);
                                continue;
                            }
                            if (!cells.take(1, () -> positions.of(cell.element()))) {
                                return false;
                            }
                            Cell.Span how = dr == 0 && dc == 0 ? Cell.Span.OWN
                                    : dr == 0 ? Cell.Span.FROM_LEFT : Cell.Span.FROM_ABOVE;
                            put(r + dr, column + dc, new Slot(cell, how));
                        }
                    }
                    column += colspan;
                }
            }
            return true;
        }

        private void reportOverlap(RawCell cell) {
            if (!overlapReported) {
                overlapReported = true;
                diagnostics.report(Diagnostic.warning(positions.of(cell.element()), "this cell's rowspan or colspan"
                        + " runs into a cell spanning from another row; each slot keeps the cell that reached it first,"
                        + " as a browser draws it"));
            }
        }

        private int headerCount() {
            int count = 0;
            while (count < rows.size() && (rows.get(count).inHead() || rows.get(count).allHeaderCells())) {
                count++;
            }
            if (count == rows.size() && count > 1 && rows.stream().noneMatch(RawRow::inHead)) {
                // Every row is written in <th>: the first names the columns, the others are data.
                return 1;
            }
            return count;
        }

        private boolean spansWholeRow(int row, int width) {
            List<RawCell> cells = rows.get(row).cells();
            if (cells.size() != 1) {
                return false;
            }
            for (int c = 0; c < width; c++) {
                Slot slot = slot(row, c);
                if (slot == null || slot.cell() != cells.get(0)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A table without {@code <th>} cells, as many results sites write them: the first row is the
         * header when it holds names and is bold, or holds names over columns of values.
         */
        private int guessedHeaderRows(int first, int width) {
            RawRow row = rows.get(first);
            if (row.cells().isEmpty()) {
                return 0;
            }
            MutableList<String> names = Lists.mutable.empty();
            for (RawCell cell : row.cells()) {
                String text = content(cell.element()).text();
                if (text.isEmpty() || looksLikeValue(text)) {
                    names = null;
                    break;
                }
                names.add(text);
            }
            String reason = null;
            if (names != null && row.cells().stream().allMatch(cell -> isBold(cell.element()))) {
                reason = "is in bold and holds names, not values";
            } else if (names != null && valuesBelow(first, width)) {
                reason = "holds names over columns of numbers and times";
            }
            if (reason == null) {
                diagnostics.report(Diagnostic.warning(tablePosition, "this table has no header row (no <th> cells,"
                        + " and its first row reads as data); its columns are numbered instead of named"));
                return 0;
            }
            diagnostics.report(Diagnostic.info(positions.of(row.element()), "this table has no <th> header cells; its"
                    + " first row (" + names.makeString(" | ") + ") is read as the header because it " + reason));
            return 1;
        }

        private boolean valuesBelow(int first, int width) {
            for (int c = 0; c < width; c++) {
                int values = 0;
                int filled = 0;
                for (int r = first + 1; r < rows.size(); r++) {
                    Slot slot = slot(r, c);
                    if (slot == null || slot.span() != Cell.Span.OWN) {
                        continue;
                    }
                    String text = content(slot.cell().element()).text();
                    if (!text.isEmpty()) {
                        filled++;
                        if (looksLikeValue(text)) {
                            values++;
                        }
                    }
                }
                if (filled > 0 && values * 2 > filled) {
                    return true;
                }
            }
            return false;
        }

        private ImmutableList<ImmutableList<String>> columns(int headerStart, int headerCount, int width) {
            int headerWidth = 0;
            for (int r = headerStart; r < headerCount; r++) {
                headerWidth = Math.max(headerWidth, matrix.get(r).size());
            }
            MutableList<ImmutableList<String>> columns = Lists.mutable.empty();
            for (int c = 0; c < width; c++) {
                MutableList<String> path = Lists.mutable.empty();
                for (int r = headerStart; r < headerCount; r++) {
                    Slot slot = slot(r, c);
                    // A header reaching down over several header rows names its column once.
                    if (slot == null || slot.span() == Cell.Span.FROM_ABOVE && r > headerStart) {
                        continue;
                    }
                    String text = content(slot.cell().element()).text();
                    if (!text.isEmpty()) {
                        path.add(text);
                    }
                }
                if (c >= headerWidth) {
                    path.add("column " + (c + 1));
                } else if (path.isEmpty()) {
                    path.add("");
                }
                columns.add(path.toImmutable());
            }
            if (headerCount > headerStart && headerWidth < width) {
                diagnostics.report(Diagnostic.warning(tablePosition, "rows of this table have " + width
                        + " cells but its header names " + headerWidth + " columns; the others are named 'column "
                        + (headerWidth + 1) + "'" + (width - headerWidth > 1 ? " and on" : "")));
            }
            return columns.toImmutable();
        }

        /** The rows below the header, or null when the empty cells that fill them take the page past its limit. */
        private ImmutableList<Grid.GridRow> dataRows(int headerCount, int width) {
            if (!takeEmptyCells(headerCount, width)) {
                return null;
            }
            MutableList<Grid.GridRow> result = Lists.mutable.empty();
            MutableList<SourcePosition> shortRows = Lists.mutable.empty();
            for (int r = headerCount; r < rows.size(); r++) {
                RawRow row = rows.get(r);
                if (matrix.get(r).stream().allMatch(slot -> slot == null)) {
                    continue;
                }
                SourcePosition rowPosition = row.cells().isEmpty() ? positions.of(row.element())
                        : earlier(positions.of(row.element()), row);
                MutableList<Cell> cells = Lists.mutable.empty();
                boolean missing = false;
                for (int c = 0; c < width; c++) {
                    Slot slot = slot(r, c);
                    if (slot == null) {
                        cells.add(Cell.empty(rowPosition));
                        missing = true;
                        continue;
                    }
                    Element element = slot.cell().element();
                    boolean first = !read.containsKey(element);
                    Content content = content(element);
                    SourcePosition at = positions.of(element);
                    if (first && !content.leftOut().isEmpty()) {
                        diagnostics.report(Diagnostic.info(at, "'" + content.leftOut() + "' is struck through beside"
                                + " text that is not; the cell is read as '" + content.text() + "'"));
                    }
                    Cell cell = new Cell(content.text(), at, Cell.Span.OWN, slot.cell().th(), content.lines(),
                            content.struck(), content.footnoteTexts());
                    cells.add(slot.span() == Cell.Span.OWN ? cell : cell.spanned(slot.span()));
                }
                if (missing) {
                    shortRows.add(rowPosition);
                }
                result.add(new Grid.GridRow(cells.toImmutable(), rowPosition));
            }
            if (shortRows.notEmpty()) {
                diagnostics.report(Diagnostic.info(shortRows.getFirst(), shortRows.size() + " row(s) of this table have"
                        + " fewer cells than its " + width + " columns (lines " + shortRows.collect(p -> p.line())
                                .distinct().makeString(", ") + "); the missing cells are read as empty"));
            }
            return result.toImmutable();
        }

        /**
         * Counts the empty cells that fill the data rows to the table's width, all of them before any
         * is made: false when they take the page past its limit (which then names the row they do it in).
         */
        private boolean takeEmptyCells(int headerCount, int width) {
            long total = 0;
            long room = cells.room();
            Element past = null;
            for (int r = headerCount; r < rows.size(); r++) {
                int filled = 0;
                for (Slot slot : matrix.get(r)) {
                    if (slot != null) {
                        filled++;
                    }
                }
                total += filled == 0 ? 0 : width - filled;
                if (total > room && past == null) {
                    past = rows.get(r).element();
                }
            }
            Element where = past;
            return cells.take(total, () -> positions.of(where));
        }

        /** A row the parser inserted around loose cells starts where its first cell does. */
        private SourcePosition earlier(SourcePosition rowPosition, RawRow row) {
            return row.element().sourceRange().isImplicit() ? positions.of(row.cells().get(0).element()) : rowPosition;
        }

        private Content content(Element element) {
            Content content = read.get(element);
            if (content == null) {
                content = contents.read(element);
                read.put(element, content);
                for (Content.Footnote footnote : content.footnotes()) {
                    if (footnote.note() != null) {
                        footnotes.add(footnote.note());
                    }
                }
            }
            return content;
        }
    }

    /** Whether all the cell's text is bold ({@code <b>}, {@code <strong>}, or a bold style). */
    static boolean isBold(Element cell) {
        if (boldStyle(cell) || boldStyle(cell.parent())) {
            return true;
        }
        boolean[] any = {false};
        boolean[] all = {true};
        cell.traverse((node, depth) -> {
            if (node instanceof TextNode text && !ContentReader.clean(text.getWholeText()).isEmpty()) {
                any[0] = true;
                if (!boldAncestor(text, cell)) {
                    all[0] = false;
                }
            }
        });
        return any[0] && all[0];
    }

    private static boolean boldAncestor(Node node, Element stop) {
        for (Node at = node.parentNode(); at != null && at != stop; at = at.parentNode()) {
            if (at instanceof Element element && (element.normalName().equals("b")
                    || element.normalName().equals("strong") || boldStyle(element))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boldStyle(Element element) {
        return element != null && BOLD_WEIGHT.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find();
    }
}
