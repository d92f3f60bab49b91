package org.podium.app.roundtrip;

import java.util.Comparator;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Stage;

/**
 * The event with its lists in the data package's row order ({@code data-package.md}), written
 * from the document rather than from the exporter, so the test checks the exporter's order too.
 * A package carries that order, not the model's, so what reads back equals the event in it.
 */
final class PackageOrderForTests {

    private PackageOrderForTests() {
    }

    static Event of(Event event) {
        ImmutableList<String> categoryIds = event.categories().collect(c -> c.id());
        Comparator<String> byCategory = Comparator.comparingInt(categoryIds::indexOf);
        ImmutableList<Entry> entries = event.entries().toSortedList(Comparator.comparing(Entry::categoryId, byCategory)
                .thenComparing(Entry::number, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::id)).toImmutable();
        ImmutableList<String> entryIds = entries.collect(Entry::id);
        ImmutableList<Classification> classifications = event.classifications().toSortedList(
                Comparator.comparing(Classification::categoryId, byCategory)
                        .thenComparingInt(c -> c.kind() == ClassificationKind.FINAL ? Integer.MAX_VALUE
                                : ordinal(event, c.stageLabel()))
                        .thenComparingInt(c -> c.kind().ordinal())).toImmutable();
        ImmutableList<Penalty> penalties = event.penalties().toSortedList(
                Comparator.comparingInt((Penalty p) -> entryIds.indexOf(p.entryId()))
                        .thenComparingInt(p -> p.stageLabel() == null ? Integer.MAX_VALUE : ordinal(event, p.stageLabel())))
                .toImmutable();
        ImmutableList<Stage> stages = event.stages().collect(s -> new Stage(s.ordinal(), s.label(), s.date(), s.start(),
                s.finish(), s.distanceKm(), s.type(), s.categories().toSortedList(
                        Comparator.comparing(c -> c.categoryId(), byCategory)).toImmutable(), s.source()));
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), stages, entries, classifications, penalties,
                event.awardedTimes(), event.notes());
    }

    private static int ordinal(Event event, String label) {
        return event.stage(label).map(Stage::ordinal).orElse(Integer.MAX_VALUE - 1);
    }
}
