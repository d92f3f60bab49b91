package org.podium.check;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Event;

/**
 * What the consistency checks make of one event.
 *
 * @param findings            every finding, in the checks' order
 * @param withInferredStages  the event with each penalty and awarded time whose stage the source
 *                            leaves out, and whose explanation places it on exactly one stage,
 *                            placed there and marked as inferred (De Mévius's 18 minutes on stage
 *                            8 of the 2002 article); otherwise the event as it was
 */
public record CheckOutcome(ImmutableList<Finding> findings, Event withInferredStages) {
    public CheckOutcome {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(withInferredStages, "withInferredStages");
    }
}
