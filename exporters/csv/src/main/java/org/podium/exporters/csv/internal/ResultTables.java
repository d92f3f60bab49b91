package org.podium.exporters.csv.internal;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.spi.ExportException;

/** The rows of the files about crews and their results: entries, classifications, results, penalties. */
final class ResultTables {

    private final PackageOrder order;
    private final ImmutableMap<String, Entry> entriesById;

    ResultTables(Event event, PackageOrder order) {
        this.order = order;
        this.entriesById = event.entriesById();
    }

    ImmutableList<Row> entries() {
        return order.entries().collect(entry -> Row.of()
                .text(entry.id())
                .text(entry.categoryId())
                .integer(entry.number())
                .text(entry.crewNames())
                .list(nationalities(entry))
                .text(entry.make())
                .text(entry.entrant())
                .text(entry.vehicleClass()));
    }

    ImmutableList<Row> classifications() {
        return order.classifications().collect(classification -> Row.of()
                .text(classification.categoryId())
                .text(classification.kind().id())
                .text(classification.stageLabel())
                .text(classification.basis().id())
                .flag(classification.complete())
                .integer(classification.rows().size()));
    }

    /**
     * Grouped as classifications.csv lists them; within one, the model's row order, which is the
     * source's (reported) or by position (computed).
     *
     * @throws ExportException when a row names an entry the event does not list: its crew could
     *                         not be written, and the package would not read back
     */
    ImmutableList<Row> results() throws ExportException {
        MutableList<Row> rows = Lists.mutable.empty();
        for (Classification classification : order.classifications()) {
            for (ClassificationRow result : classification.rows()) {
                Entry entry = entryOf(result.entryId(), classification);
                rows.add(Row.of()
                        .text(classification.categoryId())
                        .text(classification.kind().id())
                        .text(classification.stageLabel())
                        .integer(result.position())
                        .text(entry.id())
                        .text(entry.crewNames())
                        .list(nationalities(entry))
                        .text(result.make())
                        .time(result.time())
                        .flag(result.timeDerived())
                        .time(result.gap())
                        .time(result.penalty())
                        .text(result.status().id()));
            }
        }
        return rows.toImmutable();
    }

    /** @throws ExportException when a penalty names an entry the event does not list */
    ImmutableList<Row> penalties() throws ExportException {
        MutableList<Row> rows = Lists.mutable.empty();
        for (Penalty penalty : order.penalties()) {
            if (!entriesById.containsKey(penalty.entryId())) {
                throw new ExportException("a penalty names entry '" + penalty.entryId()
                        + "', which the event's entries do not list");
            }
            rows.add(Row.of()
                    .text(penalty.entryId())
                    .text(penalty.stageLabel())
                    .time(penalty.time())
                    .text(penalty.reason())
                    .text(penalty.noteId()));
        }
        return rows.toImmutable();
    }

    /**
     * The crew's codes in crew order, an unknown one as an empty item so the positions still match
     * the names; no items at all when no code is known, so the field is empty rather than {@code " / "}.
     */
    static ImmutableList<String> nationalities(Entry entry) {
        if (entry.crew().allSatisfy(person -> person.nationality() == null)) {
            return Lists.immutable.empty();
        }
        return entry.crew().collect((Person person) -> person.nationality() == null ? "" : person.nationality());
    }

    private Entry entryOf(String entryId, Classification classification) throws ExportException {
        Entry entry = entriesById.get(entryId);
        if (entry == null) {
            String stage = classification.stageLabel() == null ? "" : " " + classification.stageLabel();
            throw new ExportException("the " + classification.categoryId() + " " + classification.kind().id()
                    + " classification" + stage + " names entry '" + entryId
                    + "', which the event's entries do not list");
        }
        return entry;
    }
}
