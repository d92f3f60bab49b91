package org.podium.report;

import java.util.Locale;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.factory.Lists;

/**
 * What a run asks to see of an event: some categories, and the event as known after one stage.
 *
 * <p>"As of stage N" has one meaning everywhere: the event as it was known after stage N — the
 * itinerary up to N, the stage results and general classifications up to N (the final standings
 * only when N is the last stage), and only the penalties, awarded times and notes known by then.
 * Each document then shows its part of it: a bulletin the stage N and the general classification
 * after it, the workbook and the data package everything in scope.
 *
 * @param categories category ids or names as asked for, lower case; empty means every category
 * @param stageLabel the stage to stop after, or null for the whole event
 */
public record Scope(ImmutableList<String> categories, String stageLabel) {

    /** Every category, the whole event. */
    public static final Scope WHOLE_EVENT = new Scope(Lists.immutable.empty(), null);

    public Scope {
        Objects.requireNonNull(categories, "categories");
        categories = categories.collect(c -> c.strip().toLowerCase(Locale.ROOT)).reject(String::isEmpty).distinct();
        stageLabel = stageLabel == null || stageLabel.isBlank() ? null : stageLabel.strip();
    }

    public static Scope of(Iterable<String> categories, String stageLabel) {
        return new Scope(Lists.immutable.withAll(categories), stageLabel);
    }

    /** Whether nothing is left out. */
    public boolean isWholeEvent() {
        return categories.isEmpty() && stageLabel == null;
    }
}
