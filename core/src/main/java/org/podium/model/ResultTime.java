package org.podium.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result cell read as the field writes it across motorsport, cycling and athletics, in one
 * place for every importer: a time, a gap to the leader, a number of laps behind, or "same time".
 *
 * <p>Notations read ({@code +} or a leading sign makes a gap; typographic quotes are the plain ones):
 * <ul>
 *   <li>colons: {@code 6:12} (min:s), {@code 3:40:58}, {@code 48:00:59}, {@code 39:09.726}, {@code +0:22};</li>
 *   <li>units: {@code 2h28m50.8s}, {@code 1h 02' 03"}, {@code 55' 19.23"}, {@code 6h 21' 20"},
 *       {@code + 1' 28"}, {@code +0' 32"}, {@code + 3m30.8s}, {@code 12.28"};</li>
 *   <li>three dotted groups: {@code 46.11.30} (h.mm.ss), {@code + 00.22.01};</li>
 *   <li>seconds in a gap: {@code +5.789}, {@code +12};</li>
 *   <li>laps: {@code +1 lap}, {@code +2 Laps}; same time: {@code s.t.}, {@code st}, {@code same time}.</li>
 * </ul>
 * A bare number with one dot ({@code 3.57}) is not read here: it is 3.57 s or 3 min 57 s, and only
 * its column can tell (see the CSV importer's per-column reading).
 *
 * @param kind     what the cell says
 * @param duration the time or gap; zero for same time and for laps
 * @param laps     laps behind, for {@link Kind#LAPS_BEHIND}; else 0
 */
public record ResultTime(Kind kind, Duration duration, int laps) {

    /** What a result cell says. */
    public enum Kind {
        /** A time: a stage time, a total, a winner's time. */
        TIME,
        /** A gap to the leader. */
        GAP,
        /** Behind the leader by whole laps ({@code +1 lap}). */
        LAPS_BEHIND,
        /** The same time as the rider ahead ({@code s.t.}). */
        SAME_TIME
    }

    private static final Pattern LAPS = Pattern.compile("\\+?\\s*(\\d{1,4})\\s*laps?", Pattern.CASE_INSENSITIVE);
    /** {@code s.t.}, {@code same time}, and the ditto {@code ,,} that cycling results sites print. */
    private static final Pattern SAME = Pattern.compile("s\\.?\\s?t\\.?|same time|,,", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNITS = Pattern.compile(
            "(?:(\\d{1,6})\\s*h)?\\s*(?:(\\d{1,6})\\s*(?:m|min|')(?![a-z]))?\\s*(?:(\\d{1,6})(?:[.,](\\d{1,3}))?\\s*(s|sec|\")?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,4})\\.(\\d{2})\\.(\\d{2})");
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,6})(?:[.,](\\d{1,3}))?");

    public ResultTime {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || laps < 0) {
            throw new IllegalArgumentException("a result time is never negative");
        }
    }

    /** Whether it is a gap to the leader, in time. */
    public boolean isGap() {
        return kind == Kind.GAP;
    }

    /**
     * The result a cell's text holds, or empty when it is no time at all (a status word, a name,
     * a bare {@code 3.57}).
     */
    public static Optional<ResultTime> read(String cell) {
        String text = normalise(cell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // Each pattern only where its first or last character can match: most cells are clock times.
        char first = text.charAt(0);
        char end = text.charAt(text.length() - 1);
        if ((first == 's' || first == 'S' || first == ',') && SAME.matcher(text).matches()) {
            return Optional.of(new ResultTime(Kind.SAME_TIME, Duration.ZERO, 0));
        }
        if (end == 'p' || end == 'P' || end == 's' || end == 'S') {
            Matcher laps = LAPS.matcher(text);
            if (laps.matches()) {
                return Optional.of(new ResultTime(Kind.LAPS_BEHIND, Duration.ZERO, Integer.parseInt(laps.group(1))));
            }
        }
        boolean gap = text.startsWith("+");
        String body = gap ? text.substring(1).strip() : text;
        Kind kind = gap ? Kind.GAP : Kind.TIME;
        return duration(body, gap).flatMap(Times::inRange).map(d -> new ResultTime(kind, d, 0));
    }

    private static Optional<Duration> duration(String body, boolean gap) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        if (body.indexOf(':') >= 0) {
            return Times.parseClock(body);
        }
        Matcher dotted = body.indexOf('.') >= 0 ? DOTTED.matcher(body) : null;
        if (dotted != null && dotted.matches()) {
            int minutes = Integer.parseInt(dotted.group(2));
            int seconds = Integer.parseInt(dotted.group(3));
            return minutes > 59 || seconds > 59 ? Optional.empty() : Optional.of(Duration.ofHours(
                    Long.parseLong(dotted.group(1))).plusMinutes(minutes).plusSeconds(seconds));
        }
        Matcher units = UNITS.matcher(body);
        // Seconds without their unit only after minutes: 2' 54.7 reads, a bare 54.7 does not.
        boolean unitsRead = units.matches() && (units.group(1) != null || units.group(2) != null
                || units.group(3) != null && units.group(5) != null);
        if (unitsRead && units.group(3) != null && units.group(5) == null && units.group(2) == null) {
            unitsRead = false;
        }
        if (unitsRead) {
            long hours = units.group(1) == null ? 0 : Long.parseLong(units.group(1));
            long minutes = units.group(2) == null ? 0 : Long.parseLong(units.group(2));
            long seconds = units.group(3) == null ? 0 : Long.parseLong(units.group(3));
            // 1h 02' 03": once a larger unit is given, the smaller ones stay below 60.
            if ((units.group(1) != null && minutes > 59) || (units.group(2) != null && seconds > 59)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds)
                    .plusMillis(millis(units.group(4))));
        }
        if (!gap) {
            return Optional.empty();
        }
        Matcher seconds = SECONDS.matcher(body);
        if (seconds.matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(seconds.group(1))).plusMillis(millis(seconds.group(2))));
        }
        return Optional.empty();
    }

    private static long millis(String fraction) {
        return fraction == null ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
    }

    private static boolean plain(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            switch (cell.charAt(i)) {
                case '\u2032', '\u2019', '\u2018', '\u00B4', '\u2033', '\u201D', '\u201C', '\u02BA', '\u00A0', '\u2009',
                        '\u202F', '\u2212' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** Typographic quotes and primes as plain ones, non-breaking and thin spaces as spaces, trimmed. */
    private static String normalise(String cell) {
        if (plain(cell)) {
            // Nothing to replace: no copy (String.replace returns the string itself when it finds nothing).
            return cell.strip().replace("''", "\"");
        }
        StringBuilder text = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\u2032', '\u2019', '\u2018', '\u00B4' -> text.append('\'');
                case '\u2033', '\u201D', '\u201C', '\u02BA' -> text.append('"');
                case '\u00A0', '\u2009', '\u202F' -> text.append(' ');
                case '\u2212' -> text.append('-');
                default -> text.append(c);
            }
        }
        // Two single quotes for seconds, as some tables write them.
        return text.toString().strip().replace("''", "\"");
    }
}
