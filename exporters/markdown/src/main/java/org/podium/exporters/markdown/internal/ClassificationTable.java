package org.podium.exporters.markdown.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podium.exporters.markdown.internal.MarkdownTable.Column;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.ResultStatus;

/** Writes one classification as a table, with the lines that qualify it underneath. */
final class ClassificationTable {

    static final String DERIVED_MARKER = " *";
    static final String DERIVED_LEGEND = "* derived: winner's time + gap";

    private final Crews crews;

    ClassificationTable(Crews crews) {
        this.crews = crews;
    }

    void write(MarkdownWriter out, Classification classification) {
        if (classification.rows().isEmpty()) {
            out.paragraph("No rows reported.");
            return;
        }
        boolean withEntrant = classification.kind() == ClassificationKind.FINAL;
        boolean withPenalty = classification.rows().anySatisfy(row -> row.penalty() != null);

        List<Column> columns = new ArrayList<>(List.of(
                Column.right("Pos"), Column.right("No."), Column.left("Crew"), Column.left("Make")));
        if (withEntrant) {
            columns.add(Column.left("Entrant"));
        }
        columns.add(Column.right("Time"));
        columns.add(Column.right("Gap"));
        if (withPenalty) {
            columns.add(Column.right("Penalty"));
        }

        MarkdownTable table = new MarkdownTable(columns);
        for (ClassificationRow row : classification.rows()) {
            Crews.Known crew = crews.of(row.entryId());
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(position(row));
            cells.add(crew.number());
            cells.add(crew.names());
            cells.add(row.make() != null ? row.make() : crew.make());
            if (withEntrant) {
                cells.add(crew.entrant());
            }
            cells.add(Labels.time(row.time()) + (row.time() != null && row.timeDerived() ? DERIVED_MARKER : ""));
            cells.add(Labels.gap(row.gap()));
            if (withPenalty) {
                cells.add(row.penalty() == null ? "" : Labels.time(row.penalty()));
            }
            table.addRow(cells);
        }
        out.table(table);

        if (classification.rows().anySatisfy(row -> row.time() != null && row.timeDerived())) {
            out.paragraph(DERIVED_LEGEND);
        }
        if (hasTie(classification)) {
            out.paragraph("Crews on equal time share a position.");
        }
        if (!classification.complete()) {
            int reported = classification.rows().count(row -> row.status() == ResultStatus.CLASSIFIED);
            out.paragraph("Top " + reported + " as reported by the source.");
        }
    }

    private static String position(ClassificationRow row) {
        if (row.status() != ResultStatus.CLASSIFIED) {
            return Labels.status(row.status());
        }
        return row.position() == null ? Labels.UNKNOWN : Integer.toString(row.position());
    }

    private static boolean hasTie(Classification classification) {
        Set<Integer> seen = new HashSet<>();
        return classification.rows().anySatisfy(row -> row.position() != null && !seen.add(row.position()));
    }
}
