package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.spi.Diagnostic;

/** Decides the reading of time columns and says which one was taken, and why. */
final class ReadingReport {

    private ReadingReport() {
    }

    /** A column with nothing to check it against: the decimal reading, said when the other was possible. */
    static TimeReading single(Sheet sheet, int column) {
        ImmutableList<TimeReading> candidates = TimeColumns.candidates(sheet.rows, column);
        if (candidates.size() > 1) {
            sheet.diagnostics.report(Diagnostic.info(sheet.header(column), "column '" + sheet.layout.header(column)
                    + "' has values such as " + example(sheet, column) + " that read two ways; read with "
                    + TimeReading.DECIMAL.description() + " (nothing in the table tells the other reading apart)"));
        }
        return TimeReading.DECIMAL;
    }

    /** A time and a gap column: the readings under which gap = time − leader's time holds on most rows. */
    static TimeColumns.Choice pair(Sheet sheet, int timeColumn, int gapColumn) {
        TimeColumns.Choice choice = TimeColumns.chooseByGaps(sheet.rows, timeColumn, gapColumn);
        boolean timeTwoWays = TimeColumns.candidates(sheet.rows, timeColumn).size() > 1;
        boolean gapTwoWays = TimeColumns.candidates(sheet.rows, gapColumn).size() > 1;
        if (timeTwoWays || gapTwoWays) {
            TimeColumns.Choice decimal = TimeColumns.score(sheet.rows, timeColumn, gapColumn, TimeReading.DECIMAL,
                    TimeReading.DECIMAL);
            int column = gapTwoWays ? gapColumn : timeColumn;
            TimeReading taken = gapTwoWays ? choice.gap() : choice.time();
            sheet.diagnostics.report(Diagnostic.info(sheet.header(column), "column '" + sheet.layout.header(column)
                    + "' has values such as " + example(sheet, column) + " that read two ways; read with "
                    + taken.description() + ": then gap = time − leader's time on " + choice.consistent() + " of "
                    + choice.comparable() + " rows, against " + decimal.consistent() + " with decimals of a second"));
        }
        return choice;
    }

    private static String example(Sheet sheet, int column) {
        for (SheetRow row : sheet.rows) {
            if (TimeReading.readsTwoWays(row.cell(column))) {
                return "'" + row.cell(column).strip() + "'";
            }
        }
        return "these";
    }
}
