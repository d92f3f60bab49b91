package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Times;

/** Decides, per column and never per cell, which {@link TimeReading} a time column uses. */
final class TimeColumns {

    private TimeColumns() {
    }

    /**
     * The readings the column's cells allow: DOTTED too only when some cell reads two ways, every
     * such cell is a valid dotted time, and no cell has a three-digit fraction (milliseconds).
     */
    static ImmutableList<TimeReading> candidates(ImmutableList<SheetRow> rows, int column) {
        if (column < 0) {
            return Lists.immutable.of(TimeReading.DECIMAL);
        }
        boolean twoWays = false;
        for (SheetRow row : rows) {
            String cell = row.cell(column).strip();
            int fraction = fractionDigits(cell);
            if (fraction == 3) {
                return Lists.immutable.of(TimeReading.DECIMAL);
            }
            if (fraction == 2 && TimeReading.DOTTED.read(cell).isEmpty()) {
                return Lists.immutable.of(TimeReading.DECIMAL);
            }
            twoWays |= TimeReading.readsTwoWays(cell);
        }
        return twoWays ? Lists.immutable.of(TimeReading.DECIMAL, TimeReading.DOTTED) : Lists.immutable.of(TimeReading.DECIMAL);
    }

    /**
     * How many digits follow the dot of a cell written {@code +?[0-9:]*[.][0-9]+} (milliseconds
     * have three, hundredths two), or -1 for any other cell.
     */
    private static int fractionDigits(String cell) {
        int start = cell.startsWith("+") ? 1 : 0;
        int dot = cell.indexOf('.', start);
        if (dot < 0 || !Times.digits(cell, dot + 1, cell.length())) {
            return -1;
        }
        for (int i = start; i < dot; i++) {
            char c = cell.charAt(i);
            if ((c < '0' || c > '9') && c != ':') {
                return -1;
            }
        }
        return cell.length() - dot - 1;
    }

    /** One reading of a time column and a gap column together, with how many rows it makes consistent. */
    record Choice(TimeReading time, TimeReading gap, int consistent, int comparable) {
    }

    /**
     * The readings under which the most rows have gap = time − leader's time (the leader being the
     * fastest time); the decimal reading wins a draw, being the common one.
     */
    static Choice chooseByGaps(ImmutableList<SheetRow> rows, int timeColumn, int gapColumn) {
        Choice best = null;
        for (TimeReading timeReading : candidates(rows, timeColumn)) {
            for (TimeReading gapReading : candidates(rows, gapColumn)) {
                Choice choice = score(rows, timeColumn, gapColumn, timeReading, gapReading);
                if (best == null || choice.consistent() > best.consistent()) {
                    best = choice;
                }
            }
        }
        return best;
    }

    /** How many rows the readings make consistent. */
    static Choice score(ImmutableList<SheetRow> rows, int timeColumn, int gapColumn, TimeReading timeReading,
            TimeReading gapReading) {
        MutableList<Duration[]> pairs = Lists.mutable.empty();
        Duration leader = null;
        for (SheetRow row : rows) {
            // Only a time counts in the time column: its "+" cells are gaps (a winner's time, then gaps).
            Optional<Duration> time = value(row, timeColumn, timeReading, ResultCell.Kind.TIME);
            Optional<Duration> gap = value(row, gapColumn, gapReading, null);
            if (time.isPresent() && (leader == null || time.get().compareTo(leader) < 0)) {
                leader = time.get();
            }
            if (time.isPresent() && gap.isPresent()) {
                pairs.add(new Duration[] {time.get(), gap.get()});
            }
        }
        int consistent = 0;
        for (Duration[] pair : pairs) {
            if (leader != null && pair[0].minus(leader).equals(pair[1])) {
                consistent++;
            }
        }
        return new Choice(timeReading, gapReading, consistent, pairs.size());
    }

    private static Optional<Duration> value(SheetRow row, int column, TimeReading reading, ResultCell.Kind only) {
        if (column < 0) {
            return Optional.empty();
        }
        ResultCell cell = ResultCell.read(row.cell(column), reading);
        return cell.hasDuration() && (only == null || cell.kind() == only) ? Optional.of(cell.duration())
                : Optional.empty();
    }
}
