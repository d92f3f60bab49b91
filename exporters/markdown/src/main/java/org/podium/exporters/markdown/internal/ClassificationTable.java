package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.exporters.markdown.internal.MarkdownTable.Column;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.report.Labels;

/**
 * Writes one classification as a table, with the sentences that qualify it underneath. What real
 * results carry beyond a time (class, class position and gap, laps, grid, points) gets a column
 * only when some row has it; why a crew stopped stands beside its status.
 */
final class ClassificationTable {

    /** Marks a time Podium derived; the legend under the table ({@code note.derived}) starts with it. */
    static final String DERIVED_MARKER = " *";

    private final Crews crews;
    private final Labels labels;
    /** Positions as cells, made once per document: position 1 to n recur in every table. */
    private String[] positionCells = new String[0];
    /** The status words (Retired, Disqualified…) as cells, by ordinal. */
    private final String[] statusCells = new String[ResultStatus.values().length];

    ClassificationTable(Crews crews, Labels labels) {
        this.crews = crews;
        this.labels = labels;
    }

    /** Which optional columns a classification needs: what some row of it has. */
    private record Layout(boolean entrant, boolean vehicleClass, boolean classPosition, boolean laps,
            boolean classGap, boolean penalty, boolean grid, boolean points) {
    }

    void write(MarkdownWriter out, Classification classification) throws IOException {
        ImmutableList<ClassificationRow> rows = classification.rows();
        if (rows.isEmpty()) {
            out.paragraph(labels.text("note.noRows"));
            return;
        }
        boolean withPenalty = false;
        boolean withClass = false;
        boolean withClassPosition = false;
        boolean withClassGap = false;
        boolean withLaps = false;
        boolean withGrid = false;
        boolean withPoints = false;
        boolean anyDerived = false;
        boolean tie = false;
        // Positions seen, for ties: positions are small, so a bit per position.
        BitSet positions = new BitSet(rows.size() + 1);
        Set<Integer> otherPositions = new HashSet<>();
        // Each row's crew, looked up once for the three passes (this one, measuring, writing).
        Crews.Known[] rowCrews = new Crews.Known[rows.size()];
        int r = 0;
        for (ClassificationRow row : rows) {
            RowDetails details = row.details();
            Crews.Known crew = crews.of(row.entryId());
            rowCrews[r++] = crew;
            // What real results carry beyond a time: a column only when some row has it.
            withPenalty |= row.penalty() != null;
            withClass |= !crew.vehicleClass().isEmpty();
            withClassPosition |= details.classPosition() != null;
            withClassGap |= details.classGap() != null;
            withLaps |= details.laps() != null;
            withGrid |= details.grid() != null;
            withPoints |= details.points() != null;
            anyDerived |= row.time() != null && row.timeDerived();
            Integer position = row.position();
            if (position != null) {
                int p = position;
                if (p >= 0) {
                    tie |= positions.get(p);
                    positions.set(p);
                } else {
                    tie |= !otherPositions.add(position);
                }
            }
        }
        Layout layout = new Layout(classification.kind() == ClassificationKind.FINAL, withClass, withClassPosition,
                withLaps, withClassGap, withPenalty, withGrid, withPoints);

        List<Column> columns = new ArrayList<>(List.of(Column.right(labels.text("col.pos")),
                Column.right(labels.text("col.number")), Column.left(labels.text("col.crew")),
                Column.left(labels.text("col.make"))));
        if (layout.entrant()) {
            columns.add(Column.left(labels.text("col.entrant")));
        }
        if (layout.vehicleClass()) {
            columns.add(Column.left(labels.text("col.class")));
        }
        if (layout.classPosition()) {
            columns.add(Column.right(labels.text("col.classPos")));
        }
        if (layout.laps()) {
            columns.add(Column.right(labels.text("col.laps")));
        }
        columns.add(Column.right(labels.text("col.time")));
        columns.add(Column.right(labels.text("col.gap")));
        if (layout.classGap()) {
            columns.add(Column.right(labels.text("col.classGap")));
        }
        if (layout.penalty()) {
            columns.add(Column.right(labels.text("col.penalty")));
        }
        if (layout.grid()) {
            columns.add(Column.right(labels.text("col.grid")));
        }
        if (layout.points()) {
            columns.add(Column.right(labels.text("col.points")));
        }

        String[] cells = new String[columns.size()];
        int[] widths = new int[columns.size()];
        out.table(columns, each -> {
            int i = 0;
            for (ClassificationRow row : rows) {
                fill(cells, widths, row, rowCrews[i++], layout);
                each.cells(cells, widths);
            }
        });

        if (anyDerived) {
            out.paragraph(labels.text("note.derived"));
        }
        if (tie) {
            out.paragraph(labels.text("note.tieShared"));
        }
        if (!classification.complete()) {
            out.paragraph(labels.incomplete(classification));
        }
    }

    /** The escaped cells of one row, in the order of the columns, with the widths of the crew's. */
    private void fill(String[] cells, int[] widths, ClassificationRow row, Crews.Known crew, Layout layout) {
        boolean derived = row.time() != null && row.timeDerived();
        RowDetails details = row.details();
        Arrays.fill(widths, -1);
        int i = 0;
        cells[i++] = position(row);
        cells[i++] = crew.numberCell();
        widths[i] = crew.namesWidth();
        cells[i++] = crew.namesCell();
        String make = row.make();
        if (make == null || make.equals(crew.make())) {
            widths[i] = crew.makeWidth();
            cells[i++] = crew.makeCell();
        } else {
            cells[i++] = MarkdownText.escape(make);
        }
        if (layout.entrant()) {
            widths[i] = crew.entrantWidth();
            cells[i++] = crew.entrantCell();
        }
        if (layout.vehicleClass()) {
            widths[i] = crew.vehicleClassWidth();
            cells[i++] = crew.vehicleClassCell();
        }
        if (layout.classPosition()) {
            cells[i++] = number(details.classPosition());
        }
        if (layout.laps()) {
            cells[i++] = number(details.laps());
        }
        cells[i++] = MarkdownText.escape(derived ? Labels.time(row.time()) + DERIVED_MARKER : Labels.time(row.time()));
        cells[i++] = MarkdownText.escape(gap(row));
        if (layout.classGap()) {
            cells[i++] = MarkdownText.escape(Labels.gap(details.classGap()));
        }
        if (layout.penalty()) {
            cells[i++] = row.penalty() == null ? "" : MarkdownText.escape(Labels.time(row.penalty()));
        }
        if (layout.grid()) {
            cells[i++] = number(details.grid());
        }
        if (layout.points()) {
            cells[i++] = details.points() == null ? "" : MarkdownText.escape(details.points().toPlainString());
        }
    }

    /** The position, or the status in its place; why a crew stopped beside it: {@code Retired (Accident)}. */
    private String position(ClassificationRow row) {
        String reason = row.details().statusReason();
        if (reason != null) {
            return MarkdownText.escape(labels.text("result.withReason", positionText(row), reason));
        }
        if (row.status() != ResultStatus.CLASSIFIED) {
            int status = row.status().ordinal();
            if (statusCells[status] == null) {
                statusCells[status] = MarkdownText.escape(labels.result(row.status()));
            }
            return statusCells[status];
        }
        Integer position = row.position();
        if (position == null) {
            return MarkdownText.escape(Labels.UNKNOWN);
        }
        int p = position;
        if (p < 0) {
            return MarkdownText.escape(Integer.toString(p));
        }
        if (p >= positionCells.length) {
            positionCells = Arrays.copyOf(positionCells, Math.max(p + 1, positionCells.length * 2));
        }
        if (positionCells[p] == null) {
            positionCells[p] = MarkdownText.escape(Integer.toString(p));
        }
        return positionCells[p];
    }

    private String positionText(ClassificationRow row) {
        if (row.status() != ResultStatus.CLASSIFIED) {
            return labels.result(row.status());
        }
        return row.position() == null ? Labels.UNKNOWN : Integer.toString(row.position());
    }

    /** The gap to the leader; for a crew classified laps behind, {@code +1 lap}. */
    private String gap(ClassificationRow row) {
        Integer behind = row.details().lapsBehind();
        if (behind != null && behind > 0) {
            return labels.count("gap.laps", behind);
        }
        return Labels.gap(row.gap());
    }

    private static String number(Integer value) {
        return value == null ? "" : MarkdownText.escape(Integer.toString(value));
    }
}
