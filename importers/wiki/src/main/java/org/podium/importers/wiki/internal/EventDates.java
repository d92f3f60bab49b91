package org.podium.importers.wiki.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * The event's dates, and the year of a date written without one ({@code 28 December}). Tables
 * rarely write years; the prose does ("on 28 December 2001 … on 13 January 2002"). Without
 * prose dates the title's year is taken, and a December or November date is put in the year
 * before (a race that runs over the new year), with a diagnostic.
 */
final class EventDates {

    private static final String MONTHS =
            "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{1,2}) " + MONTHS + " (\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) " + MONTHS + "(?: (\\d{4}))?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s+");
    /** The American order: {@code July 1}, {@code July 23, 2006}. */
    private static final Pattern MONTH_DAY = Pattern.compile(MONTHS + " (\\d{1,2})(?:, (\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private final LocalDate start;
    private final LocalDate finish;
    private final Integer titleYear;
    private boolean yearGuessReported;

    private EventDates(LocalDate start, LocalDate finish, Integer titleYear) {
        this.start = start;
        this.finish = finish;
        this.titleYear = titleYear;
    }

    static EventDates from(String title, Iterable<String> prose) {
        MutableList<LocalDate> dates = Lists.mutable.empty();
        for (String paragraph : prose) {
            Matcher m = FULL_DATE.matcher(paragraph);
            while (m.find()) {
                calendarDate(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))
                        .ifPresent(dates::add);
            }
        }
        if (dates.isEmpty()) {
            // "from July 1 to July 23, 2006": the year is written once, after the last date.
            for (String paragraph : prose) {
                Matcher m = Pattern.compile(MONTHS + " (\\d{1,2})(?:–|\\s+to\\s+)" + MONTHS + " (\\d{1,2}), (\\d{4})")
                        .matcher(paragraph);
                if (m.find()) {
                    int y = Integer.parseInt(m.group(5));
                    calendarDate(y, month(m.group(1)), Integer.parseInt(m.group(2))).ifPresent(dates::add);
                    calendarDate(y, month(m.group(3)), Integer.parseInt(m.group(4))).ifPresent(dates::add);
                    break;
                }
            }
        }
        Matcher year = YEAR.matcher(title);
        Integer titleYear = year.find() ? Integer.valueOf(year.group(1)) : null;
        if (dates.isEmpty()) {
            return new EventDates(null, null, titleYear);
        }
        return new EventDates(dates.min(), dates.max(), titleYear);
    }

    LocalDate start() {
        return start;
    }

    LocalDate finish() {
        return finish;
    }

    /** The date a cell writes, with its year found; empty (and a diagnostic) when unreadable. */
    Optional<LocalDate> resolve(String text, SourcePosition where, Diagnostics diagnostics) {
        try {
            return resolveDate(text, where, diagnostics);
        } catch (DateTimeException e) {
            // 0 March, 30 February, 2026-13-01: the right shape, but no day of the calendar.
            diagnostics.report(Diagnostic.error(where, "'" + text.strip() + "' is no day of the calendar ("
                    + e.getMessage() + "); the stage is kept without a date"));
            return Optional.empty();
        }
    }

    /** A day the prose names, or empty when the calendar has no such day (0 March, 30 February). */
    private static Optional<LocalDate> calendarDate(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<LocalDate> resolveDate(String text, SourcePosition where, Diagnostics diagnostics) {
        // "Saturday, July 1", "Sat 1 July": the weekday adds nothing the date does not say.
        String trimmed = WEEKDAY.matcher(text.strip()).replaceFirst("");
        if (ISO.matcher(trimmed).matches()) {
            return Optional.of(LocalDate.parse(trimmed));
        }
        Matcher m = DAY_MONTH.matcher(trimmed);
        Matcher american = MONTH_DAY.matcher(trimmed);
        if (!m.matches() && american.matches()) {
            // Read as day, month, year through the same steps below.
            m = DAY_MONTH.matcher(american.group(2) + " " + american.group(1)
                    + (american.group(3) == null ? "" : " " + american.group(3)));
        }
        if (!m.matches()) {
            diagnostics.report(Diagnostic.error(where, "'" + trimmed + "' is not a date (expected a day and month"
                    + " such as '28 December'); the stage is kept without a date"));
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        Month month = month(m.group(2));
        if (m.group(3) != null) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
        }
        if (start != null) {
            for (int year = start.getYear(); year <= finish.getYear(); year++) {
                LocalDate candidate = LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))));
                if (!candidate.isBefore(start) && !candidate.isAfter(finish)) {
                    return Optional.of(candidate);
                }
            }
            diagnostics.report(Diagnostic.warning(where, "'" + trimmed + "' falls outside the event's dates ("
                    + start + " to " + finish + "); taken in " + start.getYear()));
            return Optional.of(LocalDate.of(start.getYear(), month, day));
        }
        if (titleYear == null) {
            diagnostics.report(Diagnostic.error(where, "'" + trimmed + "' has no year, and neither the prose nor the"
                    + " title gives one; the stage is kept without a date"));
            return Optional.empty();
        }
        int year = month.getValue() >= Month.NOVEMBER.getValue() ? titleYear - 1 : titleYear;
        if (!yearGuessReported) {
            yearGuessReported = true;
            diagnostics.report(Diagnostic.info(where, "the itinerary's dates have no year and the prose gives none:"
                    + " taken from the title (" + titleYear + "), November and December in " + (titleYear - 1)));
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
