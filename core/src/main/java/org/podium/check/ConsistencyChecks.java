package org.podium.check;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Event;

/**
 * Recomputes everything a source's own numbers allow and lists each contradiction, each
 * difference a note explains, and what a top-N table cannot show. Findings are derived whenever
 * wanted, never stored in the model. Pure and stateless.
 */
public final class ConsistencyChecks {

    private ConsistencyChecks() {
    }

    /** Every finding, in a stable order: the checks' order, then source order within each. */
    public static ImmutableList<Finding> of(Event event) {
        CheckContext context = new CheckContext(event);
        TableChecks.run(context);
        RunningTotalChecks.run(context);
        FinalChecks.run(context);
        WinnerChecks.run(context);
        return context.findings();
    }
}
