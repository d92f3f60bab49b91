package org.podium.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The canonical order of an event's lists, in one place: the data package's rows
 * ({@code data-package.md}), the workbook's sheets and every document list things in it. Sorts
 * are stable, so what the rules do not tell apart keeps the model's order; text compares by code
 * unit, never by locale.
 *
 * <ul>
 *   <li>categories: the event's order;</li>
 *   <li>stages: by ordinal, rest days included; each stage's categories in category order;</li>
 *   <li>entries: by category, then race number (entries without one last), then entry id;</li>
 *   <li>classifications: by category, then stage ordinal with the final standings last, a stage's
 *       own result before the general classification after it;</li>
 *   <li>penalties: by entry (in entry order), then stage ordinal, an unknown stage last;</li>
 *   <li>awarded times and notes: the model's order, which is the source's.</li>
 * </ul>
 *
 * <p>What the event does not list sorts after what it does: a category or an entry the event
 * does not name (then by id), a stage label the itinerary lacks (though still before the final
 * standings).
 */
public final class EventOrder {

    /** The ordinal of a stage the itinerary does not list, or of no stage. */
    public static final int UNKNOWN = Integer.MAX_VALUE;

    private final Event event;
    private final Map<String, Integer> categoryRank = new HashMap<>();
    private final Map<String, Integer> stageOrdinal = new HashMap<>();
    private final Map<String, Integer> entryRank = new HashMap<>();
    private final ImmutableList<Entry> entries;

    private EventOrder(Event event) {
        this.event = event;
        event.categories().forEachWithIndex((category, index) -> categoryRank.putIfAbsent(category.id(), index));
        event.stages().select(stage -> stage.label() != null)
                .forEach(stage -> stageOrdinal.putIfAbsent(stage.label(), stage.ordinal()));
        entries = event.entries().toSortedList(Comparator.comparing(Entry::categoryId, this::compareCategories)
                .thenComparing(Entry::number, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::id)).toImmutable();
        entries.forEachWithIndex((entry, index) -> entryRank.putIfAbsent(entry.id(), index));
    }

    public static EventOrder of(Event event) {
        return new EventOrder(event);
    }

    /** The event with every list in canonical order; equal to the event in all but order. */
    public static Event canonical(Event event) {
        EventOrder order = new EventOrder(event);
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), order.stages(), order.entries(),
                order.classifications(), order.penalties(), event.awardedTimes(), event.notes());
    }

    /** By ordinal, rest days included; each stage's categories in category order. */
    public ImmutableList<Stage> stages() {
        return event.stages().toSortedListBy(Stage::ordinal).collect(this::withCategoriesInOrder).toImmutable();
    }

    /** By category, then race number (entries without one last), then entry id. */
    public ImmutableList<Entry> entries() {
        return entries;
    }

    /** By category, then stage ordinal with the final standings last, a stage's result before the general after it. */
    public ImmutableList<Classification> classifications() {
        Comparator<Classification> order = Comparator
                .comparing(Classification::categoryId, this::compareCategories)
                .thenComparingInt(this::stageKey)
                .thenComparingInt(c -> kindKey(c.kind()));
        return event.classifications().toSortedList(order).toImmutable();
    }

    /** By entry (in entry order), then stage ordinal, an unknown stage last. */
    public ImmutableList<Penalty> penalties() {
        Comparator<Penalty> order = Comparator
                .comparingInt((Penalty p) -> entryRank.getOrDefault(p.entryId(), UNKNOWN))
                .thenComparing(Penalty::entryId)
                .thenComparingInt(p -> ordinalOf(p.stageLabel()));
        return event.penalties().toSortedList(order).toImmutable();
    }

    /** The stage's ordinal, or {@link #UNKNOWN} for null or a label the itinerary does not list. */
    public int ordinalOf(String stageLabel) {
        return stageLabel == null ? UNKNOWN : stageOrdinal.getOrDefault(stageLabel, UNKNOWN);
    }

    private Stage withCategoriesInOrder(Stage stage) {
        ImmutableList<StageCategory> sorted = stage.categories()
                .toSortedList(Comparator.comparing(StageCategory::categoryId, this::compareCategories)).toImmutable();
        return sorted.equals(stage.categories()) ? stage
                : new Stage(stage.ordinal(), stage.label(), stage.date(), stage.start(), stage.finish(),
                        stage.distanceKm(), stage.type(), sorted, stage.source());
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

    private static int kindKey(ClassificationKind kind) {
        return switch (kind) {
            case STAGE -> 0;
            case GENERAL -> 1;
            case FINAL -> 2;
        };
    }
}
