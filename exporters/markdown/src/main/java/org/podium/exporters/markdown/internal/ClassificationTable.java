package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    ClassificationTable(Crews crews, Labels labels) {
        this.crews = crews;
        this.labels = labels;
    }

    void write(MarkdownWriter out, Classification classification) throws IOException {
        if (classification.rows().isEmpty()) {
            out.paragraph(labels.text("note.noRows"));
            return;
        }
        boolean withEntrant = classification.kind() == ClassificationKind.FINAL;
        boolean withPenalty = classification.rows().anySatisfy(row -> row.penalty() != null);
        // What real results carry beyond a time: a column only when some row has it.
        boolean withClass = classification.rows().anySatisfy(row -> !crews.of(row.entryId()).vehicleClass().isEmpty());
        boolean withClassPosition = classification.rows().anySatisfy(row -> row.details().classPosition() != null);
        boolean withClassGap = classification.rows().anySatisfy(row -> row.details().classGap() != null);
        boolean withLaps = classification.rows().anySatisfy(row -> row.details().laps() != null);
        boolean withGrid = classification.rows().anySatisfy(row -> row.details().grid() != null);
        boolean withPoints = classification.rows().anySatisfy(row -> row.details().points() != null);

        List<Column> columns = new ArrayList<>(List.of(Column.right(labels.text("col.pos")),
                Column.right(labels.text("col.number")), Column.left(labels.text("col.crew")),
                Column.left(labels.text("col.make"))));
        if (withEntrant) {
            columns.add(Column.left(labels.text("col.entrant")));
        }
        if (withClass) {
            columns.add(Column.left(labels.text("col.class")));
        }
        if (withClassPosition) {
            columns.add(Column.right(labels.text("col.classPos")));
        }
        if (withLaps) {
            columns.add(Column.right(labels.text("col.laps")));
        }
        columns.add(Column.right(labels.text("col.time")));
        columns.add(Column.right(labels.text("col.gap")));
        if (withClassGap) {
            columns.add(Column.right(labels.text("col.classGap")));
        }
        if (withPenalty) {
            columns.add(Column.right(labels.text("col.penalty")));
        }
        if (withGrid) {
            columns.add(Column.right(labels.text("col.grid")));
        }
        if (withPoints) {
            columns.add(Column.right(labels.text("col.points")));
        }

        MarkdownTable table = new MarkdownTable(columns);
        boolean anyDerived = false;
        boolean tie = false;
        Set<Integer> positions = new HashSet<>();
        for (ClassificationRow row : classification.rows()) {
            Crews.Known crew = crews.of(row.entryId());
            boolean derived = row.time() != null && row.timeDerived();
            List<String> cells = new ArrayList<>(columns.size());
            RowDetails details = row.details();
            cells.add(position(row));
            cells.add(crew.number());
            cells.add(crew.names());
            cells.add(row.make() != null ? row.make() : crew.make());
            if (withEntrant) {
                cells.add(crew.entrant());
            }
            if (withClass) {
                cells.add(crew.vehicleClass());
            }
            if (withClassPosition) {
                cells.add(number(details.classPosition()));
            }
            if (withLaps) {
                cells.add(number(details.laps()));
            }
            cells.add(Labels.time(row.time()) + (derived ? DERIVED_MARKER : ""));
            cells.add(gap(row));
            if (withClassGap) {
                cells.add(Labels.gap(details.classGap()));
            }
            if (withPenalty) {
                cells.add(row.penalty() == null ? "" : Labels.time(row.penalty()));
            }
            if (withGrid) {
                cells.add(number(details.grid()));
            }
            if (withPoints) {
                cells.add(details.points() == null ? "" : details.points().toPlainString());
            }
            table.addRow(cells);
            anyDerived |= derived;
            tie |= row.position() != null && !positions.add(row.position());
        }
        out.table(table);

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

    /** The position, or the status in its place; why a crew stopped beside it: {@code Retired (Accident)}. */
    private String position(ClassificationRow row) {
        String position;
        if (row.status() != ResultStatus.CLASSIFIED) {
            position = labels.result(row.status());
        } else {
            position = row.position() == null ? Labels.UNKNOWN : Integer.toString(row.position());
        }
        String reason = row.details().statusReason();
        return reason == null ? position : labels.text("result.withReason", position, reason);
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
        return value == null ? "" : Integer.toString(value);
    }
}
