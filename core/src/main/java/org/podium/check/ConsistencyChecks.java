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
        return run(event).findings();
    }

    /**
     * Every finding, and the stages the explanations place. A penalty or awarded time whose stage
     * is marked inferred counts as one whose stage the source does not state: the checks place it
     * again, so an event read back from a data package gives the same findings as its source.
     */
    public static CheckOutcome run(Event event) {
        CheckContext context = new CheckContext(event);
        TableChecks.run(context);
        RunningTotalChecks.run(context);
        FinalChecks.run(context);
        WinnerChecks.run(context);
        CompletenessChecks.run(context);
        return new CheckOutcome(context.findings(), context.withInferredStages());
    }
}
