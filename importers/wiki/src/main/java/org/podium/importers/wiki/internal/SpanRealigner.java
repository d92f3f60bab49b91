package org.podium.importers.wiki.internal;

import java.util.Arrays;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * Puts the cells of a table whose merged cells were lost back under their headers, using what each
 * cell looks like. The plain-text article dropped every rowspan and colspan, so a row simply lacks
 * the cells that a span covered, and the cells after them slide left:
 * <ul>
 *   <li>cells are matched to columns in order, each to a column that accepts its kind, skipping
 *       as few columns as possible;</li>
 *   <li>a skipped place column right after another place column was covered from the left (a loop
 *       stage's finish is its start);</li>
 *   <li>a skipped column inside the row, before the first block, or in a block whose position is
 *       itself skipped was covered from above (a stage number, a tie's shared position and time);</li>
 *   <li>columns after the last cell of a block that has its own position are empty;</li>
 *   <li>a phrase followed only by empty cells ({@code Liaison only}) spans the rest of the row, when
 *       its own column cannot hold it or every column after it could.</li>
 * </ul>
 * Nothing is dropped: a cell that fits no column is still placed (the interpretation reports what
 * it cannot read), and cells beyond the table's width are reported.
 */
final class SpanRealigner {

    private static final int MISMATCH = 10;
    /** The most cells times columns a row's alignment weighs (its table of costs: 16 MB). */
    private static final long MOST_ALIGNED = 4_000_000;

    private final ImmutableList<ColumnKind> kinds;
    /** Per column, the index of its block's position column, or -1 when outside any block. */
    private final int[] blockPosition;
    private final Diagnostics diagnostics;
    private boolean inOrderSaid;

    SpanRealigner(ImmutableList<ColumnKind> kinds, int[] blockPosition, Diagnostics diagnostics) {
        this.kinds = kinds;
        this.blockPosition = blockPosition.clone();
        this.diagnostics = diagnostics;
    }

    /**
     * Resolves one row.
     *
     * @param raw      the cells as written
     * @param previous the row above, resolved, or null for the first row
     * @param rowStart where the row starts
     */
    ImmutableList<Cell> resolve(ImmutableList<Cell> raw, ImmutableList<Cell> previous, SourcePosition rowStart) {
        int width = kinds.size();
        int last = raw.detectLastIndex(cell -> !cell.isEmpty());
        if (last < 0) {
            MutableList<Cell> empty = Lists.mutable.empty();
            for (int column = 0; column < width; column++) {
                empty.add(Cell.empty(rowStart));
            }
            return empty.toImmutable();
        }
        if (last < raw.size() - 1 && last < width && CellKind.isSpanningPhrase(raw.get(last).text())
                && spansTheRest(last, width)) {
            return spanToEnd(raw, last, width, rowStart);
        }
        ImmutableList<Cell> cells = raw.take(last + 1);
        if (cells.size() > width) {
            ImmutableList<Cell> surplus = cells.drop(width);
            diagnostics.report(Diagnostic.error(surplus.getFirst().position(),
                    "this row has " + cells.size() + " cells but the table has " + width
                            + " columns; the cells " + surplus.collect(c -> "'" + c.text() + "'").makeString(", ")
                            + " could not be placed under a header and were not read"));
            cells = cells.take(width);
        }
        int[] columnOfCell = align(cells);
        Cell[] resolved = new Cell[width];
        boolean[] own = new boolean[width];
        for (int i = 0; i < cells.size(); i++) {
            resolved[columnOfCell[i]] = cells.get(i);
            own[columnOfCell[i]] = true;
        }
        int lastOwn = columnOfCell[cells.size() - 1];
        for (int column = 0; column < width; column++) {
            if (own[column]) {
                continue;
            }
            resolved[column] = fill(column, resolved, own, lastOwn, previous, rowStart);
        }
        return Lists.immutable.of(resolved);
    }

    private Cell fill(int column, Cell[] resolved, boolean[] own, int lastOwn, ImmutableList<Cell> previous,
            SourcePosition rowStart) {
        if (column > 0 && kinds.get(column) == ColumnKind.PLACE && kinds.get(column - 1) == ColumnKind.PLACE
                && resolved[column - 1] != null && !resolved[column - 1].isEmpty()) {
            return resolved[column - 1].spanned(Cell.Span.FROM_LEFT);
        }
        int position = blockPosition[column];
        boolean blockLostItsPosition = position >= 0 && !own[position];
        boolean inside = column < lastOwn;
        if (inside || blockLostItsPosition) {
            if (previous == null) {
                return Cell.empty(rowStart);
            }
            return previous.get(column).spanned(Cell.Span.FROM_ABOVE);
        }
        return Cell.empty(rowStart);
    }

    /**
     * Whether a phrase followed by empty cells stands for them all: it does where its own column
     * cannot hold it ({@code Liaison only} under Pos), or where every column after it could ({@code
     * Liaison only} under the bikes' winner, for the cars' and trucks' too). An entrant's name before
     * an empty Time cell ({@code | Ret | 4 | … | Repsol KTM | |}) is the entrant, and no time: spread
     * into the Time column it read as the reason the crew stopped.
     */
    private boolean spansTheRest(int phraseAt, int width) {
        if (!kinds.get(phraseAt).accepts(CellKind.TEXT)) {
            return true;
        }
        for (int column = phraseAt + 1; column < width; column++) {
            if (!kinds.get(column).accepts(CellKind.TEXT)) {
                return false;
            }
        }
        return true;
    }

    private ImmutableList<Cell> spanToEnd(ImmutableList<Cell> raw, int phraseAt, int width, SourcePosition rowStart) {
        MutableList<Cell> resolved = Lists.mutable.withAll(raw.take(phraseAt));
        Cell phrase = raw.get(phraseAt);
        resolved.add(phrase);
        while (resolved.size() < width) {
            resolved.add(phrase.spanned(Cell.Span.FROM_LEFT));
        }
        return resolved.toImmutable();
    }

    /** The column of each cell: cells in order, as few skipped columns and misfits as possible. */
    private int[] align(ImmutableList<Cell> cells) {
        int n = cells.size();
        int m = kinds.size();
        if ((long) (n + 1) * (m + 1) > MOST_ALIGNED) {
            // Thousands of columns are no race table the article lost spans in: in order, as written.
            if (!inOrderSaid) {
                inOrderSaid = true;
                diagnostics.report(Diagnostic.warning(cells.getFirst().position(), "a row of " + n + " cells under "
                        + m + " columns is too wide to realign; its cells are read in order (and so are other such rows)"));
            }
            int[] inOrder = new int[n];
            Arrays.setAll(inOrder, i -> i);
            return inOrder;
        }
        // Each cell's kind once, not once per column it might go under.
        CellKind[] cellKinds = new CellKind[n];
        for (int i = 0; i < n; i++) {
            cellKinds[i] = CellKind.of(cells.get(i).text());
        }
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                cost[i][j] = Integer.MAX_VALUE / 2;
            }
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j < m; j++) {
                if (cost[i][j] >= Integer.MAX_VALUE / 2) {
                    continue;
                }
                cost[i][j + 1] = Math.min(cost[i][j + 1], cost[i][j] + skipCost(j));
                if (i < n) {
                    int fit = kinds.get(j).accepts(cellKinds[i]) ? 0 : MISMATCH;
                    cost[i + 1][j + 1] = Math.min(cost[i + 1][j + 1], cost[i][j] + fit);
                }
            }
        }
        // Columns after the last cell cost nothing: the fill rules decide what they hold.
        int end = n;
        for (int j = n; j <= m; j++) {
            if (cost[n][j] < cost[n][end]) {
                end = j;
            }
        }
        // Walking back, a skip is preferred to an equally cheap placement, so that of two places a
        // cell fits, it takes the earlier one (a loop stage's place is its start; its finish is spanned).
        int[] columnOf = new int[n];
        int i = n;
        int j = end;
        while (i > 0) {
            boolean skipIsAsCheap = j - 1 >= i && cost[i][j - 1] + skipCost(j - 1) == cost[i][j];
            if (!skipIsAsCheap) {
                columnOf[i - 1] = j - 1;
                i--;
            }
            j--;
        }
        return columnOf;
    }

    /**
     * What it costs to say a column's cell was covered by a span: a stage number spans its stage's
     * rows and a place spans a loop, often; a position only for a tie, rarely.
     */
    private int skipCost(int column) {
        return switch (kinds.get(column)) {
            case STAGE_LABEL, PLACE -> 1;
            case POSITION -> 3;
            default -> 2;
        };
    }
}
