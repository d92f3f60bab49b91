package org.podium.check;

import java.time.Duration;
import org.podium.model.Times;

/** Durations in the words findings use. */
final class Durations {

    private Durations() {
    }

    static String format(Duration time) {
        return Times.format(time);
    }

    /** {@code 14-minute}, or the clock form when it is not whole minutes. */
    static String minutes(Duration time) {
        return time.toSecondsPart() == 0 && time.toMillisPart() == 0 ? time.toMinutes() + "-minute" : Times.format(time);
    }

    /** {@code +0:18:00} or {@code -0:00:05}. */
    static String signed(Duration difference) {
        return (difference.isNegative() ? "-" : "+") + Times.format(difference.abs());
    }
}
