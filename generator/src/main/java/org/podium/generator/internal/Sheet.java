package org.podium.generator.internal;

import java.io.IOException;
import org.podium.csv.CsvRecords;

/**
 * How the timing sheet and the race folder write a cell: Podium's one CSV rule ({@link CsvRecords}),
 * times as H:MM:SS, times of day as HH:MM:SS.
 */
public final class Sheet {

    /** Seconds in a day: a time of day is taken modulo it. */
    public static final long SECONDS_PER_DAY = 24 * 3600;

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
        out.append(Long.toString(seconds / 3600));
        appendMinutesAndSeconds(out, seconds);
    }

    /**
     * Appends a time of day as {@code HH:MM:SS}, as a start or finish control's clock shows it:
     * {@code seconds} past midnight, taken modulo a day, so a finish after midnight reads as the
     * next morning's clock.
     */
    public static void appendTimeOfDay(Appendable out, long seconds) throws IOException {
        long ofDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        appendTwoDigits(out, (int) (ofDay / 3600));
        appendMinutesAndSeconds(out, ofDay);
    }

    /** {@code :MM:SS} of whole seconds. */
    private static void appendMinutesAndSeconds(Appendable out, long seconds) throws IOException {
        appendTwoDigits(out.append(':'), (int) (seconds / 60 % 60));
        appendTwoDigits(out.append(':'), (int) (seconds % 60));
    }

    private static void appendTwoDigits(Appendable out, int value) throws IOException {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
