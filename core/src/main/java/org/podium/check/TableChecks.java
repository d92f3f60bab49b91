package org.podium.check;

import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.ResultStatus;

/** Within one classification: gap = time − leader's time, positions in order of time, ties on equal times. */
final class TableChecks {

    private TableChecks() {
    }

    static void run(CheckContext context) {
        for (Classification table : context.event.classifications()) {
            ImmutableList<ClassificationRow> ranked = table.rows()
                    .select(r -> r.status() == ResultStatus.CLASSIFIED && r.position() != null);
            if (ranked.isEmpty()) {
                continue;
            }
            ClassificationRow leader = ranked.getFirst();
            checkGaps(context, table, ranked, leader);
            checkOrder(context, table, ranked);
        }
    }

    private static void checkGaps(CheckContext context, Classification table, ImmutableList<ClassificationRow> ranked,
            ClassificationRow leader) {
        if (leader.time() == null) {
            return;
        }
        for (ClassificationRow row : ranked) {
            if (row == leader || row.gap() == null || row.time() == null || row.timeDerived()) {
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

    private static void checkOrder(CheckContext context, Classification table, ImmutableList<ClassificationRow> ranked) {
        for (int i = 1; i < ranked.size(); i++) {
            ClassificationRow ahead = ranked.get(i - 1);
            ClassificationRow row = ranked.get(i);
            if (ahead.time() == null || row.time() == null) {
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
            } else if (!samePosition && byTime == 0) {
                context.add(FindingSeverity.CONTRADICTION, table, Lists.immutable.of(ahead, row), null, row.time(),
                        "In " + context.describe(table) + ", " + context.name(ahead.entryId()) + " and "
                                + context.name(row.entryId()) + " have the same time "
                                + CheckContext.clock(row.time()) + " but different positions (" + ahead.position()
                                + " and " + row.position() + ").", null);
            }
        }
    }
}
