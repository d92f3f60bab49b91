package org.podium.importers.csv.internal.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.AwardedTime;
import org.podium.model.Category;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Property;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * Reads Podium's data package back into the event it was written from ({@code data-package.md}):
 * each file inverts what the csv exporter writes, rows in file order, which is the package's order.
 * One instance per import.
 */
public final class PackageReader {

    /** Prefix of the infobox keys in event.csv. */
    static final String INFOBOX_PREFIX = "infobox.";

    private final Path folder;
    private final String fallbackName;
    private final Diagnostics diagnostics;

    /**
     * @param folder       the folder holding {@code datapackage.json}
     * @param fallbackName the event's name should event.csv not give one
     */
    public PackageReader(Path folder, String fallbackName, Diagnostics diagnostics) {
        this.folder = folder;
        this.fallbackName = fallbackName;
        this.diagnostics = diagnostics;
    }

    public Event read() throws ImportException, IOException {
        EventFacts facts = eventFacts(table(DataPackageSchema.EVENT));
        ImmutableList<Category> categories = categories(table(DataPackageSchema.CATEGORIES));
        StagesPart stages = new StagesPart(table(DataPackageSchema.STAGES), table(DataPackageSchema.STAGE_STATUS),
                diagnostics);
        ResultsPart results = new ResultsPart(table(DataPackageSchema.ENTRIES), diagnostics);
        return new Event(facts.name, facts.edition, facts.startDate, facts.finishDate, facts.description, facts.source,
                facts.properties.toImmutable(), categories, stages.stages(), results.entries(),
                results.classifications(table(DataPackageSchema.CLASSIFICATIONS), table(DataPackageSchema.RESULTS)),
                results.penalties(table(DataPackageSchema.PENALTIES)), awardedTimes(stages), notes(table(DataPackageSchema.NOTES)));
    }

    private PackageTable table(Table table) throws ImportException, IOException {
        if (!Files.isRegularFile(folder.resolve(table.fileName()))) {
            throw new ImportException(SourcePosition.of(table.fileName(), 0, 0), "the data package has no "
                    + table.fileName() + "; it needs " + DataPackageSchema.TABLES.collect(Table::fileName).makeString(", "));
        }
        return PackageTable.read(folder, table, diagnostics);
    }

    /** The fields of event.csv, filled as its keys come. */
    private static final class EventFacts {
        String name;
        String edition;
        LocalDate startDate;
        LocalDate finishDate;
        String description;
        String source = "";
        final MutableList<Property> properties = Lists.mutable.empty();
    }

    private EventFacts eventFacts(PackageTable table) {
        EventFacts facts = new EventFacts();
        for (SheetRow row : table.rows()) {
            String key = table.text(row, "key");
            if (key == null) {
                diagnostics.report(Diagnostic.warning(table.at(row, "key"), "a row without a key is not used"));
                continue;
            }
            switch (key) {
                case "name" -> facts.name = table.text(row, "value");
                case "edition" -> facts.edition = table.text(row, "value");
                case "start_date" -> facts.startDate = table.date(row, "value");
                case "finish_date" -> facts.finishDate = table.date(row, "value");
                case "description" -> facts.description = table.text(row, "value");
                case "source" -> facts.source = orEmpty(table.text(row, "value"));
                default -> {
                    if (key.startsWith(INFOBOX_PREFIX)) {
                        facts.properties.add(new Property(key.substring(INFOBOX_PREFIX.length()),
                                orEmpty(table.text(row, "value"))));
                    } else {
                        diagnostics.report(Diagnostic.warning(table.at(row, "key"), "the key '" + key
                                + "' is not one event.csv defines (name, edition, start_date, finish_date, description,"
                                + " source, infobox.*); not used"));
                    }
                }
            }
        }
        if (facts.name == null || facts.name.isBlank()) {
            facts.name = fallbackName;
            diagnostics.report(Diagnostic.warning(SourcePosition.of(table.fileName(), 0, 0),
                    "event.csv gives no name; the event is named '" + fallbackName + "'"));
        }
        return facts;
    }

    private ImmutableList<Category> categories(PackageTable table) {
        MutableList<OrderedCategory> categories = Lists.mutable.empty();
        for (SheetRow row : table.rows()) {
            String id = table.text(row, "category");
            if (id == null) {
                diagnostics.report(Diagnostic.error(table.at(row, "category"), "a category without an id is not used"));
                continue;
            }
            String name = table.text(row, "name");
            if (name == null) {
                diagnostics.report(Diagnostic.warning(table.at(row, "name"), "category " + id
                        + " has no name; its id is used as its name"));
                name = id;
            }
            Integer order = table.integer(row, "order");
            categories.add(new OrderedCategory(new Category(id, name, Lists.immutable.ofAll(
                    ListCells.split(table.text(row, "aliases")))), order == null ? Integer.MAX_VALUE : order));
        }
        return categories.sortThisBy(OrderedCategory::order).collect(OrderedCategory::category).toImmutable();
    }

    private record OrderedCategory(Category category, int order) {
    }

    /** awarded_times.csv holds them all; a package written before it existed has them in stage_status only. */
    private ImmutableList<AwardedTime> awardedTimes(StagesPart stages) throws ImportException, IOException {
        if (!Files.isRegularFile(folder.resolve(DataPackageSchema.AWARDED_TIMES.fileName()))) {
            diagnostics.report(Diagnostic.info(SourcePosition.of(DataPackageSchema.AWARDED_TIMES.fileName(), 0, 0),
                    "the package has no awarded_times.csv; awarded times are read from stage_status.csv"));
            return stages.awardedFromStatus();
        }
        PackageTable table = PackageTable.read(folder, DataPackageSchema.AWARDED_TIMES, diagnostics);
        MutableList<AwardedTime> awarded = Lists.mutable.empty();
        for (SheetRow row : table.rows()) {
            String category = table.text(row, "category");
            Duration time = table.time(row, "time");
            if (category == null || time == null) {
                diagnostics.report(Diagnostic.error(table.at(row), "an awarded time needs a category and a time;"
                        + " this row is not used"));
                continue;
            }
            String stage = table.text(row, "stage");
            awarded.add(new AwardedTime(category, stage, time, table.text(row, "note_id"),
                    ResultsPart.inferred(table, row, stage, diagnostics)));
        }
        return awarded.toImmutable();
    }

    private ImmutableList<Note> notes(PackageTable table) {
        MutableList<Note> notes = Lists.mutable.empty();
        for (SheetRow row : table.rows()) {
            String id = table.text(row, "note_id");
            String text = table.text(row, "text");
            NoteTable where = Ids.noteTable(table, row, diagnostics);
            if (id == null || text == null || text.isBlank() || where == null) {
                diagnostics.report(Diagnostic.error(table.at(row), "a note needs a note_id, a table and a text;"
                        + " this row is not used"));
                continue;
            }
            notes.add(new Note(id, table.text(row, "category"), table.text(row, "stage"), where, text, table.at(row)));
        }
        return notes.toImmutable();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
