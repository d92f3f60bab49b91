package org.podium.check;

import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.primitive.ImmutableIntList;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.ResultStatus;

/**
 * Within one classification: gap = time − leader's time, positions in order of time, ties on
 * equal times; for crews classified on laps, laps behind = the leader's laps − laps and fewer laps
 * behind never placed after more; then the same within each class ({@link ClassChecks}).
 *
 * <p>Only the overall gap ({@link ClassificationRow#gap()}) is read as a gap to the leader: a
 * row's gap to its class leader is {@code details().classGap()}, checked against the class
 * leader, and a row without an overall gap is never a gap finding. A crew laps behind the leader
 * has no time gap to check: its time, when a source gives one, is for fewer laps.
 */
final class TableChecks {

    private TableChecks() {
    }

    static void run(CheckContext context) {
        for (Classification table : context.event.classifications()) {
            ImmutableList<ClassificationRow> ranked = table.rows()
                    .select(r -> r.status() == ResultStatus.CLASSIFIED && r.position() != null);
            Integer mostLaps = mostLaps(table);
            if (!ranked.isEmpty()) {
                ClassificationRow leader = ranked.getFirst();
                checkGaps(context, table, ranked, leader, mostLaps);
                checkOrder(context, table, ranked, mostLaps);
                checkLaps(context, table, ranked, leader);
            }
            ClassChecks.run(context, table, mostLaps);
        }
    }

    /** The most laps a classified crew of the table completed, or null when the table gives no laps. */
    static Integer mostLaps(Classification table) {
        ImmutableIntList laps = table.rows()
                .select(r -> r.status() == ResultStatus.CLASSIFIED && r.details().laps() != null)
                .collectInt(r -> r.details().laps());
        return laps.isEmpty() ? null : Integer.valueOf(laps.max());
    }

    /**
     * Whether the crew is classified laps behind the leader ({@code +1 lap}, or fewer laps than the
     * most any crew completed): its time, when a source gives one, is for fewer laps and does not
     * compare with the others'.
     */
    static boolean lapped(ClassificationRow row, Integer mostLaps) {
        Integer behind = row.details().lapsBehind();
        Integer laps = row.details().laps();
        return (behind != null && behind > 0) || (laps != null && mostLaps != null && laps < mostLaps);
    }

    private static void checkGaps(CheckContext context, Classification table, ImmutableList<ClassificationRow> ranked,
            ClassificationRow leader, Integer mostLaps) {
        if (leader.time() == null || lapped(leader, mostLaps)) {
            return;
        }
        for (ClassificationRow row : ranked) {
            if (row == leader || row.gap() == null || row.time() == null || row.timeDerived() || lapped(row, mostLaps)) {
                continue;
            }
            Duration expected = row.time().minus(leader.time());
            if (!expected.equals(row.gap())) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(row, leader), expected, row.gap(),
                        "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is given a gap of "
                                + CheckContext.clock(row.gap()) + ", but the time " + CheckContext.clock(row.time())
                                + " is " + CheckContext.clock(expected) + " behind the leader's "
                                + CheckContext.clock(leader.time()) + ".", null);
            }
        }
    }

    private static void checkOrder(CheckContext context, Classification table, ImmutableList<ClassificationRow> ranked,
            Integer mostLaps) {
        for (int i = 1; i < ranked.size(); i++) {
            ClassificationRow ahead = ranked.get(i - 1);
            ClassificationRow row = ranked.get(i);
            if (ahead.time() == null || row.time() == null || lapped(ahead, mostLaps) || lapped(row, mostLaps)) {
                continue;
            }
            boolean samePosition = ahead.position().equals(row.position());
            int byTime = row.time().compareTo(ahead.time());
            if (samePosition && byTime != 0) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), ahead.time(),
                        row.time(), "In " + context.describe(table) + ", " + context.name(ahead.entryId()) + " and "
                                + context.name(row.entryId()) + " share position " + row.position()
                                + " but their times differ (" + CheckContext.clock(ahead.time()) + " and "
                                + CheckContext.clock(row.time()) + ").", null);
            } else if (!samePosition && byTime < 0) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), null, row.time(),
                        "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is placed "
                                + row.position() + " with " + CheckContext.clock(row.time()) + ", faster than "
                                + context.name(ahead.entryId()) + " placed " + ahead.position() + " with "
                                + CheckContext.clock(ahead.time()) + ".", null);
            }
            // Equal times in different places are no contradiction: a photo finish, a countback or
            // cycling's "same time" decides between them, as the regulations say.
        }
    }

    /**
     * Laps: a crew's laps behind against the leader's laps and its own, and the order: a crew fewer
     * laps behind, or with more laps completed, is never placed after one with fewer. A crew on the
     * leader's lap is one that has no laps behind but a time or a gap.
     */
    private static void checkLaps(CheckContext context, Classification table, ImmutableList<ClassificationRow> ranked,
            ClassificationRow leader) {
        Integer leaderLaps = leader.details().laps();
        for (ClassificationRow row : ranked) {
            Integer behind = row.details().lapsBehind();
            Integer laps = row.details().laps();
            if (row == leader || behind == null || laps == null || leaderLaps == null) {
                continue;
            }
            int expected = leaderLaps - laps;
            if (expected != behind) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(row, leader), null, null,
                        "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is given "
                                + lapsBehind(behind) + ", but " + laps(laps) + " are "
                                + (expected < 0 ? "more than" : lapsBehind(expected)) + " the leader's " + leaderLaps
                                + ".", null);
            }
        }
        for (int i = 1; i < ranked.size(); i++) {
            ClassificationRow ahead = ranked.get(i - 1);
            ClassificationRow row = ranked.get(i);
            if (ahead.position().equals(row.position())) {
                continue;
            }
            Integer aheadBehind = lapsBehindOf(ahead);
            Integer rowBehind = lapsBehindOf(row);
            Integer aheadLaps = ahead.details().laps();
            Integer rowLaps = row.details().laps();
            if (aheadBehind != null && rowBehind != null && rowBehind < aheadBehind) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), null, null,
                        "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is placed "
                                + row.position() + ", " + onLap(rowBehind) + ", after " + context.name(ahead.entryId())
                                + ", placed " + ahead.position() + ", " + onLap(aheadBehind) + ".", null);
            } else if (aheadLaps != null && rowLaps != null && rowLaps > aheadLaps) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), null, null,
                        "In " + context.describe(table) + ", " + context.name(row.entryId()) + " is placed "
                                + row.position() + " with " + laps(rowLaps) + ", after "
                                + context.name(ahead.entryId()) + " placed " + ahead.position() + " with "
                                + laps(aheadLaps) + ".", null);
            }
        }
    }

    /** Laps behind the leader: as given, none for a crew with a time or a gap, else unknown (null). */
    private static Integer lapsBehindOf(ClassificationRow row) {
        if (row.details().lapsBehind() != null) {
            return row.details().lapsBehind();
        }
        return row.time() != null || row.gap() != null ? Integer.valueOf(0) : null;
    }

    private static String laps(int laps) {
        return laps + (laps == 1 ? " lap" : " laps");
    }

    /** {@code 1 lap behind}, {@code 2 laps behind}, {@code no lap behind}. */
    private static String lapsBehind(int laps) {
        return laps == 0 ? "no lap behind" : laps(laps) + " behind";
    }

    /** {@code on the leader's lap}, {@code 1 lap behind the leader}. */
    private static String onLap(int behind) {
        return behind == 0 ? "on the leader's lap" : laps(behind) + " behind the leader";
    }
}
