package org.podium.generator.internal;

import java.io.IOException;
import org.podium.csv.CsvRecords;

/** How the timing sheet writes a cell: Podium's one CSV rule ({@link CsvRecords}), times as H:MM:SS. */
public final class Sheet {

    private Sheet() {
    }

    /** The field as it goes between commas: quoted, with doubled quotes, only when it has to be. */
    public static String field(String value) {
        return CsvRecords.field(value);
    }

    /**
     * The field, and with {@code spreadsheetSafe} a value a spreadsheet would run as a formula
     * {@code '}-prefixed first, by Podium's one rule for it ({@link CsvRecords#spreadsheetSafe}).
     */
    public static String field(String value, boolean spreadsheetSafe) {
        return CsvRecords.field(spreadsheetSafe ? CsvRecords.spreadsheetSafe(value) : value);
    }

    /**
     * Appends whole seconds as {@code H:MM:SS}, the form {@code org.podium.model.Times#format}
     * gives a whole-second time; written by hand because the sheet holds a hundred thousand of them.
     */
    public static void appendTime(Appendable out, long seconds) throws IOException {
        long hours = seconds / 3600;
        int minutes = (int) (seconds / 60 % 60);
        int secs = (int) (seconds % 60);
        out.append(Long.toString(hours)).append(':')
                .append((char) ('0' + minutes / 10)).append((char) ('0' + minutes % 10)).append(':')
                .append((char) ('0' + secs / 10)).append((char) ('0' + secs % 10));
    }
}
