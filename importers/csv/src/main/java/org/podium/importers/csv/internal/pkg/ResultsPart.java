package org.podium.importers.csv.internal.pkg;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Basis;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Penalty;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.RowDetails;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** entries.csv, classifications.csv with results.csv, and penalties.csv. */
final class ResultsPart {

    private final Diagnostics diagnostics;
    private final ImmutableList<Entry> entries;
    private final Set<String> entryIds;

    ResultsPart(PackageTable table, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        MutableList<Entry> read = Lists.mutable.empty();
        for (SheetRow row : table.rows()) {
            String id = table.text(row, "entry_id");
            String category = table.text(row, "category");
            ImmutableList<Person> crew = crew(table, row);
            if (id == null || category == null || crew.isEmpty()) {
                diagnostics.report(Diagnostic.error(table.at(row), "an entry needs an entry_id, a category and a crew;"
                        + " this row is not used"));
                continue;
            }
            read.add(new Entry(id, category, table.integer(row, "number"), crew, table.text(row, "make"),
                    table.text(row, "entrant"), table.text(row, "class")));
        }
        this.entries = read.toImmutable();
        this.entryIds = entries.collect(Entry::id).toSet();
    }

    ImmutableList<Entry> entries() {
        return entries;
    }

    /**
     * Each classification takes its {@code rows} results from those results.csv groups under its
     * category, kind and stage, in file order; results no classification claims are reported.
     */
    ImmutableList<Classification> classifications(PackageTable classTable, PackageTable resultTable) {
        Map<String, Deque<SheetRow>> resultsByKey = new LinkedHashMap<>();
        for (SheetRow row : resultTable.rows()) {
            resultsByKey.computeIfAbsent(key(resultTable, row), k -> new ArrayDeque<>()).add(row);
        }
        MutableList<Classification> classifications = Lists.mutable.empty();
        for (SheetRow row : classTable.rows()) {
            String category = classTable.text(row, "category");
            ClassificationKind kind = Ids.kind(classTable, row, diagnostics);
            String stage = classTable.text(row, "stage");
            Basis basis = Ids.basis(classTable, row, diagnostics);
            if (category == null || kind == null || basis == null || (kind == ClassificationKind.FINAL) != (stage == null)) {
                diagnostics.report(Diagnostic.error(classTable.at(row), "a classification needs a category, a kind"
                        + " (stage, general, final), a stage for stage and general ones only, and a basis; this row"
                        + " and its results are not used"));
                continue;
            }
            Deque<SheetRow> candidates = resultsByKey.getOrDefault(key(category, kind.id(), stage), new ArrayDeque<>());
            Integer count = classTable.integer(row, "rows");
            int wanted = count == null ? candidates.size() : count;
            if (wanted > candidates.size()) {
                diagnostics.report(Diagnostic.warning(classTable.at(row, "rows"), "the classification says " + wanted
                        + " rows but results.csv has " + candidates.size() + " for it"));
            }
            MutableList<ClassificationRow> rows = Lists.mutable.empty();
            for (int i = 0; i < wanted && !candidates.isEmpty(); i++) {
                ClassificationRow result = result(resultTable, candidates.poll());
                if (result != null) {
                    rows.add(result);
                }
            }
            classifications.add(new Classification(category, kind, stage, basis,
                    classTable.flag(row, "complete", false), rows.toImmutable(), classTable.at(row)));
        }
        resultsByKey.values().forEach(left -> left.forEach(row -> diagnostics.report(Diagnostic.error(
                resultTable.at(row), "this result belongs to no classification of classifications.csv; not used"))));
        return classifications.toImmutable();
    }

    ImmutableList<Penalty> penalties(PackageTable table) {
        MutableList<Penalty> penalties = Lists.mutable.empty();
        for (SheetRow row : table.rows()) {
            String entryId = table.text(row, "entry_id");
            Duration time = table.time(row, "time");
            if (entryId == null || time == null) {
                diagnostics.report(Diagnostic.error(table.at(row), "a penalty needs an entry_id and a time; this row"
                        + " is not used"));
                continue;
            }
            warnUnknownEntry(table.at(row, "entry_id"), entryId);
            String stage = table.text(row, "stage");
            penalties.add(new Penalty(entryId, stage, time, table.text(row, "reason"), table.text(row, "note_id"),
                    inferred(table, row, stage)));
        }
        return penalties.toImmutable();
    }

    /** {@code stage_inferred}, which only a stage can be: true without a stage is reported and read as false. */
    static boolean inferred(PackageTable table, SheetRow row, String stage, Diagnostics diagnostics) {
        boolean inferred = table.flag(row, "stage_inferred", false);
        if (inferred && stage == null) {
            diagnostics.report(Diagnostic.error(table.at(row, "stage_inferred"), "stage_inferred is true but the"
                    + " stage is empty; read as false"));
            return false;
        }
        return inferred;
    }

    private boolean inferred(PackageTable table, SheetRow row, String stage) {
        return inferred(table, row, stage, diagnostics);
    }

    private ClassificationRow result(PackageTable table, SheetRow row) {
        String entryId = table.text(row, "entry_id");
        ResultStatus status = Ids.resultStatus(table, row, diagnostics);
        if (entryId == null || status == null) {
            diagnostics.report(Diagnostic.error(table.at(row), "a result needs an entry_id and a status; this row is"
                    + " not used"));
            return null;
        }
        warnUnknownEntry(table.at(row, "entry_id"), entryId);
        Integer position = table.integer(row, "position");
        if (position != null && status != ResultStatus.CLASSIFIED) {
            diagnostics.report(Diagnostic.error(table.at(row, "position"), "only a classified row has a position; "
                    + entryId + " is " + status.id() + ", so its position " + position + " is not used"));
            position = null;
        }
        return new ClassificationRow(position, entryId, table.text(row, "make"), table.time(row, "time"),
                table.flag(row, "time_derived", false), table.time(row, "gap"), table.time(row, "penalty"), status,
                table.at(row), details(table, row));
    }

    /**
     * The class position and gap, laps, laps behind, grid, points and status reason; each empty in
     * a package written before these columns, so such a package reads as one with none.
     */
    private static RowDetails details(PackageTable table, SheetRow row) {
        return new RowDetails(table.integer(row, "class_position"), table.time(row, "class_gap"),
                table.integer(row, "laps"), table.integer(row, "laps_behind"), table.integer(row, "grid"),
                table.number(row, "points"), table.text(row, "status_reason"));
    }

    private void warnUnknownEntry(SourcePosition at, String entryId) {
        if (!entryIds.contains(entryId)) {
            diagnostics.report(Diagnostic.warning(at, "entry '" + entryId + "' is not in entries.csv"));
        }
    }

    /** The crew's names with their nationalities, matched by position. */
    private ImmutableList<Person> crew(PackageTable table, SheetRow row) {
        List<String> names = ListCells.split(table.text(row, "crew")).castToList();
        List<String> codes = ListCells.split(table.text(row, "nationalities")).castToList();
        if (!codes.isEmpty() && codes.size() != names.size()) {
            diagnostics.report(Diagnostic.warning(table.at(row, "nationalities"), codes.size()
                    + " nationalities for " + names.size() + " crew members; matched in order"));
        }
        MutableList<Person> crew = Lists.mutable.empty();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) {
                diagnostics.report(Diagnostic.error(table.at(row, "crew"), "crew member " + (i + 1)
                        + " has no name; left out"));
                continue;
            }
            crew.add(new Person(names.get(i), i < codes.size() ? codes.get(i) : null));
        }
        return crew.toImmutable();
    }

    private static String key(PackageTable table, SheetRow row) {
        return key(table.text(row, "category"), table.text(row, "classification"), table.text(row, "stage"));
    }

    private static String key(String category, String kind, String stage) {
        return category + '\u0000' + kind + '\u0000' + stage;
    }
}
