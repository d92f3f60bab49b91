package org.podium.exporters.csv.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.model.Event;
import org.podium.model.Slugs;
import org.podium.report.Report;
import org.podium.spi.BlockWriter;
import org.podium.spi.ExportException;

/**
 * Writes a report's event as the data package into a folder; one instance per export. The event is
 * {@link Report#event()}, already in scope and in canonical order, so every file is written in
 * the order of the event's lists.
 */
public final class PackageWriter {

    private final Event event;
    private final EventTables eventTables;
    private final ResultTables resultTables;
    private final boolean spreadsheetSafe;

    public PackageWriter(Report report) {
        this.event = report.event();
        this.spreadsheetSafe = report.options().spreadsheetSafe();
        this.eventTables = new EventTables(event, report.index());
        this.resultTables = new ResultTables(event, report.index());
    }

    /**
     * Writes {@code datapackage.json} and one CSV per table of the schema into {@code folder},
     * which exists and is empty. A failure leaves some files written: the host owns the folder and
     * deletes it then.
     *
     * @throws ExportException when the event cannot be written as a package (a result or a penalty
     *                         of a crew the entries do not list)
     */
    public void writeInto(Path folder) throws ExportException, IOException {
        Files.writeString(folder.resolve(DataPackageSchema.DESCRIPTOR_FILE),
                DataPackageSchema.descriptorJson(Slugs.of(event.name()), event.name(), spreadsheetSafe),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        for (Table table : DataPackageSchema.TABLES) {
            try (Writer file = Files.newBufferedWriter(folder.resolve(table.fileName()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                BlockWriter buffered = new BlockWriter(file);
                writeRows(table, new CsvFileWriter(buffered, table, spreadsheetSafe));
                buffered.flushBuffer();
            }
        }
    }

    private void writeRows(Table table, CsvFileWriter out) throws ExportException, IOException {
        // Tables are records, so equality with the schema's constants identifies them.
        if (table.equals(DataPackageSchema.EVENT)) {
            eventTables.event(out);
        } else if (table.equals(DataPackageSchema.CATEGORIES)) {
            eventTables.categories(out);
        } else if (table.equals(DataPackageSchema.STAGES)) {
            eventTables.stages(out);
        } else if (table.equals(DataPackageSchema.STAGE_STATUS)) {
            eventTables.stageStatus(out);
        } else if (table.equals(DataPackageSchema.ENTRIES)) {
            resultTables.entries(out);
        } else if (table.equals(DataPackageSchema.CLASSIFICATIONS)) {
            resultTables.classifications(out);
        } else if (table.equals(DataPackageSchema.RESULTS)) {
            resultTables.results(out);
        } else if (table.equals(DataPackageSchema.PENALTIES)) {
            resultTables.penalties(out);
        } else if (table.equals(DataPackageSchema.AWARDED_TIMES)) {
            eventTables.awardedTimes(out);
        } else if (table.equals(DataPackageSchema.NOTES)) {
            eventTables.notes(out);
        } else {
            // The schema lists a table this exporter does not know: a build mismatch, not bad data.
            throw new IllegalStateException("the csv exporter has no rows for table '" + table.name() + "'");
        }
    }
}
