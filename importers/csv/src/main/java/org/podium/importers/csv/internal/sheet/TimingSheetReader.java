package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.engine.TimingStatus;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.spi.Diagnostic;

/**
 * A timing sheet: one row per crew per stage. Reads each row's crew, stage, status, time and
 * penalty; {@link TimedRows} builds the entries' stages (in order of first appearance), penalties
 * and awarded times, and the classifications.
 */
final class TimingSheetReader {

    private final Sheet sheet;
    private final EntryBook book;
    private final TimedRows timed;

    TimingSheetReader(Sheet sheet) {
        this.sheet = sheet;
        this.book = new EntryBook(sheet.diagnostics);
        this.timed = new TimedRows(book, sheet.diagnostics);
    }

    Event read() {
        readRows();
        // Everything the classifications need is taken from the rows: they go before the engine runs.
        sheet.dropRows();
        return timed.build(sheet.facts, sheet.fileName, null, sheet.facts.notes());
    }

    /** Entries, penalties and the timed rows; in a method of its own, so no frame keeps the rows. */
    private void readRows() {
        String defaultCategory = sheet.facts.categoryName != null ? sheet.facts.categoryName : "Overall";
        int timeColumn = sheet.layout.column(Meaning.TIME);
        int penaltyColumn = sheet.layout.column(Meaning.PENALTY);
        TimeReading timeReading = ReadingReport.single(sheet, timeColumn);
        TimeReading penaltyReading = ReadingReport.single(sheet, penaltyColumn);
        TimedRows.Source source = new TimedRows.Source(sheet.fileName, sheet.headerLine, timeColumn,
                sheet.layout.header(timeColumn));
        for (SheetRow row : sheet.rows) {
            String stage = sheet.text(row, Meaning.STAGE);
            if (stage == null) {
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row, sheet.layout.column(Meaning.STAGE)),
                        "this row names no stage; it is not used"));
                continue;
            }
            ImmutableList<Person> crew = Crews.of(sheet, row);
            if (crew.isEmpty()) {
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row), "this row names no crew; it is not used"));
                continue;
            }
            String categoryId = book.category(sheet.category(row, defaultCategory));
            String entryId = book.entry(categoryId, sheet.number(row), crew, sheet.text(row, Meaning.MAKE),
                    sheet.text(row, Meaning.ENTRANT), sheet.text(row, Meaning.CLASS), sheet.at(row));
            String names = book.sameNames(entryId, crew.collect(Person::name).makeString(" / "));
            timed.stage(stage, sheet.at(row));
            if (timed.claim(entryId, stage, names, sheet.at(row)) != null) {
                sheet.diagnostics.report(Diagnostic.error(sheet.at(row), names + " has a second row for stage " + stage
                        + "; only the first is used"));
                continue;
            }
            Optional<TimingStatus> status = TimedCells.status(sheet, row);
            ResultCell cell = sheet.cell(row, timeColumn, timeReading);
            Duration time = cell.kind() == ResultCell.Kind.TIME ? cell.duration() : null;
            TimedCells.penalty(sheet, row, penaltyColumn, penaltyReading, entryId, stage, timed);
            TimingStatus taken = status.isEmpty() ? null
                    : TimedCells.wordInTime(sheet, row, timeColumn, cell, status.get(), names);
            timed.add(new TimedRows.Row(source, row.line(), entryId, categoryId, stage, time, taken, names, cell));
        }
        if (book.categories().isEmpty()) {
            book.category(defaultCategory);
        }
    }
}
