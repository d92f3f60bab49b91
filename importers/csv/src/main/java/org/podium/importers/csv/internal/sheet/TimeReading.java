package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.model.Times;

/**
 * How a column writes its times. Most notations read one way ({@code 3:59:18.9}, {@code 6:12},
 * {@code +5.789}); a dot followed by two digits reads two: {@code 3.57} is 3.57 s as a decimal or
 * 3 min 57 s when the dot stands for a colon, {@code 1:00.44} 1 min 0.44 s or 1 h 00 min 44 s.
 */
enum TimeReading {
    /** A dot starts a decimal fraction of a second. */
    DECIMAL("a dot starts decimals of a second"),
    /** A dot followed by two digits stands for a colon. */
    DOTTED("a dot before two digits stands for ':' (3.57 = 3 min 57 s, 1:00.44 = 1 h 00 min 44 s)");

    private static final Pattern SECONDS = Pattern.compile("(\\d+)(?:\\.(\\d{1,3}))?");
    private static final Pattern CLOCK = Pattern.compile("(?:\\d+:)?\\d+:\\d{2}(?:\\.\\d{1,3})?");
    private static final Pattern DOTTED_MINUTES = Pattern.compile("(\\d+)\\.(\\d{2})");
    private static final Pattern DOTTED_HOURS = Pattern.compile("(\\d+):(\\d{2})\\.(\\d{2})");

    private final String description;

    TimeReading(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** Whether a cell holds no time at all (empty, or a dash). */
    static boolean isBlank(String cell) {
        String text = cell.strip();
        return text.isEmpty() || text.equals("-") || text.equals("–") || text.equals("—");
    }

    /** The time a cell holds under this reading; empty when it fits no notation. */
    Optional<Duration> read(String cell) {
        String text = cell.strip();
        if (text.startsWith("+")) {
            text = text.substring(1).strip();
        }
        if (this == DOTTED) {
            Optional<Duration> dotted = dotted(text);
            if (dotted.isPresent()) {
                return dotted;
            }
        }
        Matcher seconds = SECONDS.matcher(text);
        if (seconds.matches()) {
            long millis = seconds.group(2) == null ? 0 : Long.parseLong((seconds.group(2) + "00").substring(0, 3));
            return safe(() -> Duration.ofSeconds(Long.parseLong(seconds.group(1))).plusMillis(millis));
        }
        if (CLOCK.matcher(text).matches()) {
            return Times.parseClock(text);
        }
        return Optional.empty();
    }

    /** Whether the two readings give this cell two different times. */
    static boolean readsTwoWays(String cell) {
        Optional<Duration> decimal = DECIMAL.read(cell);
        Optional<Duration> dotted = DOTTED.read(cell);
        return decimal.isPresent() && dotted.isPresent() && !decimal.get().equals(dotted.get());
    }

    private static Optional<Duration> dotted(String text) {
        Matcher minutes = DOTTED_MINUTES.matcher(text);
        if (minutes.matches()) {
            int seconds = Integer.parseInt(minutes.group(2));
            return seconds > 59 ? Optional.empty()
                    : safe(() -> Duration.ofMinutes(Long.parseLong(minutes.group(1))).plusSeconds(seconds));
        }
        Matcher hours = DOTTED_HOURS.matcher(text);
        if (hours.matches()) {
            int mins = Integer.parseInt(hours.group(2));
            int seconds = Integer.parseInt(hours.group(3));
            return mins > 59 || seconds > 59 ? Optional.empty()
                    : safe(() -> Duration.ofHours(Long.parseLong(hours.group(1))).plusMinutes(mins).plusSeconds(seconds));
        }
        return Optional.empty();
    }

    private static Optional<Duration> safe(java.util.function.Supplier<Duration> time) {
        try {
            return Times.inRange(time.get());
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }
}
