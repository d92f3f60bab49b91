package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Optional;
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
        // Scanned by hand: every time cell of a sheet is read here, a regular expression per cell was the cost.
        // Seconds: digits, then a dot and one to three digits.
        int dot = text.indexOf('.');
        int wholeEnd = dot < 0 ? text.length() : dot;
        int fraction = text.length() - wholeEnd - 1;
        if (Times.digits(text, 0, wholeEnd) && (dot < 0 || fraction >= 1 && fraction <= 3
                && Times.digits(text, dot + 1, text.length()))) {
            String seconds = text;
            long millis = dot < 0 ? 0 : Times.millis(text, dot + 1, text.length());
            return safe(() -> Duration.ofSeconds(Long.parseLong(seconds, 0, wholeEnd, 10)).plusMillis(millis));
        }
        return Times.clock(text);
    }

    /** Whether the two readings give this cell two different times. */
    static boolean readsTwoWays(String cell) {
        Optional<Duration> decimal = DECIMAL.read(cell);
        Optional<Duration> dotted = DOTTED.read(cell);
        return decimal.isPresent() && dotted.isPresent() && !decimal.get().equals(dotted.get());
    }

    /** {@code 3.57}: minutes, a dot, two digits of seconds; {@code 1:00.44}: hours, minutes, seconds. */
    private static Optional<Duration> dotted(String text) {
        int dot = text.indexOf('.');
        if (dot < 0 || text.length() - dot - 1 != 2 || !Times.digits(text, dot + 1, text.length())) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            if (!Times.digits(text, 0, dot)) {
                return Optional.empty();
            }
            long seconds = Times.number(text, dot + 1, text.length());
            return seconds > 59 ? Optional.empty()
                    : safe(() -> Duration.ofMinutes(Long.parseLong(text, 0, dot, 10)).plusSeconds(seconds));
        }
        if (colon + 3 != dot || !Times.digits(text, 0, colon) || !Times.digits(text, colon + 1, dot)) {
            return Optional.empty();
        }
        long mins = Times.number(text, colon + 1, dot);
        long seconds = Times.number(text, dot + 1, text.length());
        return mins > 59 || seconds > 59 ? Optional.empty()
                : safe(() -> Duration.ofHours(Long.parseLong(text, 0, colon, 10)).plusMinutes(mins).plusSeconds(seconds));
    }

    private static Optional<Duration> safe(java.util.function.Supplier<Duration> time) {
        try {
            return Times.inRange(time.get());
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }
}
