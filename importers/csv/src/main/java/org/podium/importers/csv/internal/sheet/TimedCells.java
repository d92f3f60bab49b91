package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.podium.engine.TimingStatus;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.spi.Diagnostic;

/**
 * The cells of a crew's row on a stage, read the same way in a timing sheet and in a race
 * folder's stage file: its status, words where its time would be, its penalty.
 */
final class TimedCells {

    private TimedCells() {
    }

    /** The row's status (empty or {@code OK}: finished); an unknown word is reported and gives empty. */
    static Optional<TimingStatus> status(Sheet sheet, SheetRow row) {
        String word = sheet.text(row, Meaning.STATUS);
        Optional<TimingStatus> status = StatusWords.timing(word);
        if (status.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, sheet.layout.column(Meaning.STATUS)), "unknown status '"
                    + word + "' (" + StatusWords.KNOWN + "); this row's time is not used"));
        }
        return status;
    }

    /**
     * A time cell that is not a time: words are a status when the status column says nothing
     * ({@code DNF}, {@code Accident}: retired); an unreadable cell and laps behind are reported, the
     * row kept without a time.
     */
    static TimingStatus wordInTime(Sheet sheet, SheetRow row, int column, ResultCell cell, TimingStatus status,
            String names) {
        switch (cell.kind()) {
            case UNREADABLE -> sheet.unreadable(row, column, cell);
            case LAPS_BEHIND -> sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "'" + cell.text()
                    + "' is laps behind, not a time: the classifications are computed from each crew's stage time;"
                    + " the row is kept without it"));
            case WORD -> {
                Optional<TimingStatus> said = StatusWords.timing(cell.text());
                TimingStatus taken = status != TimingStatus.FINISHED ? status : said.orElse(TimingStatus.RETIRED);
                if (said.isEmpty() || StatusWords.saysMore(cell.text())) {
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, column), "'" + cell.text() + "' where "
                            + names + "'s time would be: taken as " + taken.name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + " on this stage; the words are not kept (classifications computed"
                            + " from the times have no place for a reason)"));
                }
                return taken;
            }
            default -> {
                // a time, a gap or s.t.: resolved once the stage's rows are all read
            }
        }
        return status;
    }

    /** The row's penalty, when it has one, given to {@code rows}; a reason without a time is reported. */
    static void penalty(Sheet sheet, SheetRow row, int column, TimeReading reading, String entryId, String stage,
            TimedRows rows) {
        Optional<Duration> time = sheet.time(row, column, reading);
        String reason = sheet.text(row, Meaning.PENALTY_REASON);
        if (time.isPresent() && !time.get().isZero()) {
            rows.penalty(entryId, stage, time.get(), reason);
        } else if (reason != null && (column < 0 || TimeReading.isBlank(row.cell(column)))) {
            sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, sheet.layout.column(Meaning.PENALTY_REASON)),
                    "a penalty reason without a penalty time is not imported: '" + reason + "'"));
        }
    }
}
