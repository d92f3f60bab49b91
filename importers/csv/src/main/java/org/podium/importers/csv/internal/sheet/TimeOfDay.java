package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Times;

/**
 * A time of day as schedules write it: {@code 08:03}, {@code 8:03}, {@code 14h05}, {@code 08:03:00},
 * {@code 8:03 am}. It says when something starts and is never a result, even where {@code 9:41}
 * could also be 9 min 41 s: which one a column holds is decided by its header and its place.
 */
final class TimeOfDay {

    private static final Pattern CLOCK = Pattern.compile(
            "([01]?\\d|2[0-3])\\s*[:h]\\s*([0-5]\\d)(?::([0-5]\\d))?(?:\\s*[ap]\\.?\\s?m\\.?)?", Pattern.CASE_INSENSITIVE);

    private static final Duration DAY = Duration.ofDays(1);

    private static final Pattern SCHEDULE_MARK = Pattern.compile("\\dh|[ap]\\.?\\s?m", Pattern.CASE_INSENSITIVE);

    private TimeOfDay() {
    }

    static boolean is(String cell) {
        return CLOCK.matcher(cell.strip()).matches();
    }

    /**
     * The time of day a cell holds, as the time since midnight: {@code 08:03:00}, {@code 8:03:00.4}
     * (seconds with tenths or milliseconds, read as times are), or as schedules write it
     * ({@code 08:03}, {@code 14h05}, {@code 8:03 pm}); empty when it is none, or not before 24:00.
     */
    static Optional<Duration> read(String cell) {
        String text = cell.strip();
        if (text.indexOf(':') != text.lastIndexOf(':')) {
            return Times.clock(text).filter(time -> time.compareTo(DAY) < 0);
        }
        Matcher m = CLOCK.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(1));
        String lower = text.toLowerCase(Locale.ROOT);
        boolean am = lower.endsWith("am") || lower.endsWith("a.m.") || lower.endsWith("a.m");
        boolean pm = lower.endsWith("pm") || lower.endsWith("p.m.") || lower.endsWith("p.m");
        if ((am || pm) && (hours < 1 || hours > 12)) {
            return Optional.empty();
        }
        hours = am && hours == 12 ? 0 : pm && hours < 12 ? hours + 12 : hours;
        return Optional.of(Duration.ofHours(hours).plusMinutes(Integer.parseInt(m.group(2)))
                .plusSeconds(m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    /**
     * Whether the column has values and every one of them is a time of day written as schedules
     * write it, hours and minutes only, the hour in two digits or with {@code h} or am/pm
     * ({@code 08:03}, {@code 14h05}, {@code 8:03 pm}): a column whose header does not say "start
     * time" is taken for one only then, since {@code 9:41} and {@code 1:00:00} are more often results.
     */
    static boolean column(ImmutableList<SheetRow> rows, int column) {
        boolean any = false;
        for (SheetRow row : rows) {
            String cell = row.cell(column).strip();
            if (TimeReading.isBlank(cell)) {
                continue;
            }
            Matcher m = CLOCK.matcher(cell);
            boolean scheduled = m.matches() && m.group(3) == null
                    && (m.group(1).length() == 2 || SCHEDULE_MARK.matcher(cell).find());
            if (!scheduled) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
