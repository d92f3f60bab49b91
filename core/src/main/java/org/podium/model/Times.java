package org.podium.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
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

    private static final Pattern CLOCK =
            Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{2})(?:\\.(\\d{1,3}))?");

    private Times() {
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
        Matcher m = CLOCK.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long minutes = Long.parseLong(m.group(2));
            long seconds = Long.parseLong(m.group(3));
            // With hours, the minutes are two digits: 0:020:02 is two cells run together, never 0:20:02.
            if (seconds > 59 || (m.group(1) != null && (minutes > 59 || m.group(2).length() != 2))) {
                return Optional.empty();
            }
            long millis = 0;
            if (m.group(4) != null) {
                String digits = (m.group(4) + "00").substring(0, 3);
                millis = Long.parseLong(digits);
            }
            return Optional.of(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusMillis(millis));
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            // More hours or minutes than a long or a Duration holds: no time anyone ran.
            return Optional.empty();
        }
    }

    private static StringBuilder twoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }
}
