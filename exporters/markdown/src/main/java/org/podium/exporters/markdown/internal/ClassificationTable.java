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
import org.podium.report.Labels;

/** Writes one classification as a table, with the sentences that qualify it underneath. */
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

        List<Column> columns = new ArrayList<>(List.of(Column.right(labels.text("col.pos")),
                Column.right(labels.text("col.number")), Column.left(labels.text("col.crew")),
                Column.left(labels.text("col.make"))));
        if (withEntrant) {
            columns.add(Column.left(labels.text("col.entrant")));
        }
        columns.add(Column.right(labels.text("col.time")));
        columns.add(Column.right(labels.text("col.gap")));
        if (withPenalty) {
            columns.add(Column.right(labels.text("col.penalty")));
        }

        MarkdownTable table = new MarkdownTable(columns);
        boolean anyDerived = false;
        boolean tie = false;
        int classified = 0;
        Set<Integer> positions = new HashSet<>();
        for (ClassificationRow row : classification.rows()) {
            Crews.Known crew = crews.of(row.entryId());
            boolean derived = row.time() != null && row.timeDerived();
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(position(row));
            cells.add(crew.number());
            cells.add(crew.names());
            cells.add(row.make() != null ? row.make() : crew.make());
            if (withEntrant) {
                cells.add(crew.entrant());
            }
            cells.add(Labels.time(row.time()) + (derived ? DERIVED_MARKER : ""));
            cells.add(Labels.gap(row.gap()));
            if (withPenalty) {
                cells.add(row.penalty() == null ? "" : Labels.time(row.penalty()));
            }
            table.addRow(cells);
            anyDerived |= derived;
            tie |= row.position() != null && !positions.add(row.position());
            classified += row.status() == ResultStatus.CLASSIFIED ? 1 : 0;
        }
        out.table(table);

        if (anyDerived) {
            out.paragraph(labels.text("note.derived"));
        }
        if (tie) {
            out.paragraph(labels.text("note.tieShared"));
        }
        if (!classification.complete()) {
            out.paragraph(labels.text("note.topN", Integer.toString(classified)));
        }
    }

    private String position(ClassificationRow row) {
        if (row.status() != ResultStatus.CLASSIFIED) {
            return labels.result(row.status());
        }
        return row.position() == null ? Labels.UNKNOWN : Integer.toString(row.position());
    }
}
