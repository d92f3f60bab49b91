package org.podium.exporters.csv.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.model.Event;
import org.podium.model.Slugs;
import org.podium.spi.ExportException;

/** Writes one event as the data package into a folder; one instance per export. */
public final class PackageWriter {

    private final Event event;
    private final EventTables eventTables;
    private final ResultTables resultTables;

    public PackageWriter(Event event) {
        PackageOrder order = PackageOrder.of(event);
        this.event = event;
        this.eventTables = new EventTables(event, order);
        this.resultTables = new ResultTables(event, order);
    }

    /**
     * Creates {@code folder} (it must not exist) and writes {@code datapackage.json} and one CSV
     * per table of the schema.
     *
     * @throws ExportException when the event cannot be written as a package; nothing is written then
     */
    public void writeTo(Path folder) throws ExportException, IOException {
        // Every row is built before the disk is touched, so an event that cannot be written leaves nothing behind.
        MutableList<ImmutableList<Row>> contents = Lists.mutable.empty();
        for (Table table : DataPackageSchema.TABLES) {
            contents.add(rowsOf(table));
        }
        Files.createDirectory(folder);
        Files.writeString(folder.resolve(DataPackageSchema.DESCRIPTOR_FILE),
                DataPackageSchema.descriptorJson(Slugs.of(event.name()), event.name()),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        for (int i = 0; i < DataPackageSchema.TABLES.size(); i++) {
            Table table = DataPackageSchema.TABLES.get(i);
            CsvFileWriter.write(folder.resolve(table.fileName()), table, contents.get(i));
        }
    }

    private ImmutableList<Row> rowsOf(Table table) throws ExportException {
        // Tables are records, so equality with the schema's constants identifies them.
        if (table.equals(DataPackageSchema.EVENT)) {
            return eventTables.event();
        } else if (table.equals(DataPackageSchema.CATEGORIES)) {
            return eventTables.categories();
        } else if (table.equals(DataPackageSchema.STAGES)) {
            return eventTables.stages();
        } else if (table.equals(DataPackageSchema.STAGE_STATUS)) {
            return eventTables.stageStatus();
        } else if (table.equals(DataPackageSchema.ENTRIES)) {
            return resultTables.entries();
        } else if (table.equals(DataPackageSchema.CLASSIFICATIONS)) {
            return resultTables.classifications();
        } else if (table.equals(DataPackageSchema.RESULTS)) {
            return resultTables.results();
        } else if (table.equals(DataPackageSchema.PENALTIES)) {
            return resultTables.penalties();
        } else if (table.equals(DataPackageSchema.AWARDED_TIMES)) {
            return eventTables.awardedTimes();
        } else if (table.equals(DataPackageSchema.NOTES)) {
            return eventTables.notes();
        }
        // The schema lists a table this exporter does not know: a build mismatch, not bad data.
        throw new IllegalStateException("the csv exporter has no rows for table '" + table.name() + "'");
    }
}
