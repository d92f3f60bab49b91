package org.podium.check;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.ResultStatus;

/**
 * Within each class of one classification (the crews whose entries have that
 * {@link Entry#vehicleClass()}): class gap = time − the time of the class leader, the best-placed
 * crew of that class in the table; class positions in order of time, crews level on time sharing
 * one; without times, class positions in the order of the overall positions.
 *
 * <p>A class gap is never compared with the overall leader, nor an overall gap with the class
 * leader. When the best-placed crew of a class in the table is not its leader (its class position
 * is not 1, or it has a class gap), the leader is not in the table, and the class gaps are not
 * checked. A crew without a class, or laps behind, has no class gap to check.
 */
final class ClassChecks {

    private ClassChecks() {
    }

    static void run(CheckContext context, Classification table, Integer mostLaps) {
        Map<String, MutableList<ClassificationRow>> byClass = new LinkedHashMap<>();
        for (ClassificationRow row : table.rows()) {
            Entry entry = context.entries.get(row.entryId());
            if (row.status() == ResultStatus.CLASSIFIED && entry != null && entry.vehicleClass() != null) {
                byClass.computeIfAbsent(entry.vehicleClass(), c -> Lists.mutable.empty()).add(row);
            }
        }
        byClass.forEach((vehicleClass, rows) -> {
            checkGaps(context, table, vehicleClass, rows, mostLaps);
            checkOrder(context, table, vehicleClass, rows, mostLaps);
        });
    }

    private static void checkGaps(CheckContext context, Classification table, String vehicleClass,
            MutableList<ClassificationRow> rows, Integer mostLaps) {
        ClassificationRow leader = rows.toSortedList(Comparator
                .comparing(ClassificationRow::position, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.details().classPosition(), Comparator.nullsLast(Comparator.naturalOrder())))
                .getFirst();
        Integer leaderClassPosition = leader.details().classPosition();
        Duration leaderClassGap = leader.details().classGap();
        if (leader.time() == null || TableChecks.lapped(leader, mostLaps)
                || (leaderClassPosition != null && leaderClassPosition != 1)
                || (leaderClassGap != null && !leaderClassGap.isZero())) {
            return;
        }
        for (ClassificationRow row : rows) {
            Duration classGap = row.details().classGap();
            if (row == leader || classGap == null || row.time() == null || row.timeDerived()
                    || TableChecks.lapped(row, mostLaps)) {
                continue;
            }
            Duration expected = row.time().minus(leader.time());
            if (!expected.equals(classGap)) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(row, leader), expected, classGap,
                        "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is given a gap of "
                                + CheckContext.clock(classGap) + " to the leader of class " + vehicleClass
                                + ", but the time " + CheckContext.clock(row.time()) + " is "
                                + CheckContext.clock(expected) + " behind the class leader " + context.name(leader.entryId())
                                + "'s " + CheckContext.clock(leader.time()) + ".", null);
            }
        }
    }

    private static void checkOrder(CheckContext context, Classification table, String vehicleClass,
            MutableList<ClassificationRow> rows, Integer mostLaps) {
        MutableList<ClassificationRow> placed = rows.select(r -> r.details().classPosition() != null)
                .sortThisBy(r -> r.details().classPosition());
        for (int i = 1; i < placed.size(); i++) {
            ClassificationRow ahead = placed.get(i - 1);
            ClassificationRow row = placed.get(i);
            int aheadPlace = ahead.details().classPosition();
            int rowPlace = row.details().classPosition();
            boolean samePlace = aheadPlace == rowPlace;
            if (ahead.time() != null && row.time() != null && !TableChecks.lapped(ahead, mostLaps)
                    && !TableChecks.lapped(row, mostLaps)) {
                int byTime = row.time().compareTo(ahead.time());
                if (samePlace && byTime != 0) {
                    context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), ahead.time(),
                            row.time(), "In " + context.describe(table) + ", " + context.name(ahead.entryId()) + " and "
                                    + context.name(row.entryId()) + " share position " + rowPlace + " in class "
                                    + vehicleClass + " but their times differ (" + CheckContext.clock(ahead.time())
                                    + " and " + CheckContext.clock(row.time()) + ").", null);
                } else if (!samePlace && byTime < 0) {
                    context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), null, row.time(),
                            "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is placed "
                                    + rowPlace + " in class " + vehicleClass + " with " + CheckContext.clock(row.time())
                                    + ", faster than " + context.name(ahead.entryId()) + " placed " + aheadPlace
                                    + " in the class with " + CheckContext.clock(ahead.time()) + ".", null);
                }
                // Equal times in different class places: a tie-break decided it, as overall.
            } else if (!samePlace && ahead.position() != null && row.position() != null
                    && row.position() < ahead.position()) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), null, null,
                        "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is placed "
                                + row.position() + " overall but " + rowPlace + " in class " + vehicleClass + ", behind "
                                + context.name(ahead.entryId()) + ", placed " + ahead.position() + " overall and "
                                + aheadPlace + " in the class.", null);
            }
        }
    }
}
