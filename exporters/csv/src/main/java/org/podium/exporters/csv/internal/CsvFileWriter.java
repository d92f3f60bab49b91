package org.podium.exporters.csv.internal;

import java.io.IOException;
import java.util.List;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.csv.CsvRecords;
import org.podium.datapackage.Column;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;

/**
 * One table of the package as it is written: its header row, then rows that must have exactly the
 * table's width. The records themselves follow core's one CSV rule ({@link CsvRecords}: {@code ,}
 * between fields, {@code \n} after each, quotes only where a value needs them), so the package and
 * every other CSV Podium writes quote alike.
 */
final class CsvFileWriter {

    private final Appendable out;
    private final Table table;
    private final ImmutableList<String> header;
    private final boolean spreadsheetSafe;
    private final Row row;

    /**
     * Writes the table's header to {@code out} at once; the caller owns (and closes) {@code out}.
     * With {@code spreadsheetSafe}, a value a spreadsheet would run as a formula gets a leading
     * {@code '} ({@link CsvRecords#spreadsheetSafe}); otherwise every value is written exactly.
     */
    CsvFileWriter(Appendable out, Table table, boolean spreadsheetSafe) throws IOException {
        this.out = out;
        this.table = table;
        this.spreadsheetSafe = spreadsheetSafe;
        this.header = DataPackageSchema.expandedColumns(table).collect(Column::name);
        this.row = Row.ofWidth(header.size());
        CsvRecords.write(out, header);
    }

    /** This writer's one row, emptied: fill it, then {@link #write} it. */
    Row row() {
        return row.clear();
    }

    /**
     * Writes one row.
     *
     * @throws IllegalArgumentException when the row's width is not the table's: the exporter and
     *                                  the schema disagree, a bug rather than bad data
     */
    void write(Row row) throws IOException {
        List<String> cells = row.cells();
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(table.fileName() + " has " + header.size()
                    + " columns but a row has " + cells.size() + ": " + cells);
        }
        CsvRecords.write(out, cells, spreadsheetSafe);
    }
}
