package org.podium.exporters.excel.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Stage;

/**
 * The row order of the sheets, the same as the data package's ({@code data-package.md}) so a
 * workbook and a package of one event list things alike. Sorts are stable; text compares by code
 * unit, never by locale. What the event does not list (a category, a stage) sorts after what it does.
 */
final class EventOrder {

    static final int UNKNOWN = Integer.MAX_VALUE;

    private final Map<String, Integer> categoryRank = new HashMap<>();
    private final Map<String, Integer> stageOrdinal = new HashMap<>();
    private final Map<String, Integer> entryRank = new HashMap<>();
    private final ImmutableList<Entry> entries;
    private final ImmutableList<Classification> classifications;
    private final ImmutableList<Penalty> penalties;

    EventOrder(Event event) {
        event.categories().forEachWithIndex((category, index) -> categoryRank.putIfAbsent(category.id(), index));
        event.stages().reject(Stage::isRestDay)
                .forEach(stage -> stageOrdinal.putIfAbsent(stage.label(), stage.ordinal()));
        entries = event.entries().toSortedList(Comparator.comparing(Entry::categoryId, this::compareCategories)
                .thenComparing(Entry::number, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::id)).toImmutable();
        entries.forEachWithIndex((entry, index) -> entryRank.putIfAbsent(entry.id(), index));
        classifications = event.classifications().toSortedList(Comparator
                .comparing(Classification::categoryId, this::compareCategories)
                .thenComparingInt(this::stageKey)
                .thenComparingInt(c -> c.kind().ordinal())).toImmutable();
        penalties = event.penalties().toSortedList(Comparator
                .comparingInt((Penalty p) -> entryRank.getOrDefault(p.entryId(), UNKNOWN))
                .thenComparing(Penalty::entryId)
                .thenComparingInt(p -> ordinalOf(p.stageLabel()))).toImmutable();
    }

    /** By category order, then race number (entries without one last), then entry id. */
    ImmutableList<Entry> entries() {
        return entries;
    }

    /** By category order, then stage ordinal with the final standings last, a stage before the general after it. */
    ImmutableList<Classification> classifications() {
        return classifications;
    }

    /** By entry, then stage ordinal, an unknown stage last. */
    ImmutableList<Penalty> penalties() {
        return penalties;
    }

    /** The stage's ordinal, or {@link #UNKNOWN} for null or a label the itinerary does not list. */
    int ordinalOf(String stageLabel) {
        return stageLabel == null ? UNKNOWN : stageOrdinal.getOrDefault(stageLabel, UNKNOWN);
    }

    private int compareCategories(String left, String right) {
        int byRank = Integer.compare(categoryRank.getOrDefault(left, UNKNOWN), categoryRank.getOrDefault(right, UNKNOWN));
        return byRank != 0 ? byRank : left.compareTo(right);
    }

    private int stageKey(Classification classification) {
        if (classification.kind() == ClassificationKind.FINAL) {
            return UNKNOWN;
        }
        // A stage the itinerary does not list still comes before the final standings.
        return Math.min(ordinalOf(classification.stageLabel()), UNKNOWN - 1);
    }
}
