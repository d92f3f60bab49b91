package org.podium.generator;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.engine.StageTime;
import org.podium.model.Event;

/**
 * A generated timing sheet as core types, for running the classification engine without
 * parsing CSV.
 *
 * @param event      the event with its categories, stages (the cancelled one marked for its
 *                   category), entries, penalties and awarded time; no classifications
 * @param stageTimes one per row of the written sheet, in the sheet's order, each with its line
 */
public record GeneratedEvent(Event event, ImmutableList<StageTime> stageTimes) {
    public GeneratedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(stageTimes, "stageTimes");
    }
}
