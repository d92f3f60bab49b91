package org.podium.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.RaceCharts.ChartCrew;
import org.podium.report.RaceCharts.StagePoint;

/**
 * What a document shows of one category's race charts, in its words: the sentences before any
 * chart (nothing to chart; none of the crews listed), then each chart it draws with its heading
 * and the sentences under it (what the lines cannot show). Every document that draws the charts
 * (the PDF bulletin, the Markdown document's SVG pictures) lays out this plan, so they say exactly
 * the same things. A bulletin after a stage draws only the gaps up to its stage; the whole event
 * draws the positions, the gaps and the stage wins, each when the source gives something for it.
 *
 * @param category the numbers the charts are drawn from
 * @param lead     sentences said before the charts, in order (often none)
 * @param charts   the charts to draw, in order; none when there is nothing to draw, which
 *                 {@code lead} then says
 */
public record CategoryChartPlan(CategoryCharts category, ImmutableList<String> lead, ImmutableList<Chart> charts) {

    public CategoryChartPlan {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(charts, "charts");
    }

    /**
     * One chart of the plan.
     *
     * @param kind    which chart
     * @param heading what stands above it ("Gap to the leader of the final top 10")
     * @param notes   the sentences under it, in order (often none)
     */
    public record Chart(ChartKind kind, String heading, ImmutableList<String> notes) {
        public Chart {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(notes, "notes");
        }
    }

    /**
     * The plan of one category.
     *
     * @param labels     the report's words
     * @param asOfStage  the stage of a bulletin after a stage, or null for the whole event
     */
    public static CategoryChartPlan of(CategoryCharts category, Labels labels, String asOfStage) {
        boolean stageBulletin = asOfStage != null;
        String name = category.category().name();
        if (!draws(category, stageBulletin)) {
            return new CategoryChartPlan(category, Lists.immutable.of(stageBulletin
                    ? labels.text("chart.nothing.stage", name, asOfStage)
                    : labels.text("chart.nothing", name)), Lists.immutable.empty());
        }
        List<String> notes = notes(category, labels);
        String count = Integer.toString(Math.min(category.crews().size(), RaceCharts.TOP));
        boolean positions = !stageBulletin && drawsPositions(category);
        boolean gaps = drawsGaps(category);
        List<String> lead = new ArrayList<>();
        if (!stageBulletin && category.generalStages().notEmpty() && category.crews().notEmpty() && !positions
                && !gaps) {
            // The tables list other crews (the test kit's excerpt: leaders who did not finish in the top ten).
            lead.add(labels.text("chart.noneListed", count));
        }
        List<Chart> charts = new ArrayList<>();
        if (positions) {
            List<String> positionNotes = new ArrayList<>(notes);
            if (RaceChartPictures.lowestPlace(category) > RaceChartPictures.DEEPEST_PLACE) {
                positionNotes.add(labels.text("chart.offChart", Integer.toString(RaceChartPictures.DEEPEST_PLACE)));
            }
            charts.add(new Chart(ChartKind.POSITIONS, reference(category, labels, "chart.positions", count),
                    Lists.immutable.withAll(positionNotes)));
        }
        if (gaps) {
            List<String> gapNotes = new ArrayList<>(notes);
            List<String> unlisted = category.crews().select(crew -> crew.gaps().allSatisfy(Objects::isNull))
                    .collect(ChartCrew::label).castToList();
            if (!unlisted.isEmpty()) {
                // The gap chart has no line for them (the positions chart has their final place).
                gapNotes.add(labels.text("chart.unlisted", String.join(", ", unlisted)));
            }
            charts.add(new Chart(ChartKind.GAPS, reference(category, labels, "chart.gaps", count),
                    Lists.immutable.withAll(gapNotes)));
        }
        if (!stageBulletin && category.hasWins()) {
            charts.add(new Chart(ChartKind.WINS, labels.text("chart.wins"), Lists.immutable.empty()));
        }
        return new CategoryChartPlan(category, Lists.immutable.withAll(lead), Lists.immutable.withAll(charts));
    }

    /** Whether a bulletin (after a stage, or of the whole event) has a chart to draw for some category. */
    public static boolean drawsAnything(RaceCharts charts, boolean stageBulletin) {
        return charts.categories().anySatisfy(category -> draws(category, stageBulletin));
    }

    private static boolean draws(CategoryCharts category, boolean stageBulletin) {
        return drawsGaps(category) || !stageBulletin && (drawsPositions(category) || category.hasWins());
    }

    private static boolean drawsPositions(CategoryCharts category) {
        return category.generalStages().notEmpty() && category.hasPositions();
    }

    private static boolean drawsGaps(CategoryCharts category) {
        return category.hasGaps();
    }

    /** "… of the final top 10", or "… of the top 3 after stage 7". */
    private static String reference(CategoryCharts category, Labels labels, String key, String count) {
        RaceCharts.Reference reference = category.reference();
        return reference.stageLabel() == null ? labels.text(key + ".final", count)
                : labels.text(key + ".general", count, reference.stageLabel());
    }

    /** What the lines cannot show: the stages without a general classification, and partial ones. */
    private static List<String> notes(CategoryCharts category, Labels labels) {
        List<String> notes = new ArrayList<>();
        List<String> without = category.stagesWithoutGeneral().collect(StagePoint::label).castToList();
        if (!without.isEmpty()) {
            notes.add(labels.text(without.size() == 1 ? "chart.noGeneral.one" : "chart.noGeneral.other",
                    String.join(", ", without)));
        }
        if (category.partial()) {
            notes.add(labels.text("chart.partial"));
        }
        return notes;
    }
}
