package org.podium.exporters.csv.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Category;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Stage;
import org.podium.model.StageCategory;

/**
 * The row order of every file that is not simply in model order, in one place so that the
 * importer can mirror it ({@code data-package.md}). Every sort is stable: rows that the rules do
 * not tell apart keep the model's order. Text compares by code unit, never by locale.
 *
 * <p>Things the model allows but the document does not order: a category, stage or entry that the
 * event does not list sorts after every known one (categories and entries then by id), and a
 * penalty whose stage is unknown comes after that entry's penalties on known stages, as the final
 * standings come after the stages.
 */
public final class PackageOrder {

    private static final int UNKNOWN = Integer.MAX_VALUE;

    private final Event event;
    private final Map<String, Integer> categoryRank = new HashMap<>();
    private final Map<String, Integer> stageOrdinal = new HashMap<>();
    private final ImmutableList<Entry> entries;
    private final Map<String, Integer> entryRank = new HashMap<>();

    private PackageOrder(Event event) {
        this.event = event;
        event.categories().forEachWithIndex((category, index) -> categoryRank.putIfAbsent(category.id(), index));
        event.stages().select(stage -> stage.label() != null)
                .forEach(stage -> stageOrdinal.putIfAbsent(stage.label(), stage.ordinal()));
        entries = event.entries().toSortedList(entryOrder()).toImmutable();
        entries.forEachWithIndex((entry, index) -> entryRank.putIfAbsent(entry.id(), index));
    }

    /** The order for one event; build one per export. */
    public static PackageOrder of(Event event) {
        return new PackageOrder(event);
    }

    /** categories.csv: the event's order, which is also the {@code order} column (1-based). */
    public ImmutableList<Category> categories() {
        return event.categories();
    }

    /** stages.csv: by ordinal, rest days included. */
    public ImmutableList<Stage> stages() {
        return event.stages().toSortedListBy(Stage::ordinal).toImmutable();
    }

    /** stage_status.csv, per stage: the stage's categories in the event's category order. */
    public ImmutableList<StageCategory> categoriesOf(Stage stage) {
        return stage.categories().toSortedList(Comparator.comparing(StageCategory::categoryId, this::compareCategories))
                .toImmutable();
    }

    /** entries.csv: by category order, then race number (entries without one last), then entry id. */
    public ImmutableList<Entry> entries() {
        return entries;
    }

    /**
     * classifications.csv, and the groups of results.csv: by category order, then stage ordinal
     * with the final standings last, a stage's own classification before the general after it.
     */
    public ImmutableList<Classification> classifications() {
        Comparator<Classification> order = Comparator
                .comparing(Classification::categoryId, this::compareCategories)
                .thenComparingInt(this::stageKey)
                .thenComparingInt(c -> kindKey(c.kind()));
        return event.classifications().toSortedList(order).toImmutable();
    }

    /** penalties.csv: by entry (entries.csv order), then stage ordinal, an unknown stage last. */
    public ImmutableList<Penalty> penalties() {
        Comparator<Penalty> order = Comparator
                .comparingInt((Penalty p) -> entryRank.getOrDefault(p.entryId(), UNKNOWN))
                .thenComparing(Penalty::entryId)
                .thenComparingInt(p -> ordinalOf(p.stageLabel()));
        return event.penalties().toSortedList(order).toImmutable();
    }

    private Comparator<Entry> entryOrder() {
        return Comparator.comparing(Entry::categoryId, this::compareCategories)
                .thenComparing(Entry::number, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::id);
    }

    private int compareCategories(String left, String right) {
        int byRank = Integer.compare(categoryRank.getOrDefault(left, UNKNOWN), categoryRank.getOrDefault(right, UNKNOWN));
        return byRank != 0 ? byRank : left.compareTo(right);
    }

    private int ordinalOf(String stageLabel) {
        return stageLabel == null ? UNKNOWN : stageOrdinal.getOrDefault(stageLabel, UNKNOWN);
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
