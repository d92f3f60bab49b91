package org.podium.exporters.csv.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.datapackage.DataPackageSchema;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.RowDetails;
import org.podium.spi.ExportException;

/**
 * The rows of the files about crews and their results: entries, classifications, results,
 * penalties. Rows follow the event's lists, which the report gives in canonical order.
 */
final class ResultTables {

    private final Event event;
    private final EventIndex index;
    /** A crew's cells, made once: it has a results row in every classification. */
    private final Map<String, Crew> crews = new HashMap<>();

    /** The entry of a crew and its cells as results.csv writes them. */
    private record Crew(Entry entry, String names, String nationalities) {
    }

    ResultTables(Event event, EventIndex index) {
        this.event = event;
        this.index = index;
    }

    /** By category, then race number (entries without one last), then entry id. */
    void entries(CsvFileWriter out) throws IOException {
        for (Entry entry : event.entries()) {
            out.write(out.row()
                    .text(entry.id())
                    .text(entry.categoryId())
                    .integer(entry.number())
                    .text(entry.crewNames())
                    .list(nationalities(entry))
                    .text(entry.make())
                    .text(entry.entrant())
                    .text(entry.vehicleClass()));
        }
    }

    /** By category, then stage ordinal with the final standings last, a stage's result before the general. */
    void classifications(CsvFileWriter out) throws IOException {
        for (Classification classification : event.classifications()) {
            out.write(out.row()
                    .text(classification.categoryId())
                    .text(classification.kind().id())
                    .text(classification.stageLabel())
                    .text(classification.basis().id())
                    .flag(classification.complete())
                    .integer(classification.rows().size()));
        }
    }

    /**
     * Grouped as classifications.csv lists them; within one, the model's row order, which is the
     * source's (reported) or by position (computed).
     *
     * @throws ExportException when a row names an entry the event does not list: its crew could
     *                         not be written, and the package would not read back
     */
    void results(CsvFileWriter out) throws ExportException, IOException {
        for (Classification classification : event.classifications()) {
            for (ClassificationRow result : classification.rows()) {
                Crew crew = crewOf(result.entryId(), classification);
                RowDetails details = result.details();
                out.write(out.row()
                        .text(classification.categoryId())
                        .text(classification.kind().id())
                        .text(classification.stageLabel())
                        .integer(result.position())
                        .text(crew.entry().id())
                        .text(crew.names())
                        .text(crew.nationalities())
                        .text(result.make())
                        .time(result.time())
                        .flag(result.timeDerived())
                        .time(result.gap())
                        .time(result.penalty())
                        .text(result.status().id())
                        .integer(details.classPosition())
                        .time(details.classGap())
                        .integer(details.laps())
                        .integer(details.lapsBehind())
                        .integer(details.grid())
                        .number(details.points())
                        .text(details.statusReason()));
            }
        }
    }

    /**
     * By entry, then stage ordinal, an unknown stage last. The stage is the one the checks placed
     * the penalty on when the source states none, and {@code stage_inferred} says so.
     *
     * @throws ExportException when a penalty names an entry the event does not list
     */
    void penalties(CsvFileWriter out) throws ExportException, IOException {
        for (Penalty penalty : event.penalties()) {
            if (index.entry(penalty.entryId()).isEmpty()) {
                throw new ExportException("a penalty names entry '" + penalty.entryId()
                        + "', which the event's entries do not list");
            }
            out.write(out.row()
                    .text(penalty.entryId())
                    .text(penalty.stageLabel())
                    .flag(penalty.stageInferred())
                    .time(penalty.time())
                    .text(penalty.reason())
                    .text(penalty.noteId()));
        }
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

    private Crew crewOf(String entryId, Classification classification) throws ExportException {
        Crew crew = crews.get(entryId);
        if (crew == null) {
            Entry entry = entryOf(entryId, classification);
            crew = new Crew(entry, entry.crewNames(), nationalities(entry).makeString(DataPackageSchema.LIST_SEPARATOR));
            crews.put(entryId, crew);
        }
        return crew;
    }

    private Entry entryOf(String entryId, Classification classification) throws ExportException {
        return index.entry(entryId).orElseThrow(() -> {
            String stage = classification.stageLabel() == null ? "" : " " + classification.stageLabel();
            return new ExportException("the " + classification.categoryId() + " " + classification.kind().id()
                    + " classification" + stage + " names entry '" + entryId
                    + "', which the event's entries do not list");
        });
    }
}
