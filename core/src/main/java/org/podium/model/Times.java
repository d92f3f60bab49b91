package org.podium.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times as Podium writes them, and the clock notations sources use.
 *
 * <p>Written form ({@link #format}): {@code H:MM:SS} with as many hour digits as needed, then
 * {@code .} and milliseconds without trailing zeros when there are any ({@code 0:06:12},
 * {@code 48:00:59}, {@code 0:44:44.982}, {@code 0:00:05.7}). The data package and every document
 * use it, so a time reads the same everywhere.
 */
public final class Times {

    /** A clock or a unit notation whose first number has five digits or more: beyond {@link #LONGEST}. */
    private static final Pattern TOO_LONG = Pattern.compile("\\+?\\s*\\d{5,}\\s*(?:[:.h]|$).*");

    /**
     * The longest time Podium reads: 9 999 hours, more than a year of racing. A cell beyond it is a
     * typing error, not a result, and sums and milliseconds of such times would overflow later.
     */
    public static final Duration LONGEST = Duration.ofHours(10_000).minusMillis(1);

    private Times() {
    }

    /** The time when it is one Podium reads (not negative, at most {@link #LONGEST}), else empty. */
    public static Optional<Duration> inRange(Duration time) {
        return time.isNegative() || time.compareTo(LONGEST) > 0 ? Optional.empty() : Optional.of(time);
    }

    /**
     * Whether a cell that no notation read holds a time too long for Podium ({@code 99999:04:19}),
     * so a message can say it is out of range rather than not a time.
     */
    public static boolean looksTooLong(String cell) {
        return TOO_LONG.matcher(cell.strip()).matches();
    }

    public static String format(Duration time) {
        if (time.isNegative()) {
            throw new IllegalArgumentException("a time is never negative: " + time);
        }
        long totalMillis = time.toMillis();
        long hours = totalMillis / 3_600_000;
        long minutes = totalMillis / 60_000 % 60;
        long seconds = totalMillis / 1000 % 60;
        long millis = totalMillis % 1000;
        StringBuilder text = new StringBuilder().append(hours).append(':');
        twoDigits(text, minutes).append(':');
        twoDigits(text, seconds);
        if (millis != 0) {
            String fraction = String.format(java.util.Locale.ROOT, "%03d", millis);
            text.append('.').append(fraction.replaceAll("0+$", ""));
        }
        return text.toString();
    }

    /** A gap as documents print it: {@code +0:47:52}. */
    public static String formatGap(Duration gap) {
        return "+" + format(gap);
    }

    /**
     * Reads the colon notation of wiki tables: {@code 6:12} is minutes:seconds, {@code 3:40:58}
     * and {@code 48:00:59} hours:minutes:seconds; a leading {@code +} (a gap) is allowed, and
     * milliseconds after a dot. Empty when the text is not such a time.
     */
    public static Optional<Duration> parseClock(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("+")) {
            trimmed = trimmed.substring(1).strip();
        }
        return clock(trimmed);
    }

    /**
     * The colon notation of {@link #parseClock} on the text exactly as given (no sign, no spaces):
     * {@code (H+:)?M+:SS(.f{1,3})?}. Scanned by hand, not with a regular expression: every time
     * cell of a sheet goes through here, and a matcher per cell was a third of reading a sheet.
     */
    public static Optional<Duration> clock(String text) {
        int length = text.length();
        int firstColon = text.indexOf(':');
        if (firstColon < 0) {
            return Optional.empty();
        }
        int secondColon = text.indexOf(':', firstColon + 1);
        int hoursEnd = -1;
        int minutesStart = 0;
        int minutesEnd = firstColon;
        if (secondColon >= 0) {
            hoursEnd = firstColon;
            minutesStart = firstColon + 1;
            minutesEnd = secondColon;
        }
        int secondsStart = minutesEnd + 1;
        if (hoursEnd >= 0 && !digits(text, 0, hoursEnd) || !digits(text, minutesStart, minutesEnd)
                || secondsStart + 2 > length || !digits(text, secondsStart, secondsStart + 2)) {
            return Optional.empty();
        }
        int fractionStart = secondsStart + 2;
        if (fractionStart < length) {
            int fractionLength = length - fractionStart - 1;
            if (text.charAt(fractionStart) != '.' || fractionLength < 1 || fractionLength > 3
                    || !digits(text, fractionStart + 1, length)) {
                return Optional.empty();
            }
        }
        int minutesLength = minutesEnd - minutesStart;
        // Beyond LONGEST before any arithmetic: 99999999999999999999:04:19 is not a long.
        if (hoursEnd > 4 || minutesLength > 6) {
            return Optional.empty();
        }
        long hours = hoursEnd < 0 ? 0 : number(text, 0, hoursEnd);
        long minutes = number(text, minutesStart, minutesEnd);
        long seconds = number(text, secondsStart, secondsStart + 2);
        // With hours, the minutes are two digits: 0:020:02 is two cells run together, never 0:20:02.
        if (seconds > 59 || (hoursEnd >= 0 && (minutes > 59 || minutesLength != 2))) {
            return Optional.empty();
        }
        long millis = fractionStart < length ? millis(text, fractionStart + 1, length) : 0;
        return inRange(Duration.ofMillis((((hours * 60 + minutes) * 60) + seconds) * 1000 + millis));
    }

    /** Whether {@code text[start, end)} is one or more ASCII digits, what a pattern's digit class matches. */
    public static boolean digits(CharSequence text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of the ASCII digits {@code text[start, end)}, at most 18 of them. */
    public static long number(CharSequence text, int start, int end) {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** One to three digits of a fraction of a second as milliseconds: {@code 7} is 700, {@code 25} 250. */
    public static long millis(CharSequence text, int start, int end) {
        long value = number(text, start, end);
        for (int i = end - start; i < 3; i++) {
            value *= 10;
        }
        return value;
    }

    private static StringBuilder twoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
