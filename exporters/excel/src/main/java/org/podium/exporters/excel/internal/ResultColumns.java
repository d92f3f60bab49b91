package org.podium.exporters.excel.internal;

import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Person;
import org.podium.model.RowDetails;
import org.podium.report.Labels;

/** The columns of a classification line, shared by the Results sheet and the standings sheets. */
final class ResultColumns {

    private ResultColumns() {
    }

    static List<String> header(Labels labels) {
        return new Headers(labels).column("position").column("raceNumber").column("crew").column("nationalities")
                .column("make").duration("time").duration("gap").duration("penalty").column("status")
                .column("derived").column("class").column("classPosition").duration("classGap").column("laps")
                .column("lapsBehind").column("grid").column("points").column("statusReason").column("entryId").list();
    }

    /**
     * The status is its id ({@code retired}): a code to filter on, the same in every language. The
     * columns of what real results carry (class, class position and gap, laps, laps behind, grid,
     * points, why a crew stopped) are always there, blank where a source gives nothing, so a
     * sheet's columns are the same whatever the source.
     */
    static RowValues append(RowValues row, ClassificationRow result, Entry entry) {
        RowDetails details = result.details();
        return row.integer(result.position())
                .integer(entry.number())
                .text(entry.crewNames())
                .text(EventWorkbook.joined(nationalities(entry)))
                .text(result.make())
                .duration(result.time())
                .duration(result.gap())
                .duration(result.penalty())
                .text(result.status().id())
                .flag(result.timeDerived())
                .text(entry.vehicleClass())
                .integer(details.classPosition())
                .duration(details.classGap())
                .integer(details.laps())
                .integer(details.lapsBehind())
                .integer(details.grid())
                .decimal(details.points())
                .text(details.statusReason())
                .text(entry.id());
    }

    /**
     * The crew's codes in crew order, an unknown one as an empty item so the positions still match
     * the names; nothing at all when no code is known.
     */
    static ImmutableList<String> nationalities(Entry entry) {
        if (entry.crew().allSatisfy(person -> person.nationality() == null)) {
            return Lists.immutable.empty();
        }
        return entry.crew().collect((Person person) -> person.nationality() == null ? "" : person.nationality());
    }
}
