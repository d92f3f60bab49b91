package org.podium.importers.wiki.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * A table in the plain article's syntax, {@code | a | b |} rows with the header rows on top, as
 * both the article reader and the bare-table reader meet it: the rendering lost its merged cells,
 * so {@link SpanRealigner} puts each row's cells back under their headers.
 */
final class PipeTable {

    private static final Pattern MARKUP = Pattern.compile("<[^>]+>");

    private final String sourceName;
    private final Diagnostics diagnostics;
    private final PageLimits.Cells cells;

    PipeTable(String sourceName, Diagnostics diagnostics, PageLimits.Cells cells) {
        this.sourceName = sourceName;
        this.diagnostics = diagnostics;
        this.cells = cells;
    }

    /**
     * The text without its tags. Only up to the last {@code >}: after it no tag can end, and a search
     * from each of thousands of {@code <} that never close would scan the rest of the cell each time.
     */
    private static String withoutMarkup(String text) {
        int lastClose = text.lastIndexOf('>');
        return lastClose < 0 ? text
                : MARKUP.matcher(text.substring(0, lastClose + 1)).replaceAll("") + text.substring(lastClose + 1);
    }

    /** Whether a line is a row of such a table. */
    static boolean isRow(String line) {
        return line.strip().startsWith("|");
    }

    /**
     * Reads the table written on {@code lines[from, to)}: header rows, then rows put back under their
     * headers. Null when its cells take the page past its limit: then its rows are only counted.
     */
    Grid read(String[] lines, int from, int to, ImmutableList<String> sectionPath) {
        MutableList<ImmutableList<Cell>> rawRows = Lists.mutable.empty();
        for (int i = from; i < to; i++) {
            ImmutableList<Cell> row = splitRow(lines[i], i + 1);
            if (row != null) {
                rawRows.add(row);
            }
        }
        if (cells.exceeded()) {
            return null;
        }
        int headerCount = 0;
        while (headerCount < rawRows.size() && isHeaderRow(rawRows.get(headerCount))) {
            headerCount++;
        }
        SourcePosition tableStart = at(from + 1, 1);
        if (headerCount == 0) {
            diagnostics.report(Diagnostic.warning(tableStart,
                    "this table has no header row; its columns are numbered instead of named"));
        }
        // Every row is filled out to the widest row's width; the cells that adds count against the
        // page's limit below (one row of 26 000 cells in 2 500 rows would be 65 million cells).
        Header header = Header.of(rawRows.subList(0, headerCount).collect(row -> row.collect(Cell::text)).toImmutable(),
                rawRows.subList(headerCount, rawRows.size()).collectInt(ImmutableList::size).maxIfEmpty(0),
                diagnostics, tableStart);
        SpanRealigner realigner = new SpanRealigner(header.kinds(), header.blockPositions(), diagnostics);
        MutableList<Grid.GridRow> rows = Lists.mutable.empty();
        ImmutableList<Cell> previous = null;
        for (int r = headerCount; r < rawRows.size(); r++) {
            ImmutableList<Cell> raw = rawRows.get(r);
            SourcePosition rowStart = at(from + r + 1, 1);
            ImmutableList<Cell> resolved = realigner.resolve(raw, previous, rowStart);
            // Cells the realignment adds (copies under spans, empty cells) count as the page's too.
            if (resolved.size() > raw.size() && !cells.take(resolved.size() - raw.size(), () -> rowStart)) {
                return null;
            }
            rows.add(new Grid.GridRow(resolved, rowStart));
            previous = resolved;
        }
        return new Grid(sectionPath, header.columns(), rows.toImmutable(), Lists.immutable.empty(), tableStart);
    }

    /** The row's cells, or null (and they are only counted) once the page is past its limit of cells. */
    private ImmutableList<Cell> splitRow(String line, int lineNumber) {
        int start = line.indexOf('|') + 1;
        String trimmedEnd = line.stripTrailing();
        boolean closed = trimmedEnd.endsWith("|") && trimmedEnd.length() > start;
        int limit = closed ? trimmedEnd.length() - 1 : trimmedEnd.length();
        long count = 1;
        for (int i = start; i < limit; i++) {
            if (line.charAt(i) == '|') {
                count++;
            }
        }
        int first = start;
        if (!this.cells.take(count, () -> at(lineNumber, first + 1))) {
            return null;
        }
        MutableList<Cell> cells = Lists.mutable.withInitialCapacity((int) count);
        if (!closed) {
            diagnostics.report(Diagnostic.error(at(lineNumber, trimmedEnd.length() + 1),
                    "this table row is cut off: it should end with '|'; the cells before this point were read"));
        }
        while (start <= limit) {
            int bar = line.indexOf('|', start);
            int cellEnd = bar < 0 || bar > limit ? limit : bar;
            String rawText = line.substring(start, cellEnd);
            int offset = 0;
            while (offset < rawText.length() && Character.isWhitespace(rawText.charAt(offset))) {
                offset++;
            }
            String cleaned = withoutMarkup(rawText).strip();
            cells.add(Cell.own(cleaned, at(lineNumber, start + offset + 1)));
            if (cellEnd == limit) {
                break;
            }
            start = cellEnd + 1;
        }
        return cells.toImmutable();
    }

    private static boolean isHeaderRow(ImmutableList<Cell> row) {
        return row.anySatisfy(c -> !c.isEmpty())
                && row.noneSatisfy(c -> switch (CellKind.of(c.text())) {
                    case INTEGER, DECIMAL, CLOCK, DATE -> true;
                    default -> false;
                });
    }


    private SourcePosition at(int line, int column) {
        return SourcePosition.of(sourceName, line, column);
    }


    /**
     * A table's header rows turned into one header path per column. The row with the most names
     * names the columns; a row above it names groups of columns (one per repeated block, such as
     * the stage result and the general classification side by side); a row below it names the
     * columns under the last group, left-aligned as the rendering wrote it ({@code Bikes | Cars |
     * Trucks} under {@code Stage winners}).
     */
    private record Header(ImmutableList<ImmutableList<String>> columns, ImmutableList<ColumnKind> kinds,
            int[] blockPositions) {

        static Header of(ImmutableList<ImmutableList<String>> rows, int dataWidth, Diagnostics diagnostics,
                SourcePosition where) {
            if (rows.isEmpty()) {
                MutableList<ImmutableList<String>> numbered = Lists.mutable.empty();
                for (int c = 0; c < dataWidth; c++) {
                    numbered.add(Lists.immutable.of("column " + (c + 1)));
                }
                return build(numbered.toImmutable(), Lists.immutable.empty());
            }
            int main = 0;
            for (int r = 0; r < rows.size(); r++) {
                if (named(rows.get(r)) >= named(rows.get(main))) {
                    main = r;
                }
            }
            MutableList<String> names = Lists.mutable.withAll(rows.get(main));
            MutableList<ImmutableList<String>> paths = names.collect(name -> Lists.immutable.of(name));
            ImmutableList<Integer> blockStarts = blockStarts(names);
            if (blockStarts.size() == 2) {
                int firstLength = blockStarts.get(1) - blockStarts.get(0);
                int secondLength = names.size() - blockStarts.get(1);
                if (secondLength < firstLength) {
                    ImmutableList<String> missing = names.subList(blockStarts.get(0) + secondLength,
                            blockStarts.get(1)).toImmutable();
                    diagnostics.report(Diagnostic.info(where, "the second block of columns has no header for "
                            + missing.makeString(", ") + "; taken to have the same columns as the first"));
                    for (String name : missing) {
                        names.add(name);
                        paths.add(Lists.immutable.of(name));
                    }
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                ImmutableList<String> groupNames = rows.get(r).reject(String::isEmpty);
                if (r < main && !blockStarts.isEmpty()) {
                    for (int g = 0; g < groupNames.size() && g < blockStarts.size(); g++) {
                        int blockEnd = g + 1 < blockStarts.size() ? blockStarts.get(g + 1) : names.size();
                        for (int c = blockStarts.get(g); c < blockEnd; c++) {
                            paths.set(c, Lists.immutable.of(groupNames.get(g), names.get(c)));
                        }
                    }
                } else if (r > main && !groupNames.isEmpty()) {
                    int firstSub = Math.max(0, names.size() - groupNames.size());
                    String group = lastNamedAtOrBefore(names, firstSub);
                    for (int g = 0; g < groupNames.size() && firstSub + g < names.size(); g++) {
                        paths.set(firstSub + g, Lists.immutable.of(group, groupNames.get(g)));
                    }
                }
            }
            while (paths.size() < dataWidth) {
                paths.add(Lists.immutable.of("column " + (paths.size() + 1)));
            }
            return build(paths.toImmutable(), blockStarts);
        }

        private static Header build(ImmutableList<ImmutableList<String>> paths, ImmutableList<Integer> blockStarts) {
            ImmutableList<ColumnKind> kinds = paths.collect(path -> ColumnKind.ofHeader(path.getLast()));
            int[] blockPositions = new int[paths.size()];
            java.util.Arrays.fill(blockPositions, -1);
            for (int b = 0; b < blockStarts.size(); b++) {
                int start = blockStarts.get(b);
                int end = b + 1 < blockStarts.size() ? blockStarts.get(b + 1) : paths.size();
                for (int c = start; c < end; c++) {
                    blockPositions[c] = start;
                }
            }
            return new Header(paths, kinds, blockPositions);
        }

        /** Where each copy of a repeated run of column names starts (the first repeated name). */
        private static ImmutableList<Integer> blockStarts(MutableList<String> names) {
            for (int c = 0; c < names.size(); c++) {
                String name = names.get(c).toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                int again = -1;
                for (int d = c + 1; d < names.size(); d++) {
                    if (names.get(d).toLowerCase(Locale.ROOT).equals(name)) {
                        again = d;
                        break;
                    }
                }
                if (again > 0) {
                    return Lists.immutable.of(c, again);
                }
            }
            return Lists.immutable.empty();
        }

        private static String lastNamedAtOrBefore(MutableList<String> names, int column) {
            for (int c = Math.min(column, names.size() - 1); c >= 0; c--) {
                if (!names.get(c).isEmpty()) {
                    return names.get(c);
                }
            }
            return "";
        }

        private static int named(ImmutableList<String> row) {
            return row.count(name -> !name.isEmpty());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Header that && columns.equals(that.columns);
        }

        @Override
        public int hashCode() {
            return columns.hashCode();
        }

        @Override
        public String toString() {
            return columns.toString();
        }
    }
}
