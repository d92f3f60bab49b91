package org.podium.importers.csv.internal.pkg;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.AwardedTime;
import org.podium.model.Place;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** stages.csv and stage_status.csv: the itinerary, each stage with what it was for each category. */
final class StagesPart {

    private final Diagnostics diagnostics;
    private final ImmutableList<Stage> stages;
    private final MutableList<AwardedTime> awardedFromStatus = Lists.mutable.empty();

    StagesPart(PackageTable stageTable, PackageTable statusTable, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        Map<String, MutableList<StageCategory>> statusByStage = statuses(statusTable);
        MutableList<Stage> read = Lists.mutable.empty();
        for (SheetRow row : stageTable.rows()) {
            Integer ordinal = stageTable.integer(row, "ordinal");
            if (ordinal == null || ordinal < 1) {
                ordinal = read.size() + 1;
                diagnostics.report(Diagnostic.error(stageTable.at(row, "ordinal"), "a stage needs an ordinal of 1 or"
                        + " more; this one is taken as " + ordinal + " from its row"));
            }
            String label = stageTable.text(row, "stage");
            String type = stageTable.text(row, "type");
            if (type == null) {
                type = label == null ? StageTypes.REST : StageTypes.SPECIAL;
                diagnostics.report(Diagnostic.warning(stageTable.at(row, "type"), "a stage without a type is taken"
                        + " as " + type));
            }
            MutableList<StageCategory> categories = label == null ? null : statusByStage.remove(label);
            read.add(new Stage(ordinal, label, stageTable.date(row, "date"),
                    place(stageTable, row, "start", "start_country"), place(stageTable, row, "finish", "finish_country"),
                    stageTable.distance(row, "distance_km"), type,
                    categories == null ? Lists.immutable.empty() : categories.toImmutable(), stageTable.at(row)));
        }
        statusByStage.keySet().forEach(label -> diagnostics.report(Diagnostic.error(
                org.podium.model.SourcePosition.of(statusTable.fileName(), 0, 0),
                "stage_status.csv names stage " + label + ", which stages.csv does not list; its rows are not used")));
        this.stages = read.toImmutable();
    }

    ImmutableList<Stage> stages() {
        return stages;
    }

    ImmutableList<AwardedTime> awardedFromStatus() {
        return awardedFromStatus.toImmutable();
    }

    private Map<String, MutableList<StageCategory>> statuses(PackageTable table) {
        Map<String, MutableList<StageCategory>> byStage = new LinkedHashMap<>();
        for (SheetRow row : table.rows()) {
            String stage = table.text(row, "stage");
            String category = table.text(row, "category");
            StageStatus status = Ids.stageStatus(table, row, diagnostics);
            if (stage == null || category == null || status == null) {
                diagnostics.report(Diagnostic.error(table.at(row), "a stage status needs a stage, a category and a"
                        + " status (run, cancelled, liaison); this row is not used"));
                continue;
            }
            byStage.computeIfAbsent(stage, label -> Lists.mutable.empty())
                    .add(new StageCategory(category, status, table.text(row, "reported_winner")));
            Duration awarded = table.time(row, "awarded_time");
            if (awarded != null) {
                awardedFromStatus.add(new AwardedTime(category, stage, awarded, null));
            }
        }
        return byStage;
    }

    private Place place(PackageTable table, SheetRow row, String nameColumn, String countryColumn) {
        String name = table.text(row, nameColumn);
        String country = table.text(row, countryColumn);
        if (name == null || name.isBlank()) {
            if (country != null) {
                diagnostics.report(Diagnostic.warning(table.at(row, countryColumn), countryColumn + " '" + country
                        + "' without a place in " + nameColumn + " is not used"));
            }
            return null;
        }
        return new Place(name, country);
    }
}
