package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Times;
import org.podium.spi.Diagnostic;

/**
 * A stage time from when a crew started and finished (a race folder's stage file): each a time of
 * day ({@code 08:03:00}, {@code 8:03:00.4}) or a date-time ({@code 2026-01-05T08:03:00},
 * {@code 2026-01-05 08:03:00}). A finish time of day earlier than its start is on the next day (a
 * night stage); a date-time finish earlier than its start is an error, as is a time of day beside
 * a date-time (which day it is on is then a guess).
 */
final class ClockTimes {

    /** What a start or finish cell may be, for messages. */
    static final String NOTATIONS = "a time of day such as 08:03:00 or 8:03:00.4, or a date-time such as"
            + " 2026-01-05T08:03:00";

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})(?:T|\\s+)(.+)");
    private static final Duration DAY = Duration.ofDays(1);

    /** A start or a finish: the time since midnight, on a date when the cell gives one. */
    record Clock(LocalDate date, Duration ofDay) {

        /** The time since the start of {@code day}. */
        Duration since(LocalDate day) {
            return Duration.ofDays(ChronoUnit.DAYS.between(day, date)).plus(ofDay);
        }
    }

    /** The elapsed time, or why there is none. */
    record Elapsed(Duration time, String error) {
    }

    private ClockTimes() {
    }

    /** The start or finish a cell holds; empty when it is neither a time of day nor a date-time. */
    static Optional<Clock> read(String cell) {
        String text = cell.strip();
        Matcher m = DATE_TIME.matcher(text);
        if (m.matches()) {
            Optional<LocalDate> date = DateText.parse(m.group(1), null);
            Optional<Duration> time = TimeOfDay.read(m.group(2));
            return date.isPresent() && time.isPresent() ? Optional.of(new Clock(date.get(), time.get()))
                    : Optional.empty();
        }
        return TimeOfDay.read(text).map(time -> new Clock(null, time));
    }

    /** Finish − start, the finish of a time of day before its start taken on the next day. */
    static Elapsed elapsed(Clock start, Clock finish) {
        if ((start.date() == null) != (finish.date() == null)) {
            return new Elapsed(null, "one of start and finish is a date-time and the other a time of day: write both"
                    + " the same way");
        }
        if (start.date() == null) {
            Duration time = finish.ofDay().minus(start.ofDay());
            return new Elapsed(time.isNegative() ? time.plus(DAY) : time, null);
        }
        Duration time = finish.since(start.date()).minus(start.ofDay());
        if (time.isNegative()) {
            return new Elapsed(null, "the finish is before the start, by " + Times.format(time.negated()));
        }
        return Times.inRange(time).map(t -> new Elapsed(t, null))
                .orElseGet(() -> new Elapsed(null, "the finish is more than " + Times.format(Times.LONGEST)
                        + " after the start"));
    }

    /**
     * The row's time cell, or the time from its start and finish when it has none: a finish time of
     * day earlier than its start is on the next day. A time and a start and finish that disagree,
     * and a start or finish that cannot be read, are errors; the time column's is used.
     */
    static ResultCell cell(Sheet sheet, SheetRow row, ResultCell cell) {
        int startColumn = sheet.layout.column(Meaning.CLOCK_START);
        int finishColumn = sheet.layout.column(Meaning.CLOCK_FINISH);
        String start = sheet.text(row, Meaning.CLOCK_START);
        String finish = sheet.text(row, Meaning.CLOCK_FINISH);
        Optional<Clock> started = clockCell(sheet, row, startColumn, start);
        Optional<Clock> finished = clockCell(sheet, row, finishColumn, finish);
        if (started.isEmpty() || finished.isEmpty()) {
            return cell;
        }
        Elapsed elapsed = elapsed(started.get(), finished.get());
        String both = "start " + start + " and finish " + finish;
        if (elapsed.error() != null) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, finishColumn), both + ": " + elapsed.error()
                    + "; the row is kept without a time"));
            return cell;
        }
        int timeColumn = sheet.layout.column(Meaning.TIME);
        if (cell.kind() == ResultCell.Kind.BLANK) {
            return new ResultCell(ResultCell.Kind.TIME, elapsed.time(), 0, start + " → " + finish);
        }
        if (cell.kind() != ResultCell.Kind.TIME || !cell.duration().equals(elapsed.time())) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, timeColumn), "'" + cell.text() + "' in "
                    + sheet.layout.header(timeColumn) + ", but " + both + " give " + Times.format(elapsed.time())
                    + "; the time column's is used"));
        }
        return cell;
    }

    /** A start or finish cell; empty when blank, or unreadable (said). */
    private static Optional<Clock> clockCell(Sheet sheet, SheetRow row, int column, String text) {
        if (text == null || TimeReading.isBlank(text)) {
            return Optional.empty();
        }
        Optional<Clock> clock = read(text);
        if (clock.isEmpty()) {
            sheet.diagnostics.report(Diagnostic.error(sheet.at(row, column), "cannot read '" + text + "' in "
                    + sheet.layout.header(column) + " as " + NOTATIONS + "; the row is kept without a time"));
        }
        return clock;
    }
}
