package org.podium.model;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What real results carry beside a position and a time, when the source gives it: the crew's
 * place and gap within its class, laps completed or behind the leader, the starting grid position,
 * championship points, and why a crew did not finish. Every field may be null.
 *
 * @param classPosition the position within the entry's class ({@code 1. (10.)}: 1st in class)
 * @param classGap      the gap to the class leader, as the source gives it
 * @param laps          laps completed
 * @param lapsBehind    laps behind the leader ({@code +1 lap}), for a crew classified on laps
 * @param grid          the starting grid position
 * @param points        championship points awarded ({@code 15+1} is 16)
 * @param statusReason  why a crew did not finish or was not classified ({@code Accident}), as written
 */
public record RowDetails(Integer classPosition, Duration classGap, Integer laps, Integer lapsBehind, Integer grid,
        BigDecimal points, String statusReason) {

    /** No details: what a source that gives only positions and times has. */
    public static final RowDetails NONE = new RowDetails(null, null, null, null, null, null, null);

    public RowDetails {
        if (classGap != null && classGap.isNegative()) {
            throw new IllegalArgumentException("a gap is never negative: " + classGap);
        }
        if (points != null) {
            points = points.stripTrailingZeros();
            points = points.scale() < 0 ? points.setScale(0) : points;
        }
        statusReason = Text.cleanOrNull(statusReason);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public RowDetails withClassPosition(Integer value) {
        return new RowDetails(value, classGap, laps, lapsBehind, grid, points, statusReason);
    }

    public RowDetails withClassGap(Duration value) {
        return new RowDetails(classPosition, value, laps, lapsBehind, grid, points, statusReason);
    }

    public RowDetails withLaps(Integer value) {
        return new RowDetails(classPosition, classGap, value, lapsBehind, grid, points, statusReason);
    }

    public RowDetails withLapsBehind(Integer value) {
        return new RowDetails(classPosition, classGap, laps, value, grid, points, statusReason);
    }

    public RowDetails withGrid(Integer value) {
        return new RowDetails(classPosition, classGap, laps, lapsBehind, value, points, statusReason);
    }

    public RowDetails withPoints(BigDecimal value) {
        return new RowDetails(classPosition, classGap, laps, lapsBehind, grid, value, statusReason);
    }

    public RowDetails withStatusReason(String value) {
        return new RowDetails(classPosition, classGap, laps, lapsBehind, grid, points, value);
    }
}
