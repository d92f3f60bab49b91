package org.podium.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.report.DocumentOptions;
import org.podium.report.RaceCharts;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.testkit.SampleEvents;

/**
 * What every document says of a category's charts, planned once: which charts, their headings, and
 * the sentences before and under them, on the 2002 article (its general classifications list a top
 * three) and the test kit's excerpt (none lists the final top two).
 */
class CategoryChartPlanTest {

    @Test
    void theWholeArticleHasThePositionsTheGapsAndTheWinsOfEachCategory() throws Exception {
        Report report = Article.report("en", null);
        CategoryChartPlan bikes = CategoryChartPlan.of(Article.charts(report, "bikes"), report.labels(), null);

        assertThat(bikes.lead()).isEmpty();
        assertThat(bikes.charts()).extracting(CategoryChartPlan.Chart::kind)
                .containsExactly(ChartKind.POSITIONS, ChartKind.GAPS, ChartKind.WINS);
        assertThat(bikes.charts()).extracting(CategoryChartPlan.Chart::heading).containsExactly(
                "Positions in the general classification of the final top 10", "Gap to the leader of the final top 10",
                "Stage wins by make");
        String noGeneral = "No general classification after stage 1.";
        String partial = "The source gives only part of some general classifications: a crew is drawn only after"
                + " the stages where it is listed.";
        assertThat(bikes.charts().get(0).notes()).containsExactly(noGeneral, partial);
        // Crews no general classification lists have no gap line, and the gap chart says who they are.
        assertThat(bikes.charts().get(1).notes()).containsExactly(noGeneral, partial,
                "In no general classification the source gives, so without a line: Esteve, Sala, Bernard,"
                        + " Ullevålseter, Marques.");
        assertThat(bikes.charts().get(2).notes()).isEmpty();

        CategoryChartPlan trucks = CategoryChartPlan.of(Article.charts(report, "trucks"), report.labels(), null);
        assertThat(trucks.charts().get(0).notes()).startsWith("No general classification after stages 1, 2, 4.");
    }

    @Test
    void aBulletinAfterStage7HasOnlyTheGapsOfTheTopThreeThen() throws Exception {
        Report report = Article.report("en", "7");
        CategoryChartPlan cars = CategoryChartPlan.of(Article.charts(report, "cars"), report.labels(), "7");

        assertThat(cars.charts()).extracting(CategoryChartPlan.Chart::kind).containsExactly(ChartKind.GAPS);
        assertThat(cars.charts().get(0).heading()).isEqualTo("Gap to the leader of the top 3 after stage 7");
        assertThat(CategoryChartPlan.drawsAnything(RaceCharts.of(report), true)).isTrue();
    }

    @Test
    void thePlanSpeaksTheReportsLanguage() throws Exception {
        Report report = Article.report("fr", null);
        CategoryChartPlan bikes = CategoryChartPlan.of(Article.charts(report, "bikes"), report.labels(), null);

        assertThat(bikes.charts()).extracting(CategoryChartPlan.Chart::heading).containsExactly(
                "Places au classement général des 10 premiers du classement final",
                "Écart au leader des 10 premiers du classement final", "Victoires d’étape par marque");
        assertThat(bikes.charts().get(0).notes()).first().isEqualTo("Pas de classement général à l’issue de l’étape 1.");
    }

    /** The excerpt's general classifications list leaders who did not finish in its final top two. */
    @Test
    void whenNoGeneralClassificationListsTheFinalTopOnlyTheWinsAreDrawnAndTheLeadSaysWhy() {
        Report report = Report.of(SampleEvents.dakarExcerpt(), DocumentOptions.defaults(Article.ISSUED_AT));
        CategoryChartPlan bikes = CategoryChartPlan.of(Article.charts(report, "bikes"), report.labels(), null);

        assertThat(bikes.lead()).containsExactly("The general classifications the source gives list none of the"
                + " final top 2: their places and gaps cannot be drawn.");
        assertThat(bikes.charts()).extracting(CategoryChartPlan.Chart::kind).containsExactly(ChartKind.WINS);
    }

    @Test
    void aCategoryWithNothingToDrawSaysSoAndNothingMore() throws Exception {
        // The excerpt's trucks after stage 3: stage 2 cancelled, no general classification given.
        Report report = Report.builder(SampleEvents.dakarExcerpt(), DocumentOptions.defaults(Article.ISSUED_AT))
                .scope(Scope.of(List.of("trucks"), "3")).build();
        CategoryChartPlan trucks = CategoryChartPlan.of(Article.charts(report, "trucks"), report.labels(), "3");

        assertThat(trucks.charts()).isEmpty();
        assertThat(trucks.lead()).containsExactly(
                "Nothing to chart: the source gives no general classification for Trucks up to stage 3.");
        assertThat(CategoryChartPlan.drawsAnything(RaceCharts.of(report), true)).isFalse();
    }
}
