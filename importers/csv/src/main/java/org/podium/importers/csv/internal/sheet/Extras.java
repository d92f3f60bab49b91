package org.podium.importers.csv.internal.sheet;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.spi.Diagnostic;

/**
 * The numbers results carry beside times: championship points ({@code 25}, {@code 15+1} with a
 * bonus point, {@code 0.5}), laps completed, grid positions. A cell that is none is reported where
 * it is and the row kept without it.
 */
final class Extras {

    private static final Pattern POINTS = Pattern.compile("\\d+(?:[.,]\\d+)?(?:\\s*\\+\\s*\\d+(?:[.,]\\d+)?)*");
    private static final Pattern TERM = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");

    private Extras() {
    }

    /** Points, null when the cell is empty or unreadable. */
    static BigDecimal points(Sheet sheet, SheetRow row) {
        int column = sheet.layout.column(Meaning.POINTS);
        String text = column < 0 ? "" : row.cell(column).strip();
        if (TimeReading.isBlank(text)) {
            return null;
        }
        if (!POINTS.matcher(text).matches()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "cannot read '" + text + "' in "
                    + sheet.layout.header(column) + " as points (25, 15+1, 0.5); the row is kept without them"));
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Matcher term = TERM.matcher(text);
        while (term.find()) {
            sum = sum.add(new BigDecimal(term.group().replace(',', '.')));
        }
        return sum;
    }

    /** A whole number in the column of this meaning, null when the cell is empty or unreadable. */
    static Integer whole(Sheet sheet, SheetRow row, Meaning meaning) {
        int column = sheet.layout.column(meaning);
        String text = column < 0 ? "" : row.cell(column).strip();
        if (TimeReading.isBlank(text)) {
            return null;
        }
        String digits = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (WHOLE.matcher(digits).matches()) {
            return Integer.valueOf(digits);
        }
        sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "cannot read '" + text + "' in "
                + sheet.layout.header(column) + " as " + (meaning == Meaning.LAPS ? "a number of laps" : "a " + meaning.label())
                + " (a whole number); the row is kept without it"));
        return null;
    }
}
