package org.podium.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.testkit.SampleEvents;

/**
 * What the charts plot, not only what their legends and headings say: the values in each chart's
 * data, on the 2002 Dakar seeds. A document's text shows the legend names whether or not a line
 * goes through the right places; these values are the lines, in the PDF and the SVG pictures alike.
 */
class RaceChartPicturesValuesTest {

    private static final DocumentOptions OPTIONS = DocumentOptions.defaults(Article.ISSUED_AT);

    private static Event article;
    private static RaceChartPictures pictures;

    @BeforeAll
    static void readTheArticle() throws Exception {
        article = Article.dakar2002();
        pictures = new RaceChartPictures(ChartFonts.shared(), Report.of(article, OPTIONS).labels(), ChartSizes.PRINT);
    }

    @Test
    void theBikesPositionsChartPutsMeoniFirstFromStage8AndInTheFinal() {
        CategoryCharts bikes = RaceCharts.of(Report.of(article, OPTIONS)).category("bikes").orElseThrow();
        CategoryDataset data = data(pictures.positions(bikes));

        assertThat(names(data.getRowKeys())).hasSize(10).first().isEqualTo("1. Meoni");
        // Columns: stages 2 to 16 (no general classification after stage 1), then the final standings.
        assertThat(names(data.getColumnKeys())).hasSize(16).startsWith("2").endsWith("Final");
        assertThat(value(data, "1. Meoni", "7")).as("not in the top three after stage 7").isNull();
        assertThat(value(data, "1. Meoni", "8")).isEqualTo(1);
        assertThat(value(data, "1. Meoni", "Final")).isEqualTo(1);
        // Cox: second after stage 5, out of the top three after stage 6, third after stage 7.
        assertThat(value(data, "2. Cox", "5")).isEqualTo(2);
        assertThat(value(data, "2. Cox", "6")).isNull();
        assertThat(value(data, "2. Cox", "7")).isEqualTo(3);
        assertThat(value(data, "10. Marques", "Final")).isEqualTo(10);
    }

    @Test
    void theBikesGapChartPlotsTheArticlesGapsInMinutes() {
        CategoryCharts bikes = RaceCharts.of(Report.of(article, OPTIONS)).category("bikes").orElseThrow();
        CategoryDataset data = data(pictures.gaps(bikes));

        // Crews listed in no general classification have no line, and no legend entry.
        assertThat(names(data.getRowKeys())).startsWith("1. Meoni", "2. Cox", "3. Sainct")
                .doesNotContain("5. Esteve", "10. Marques");
        assertThat(value(data, "1. Meoni", "16").doubleValue()).isZero();
        // The article's own gap after stage 15: 0:47:52.
        assertThat(value(data, "2. Cox", "15").doubleValue()).isEqualTo(47 + 52 / 60.0);
    }

    @Test
    void afterStage3DespresAndRomaAreBothOnTheLeadersLine() throws Exception {
        Report report = Report.builder(SampleEvents.dakarExcerpt(), OPTIONS).scope(Scope.of(List.of("bikes"), "3"))
                .build();
        CategoryCharts bikes = RaceCharts.of(report).category("bikes").orElseThrow();
        CategoryDataset data = data(pictures.gaps(bikes));

        assertThat(names(data.getColumnKeys())).containsExactly("2", "3");
        // Tied first at 0:32:38: no gap for either.
        assertThat(value(data, "1. Despres", "3").doubleValue()).isZero();
        assertThat(value(data, "1. Roma", "3").doubleValue()).isZero();
        assertThat(value(data, "1. Roma", "2").doubleValue()).isEqualTo(0.25);
        assertThat(value(data, "3. Tiainen", "3").doubleValue()).isEqualTo(21 / 60.0);
    }

    @Test
    void theTrucksWinsChartCountsEachMakesStageWins() {
        CategoryCharts trucks = RaceCharts.of(Report.of(article, OPTIONS)).category("trucks").orElseThrow();
        CategoryDataset data = data(pictures.wins(trucks));

        assertThat(names(data.getColumnKeys())).containsExactly("Kamaz", "Tatra", "DAF",
                "Mercedes-Benz", "Tatra 815");
        assertThat(value(data, "Stage wins", "Kamaz").intValue()).isEqualTo(7);
        assertThat(value(data, "Stage wins", "Tatra 815").intValue()).isEqualTo(1);
    }

    private static CategoryDataset data(JFreeChart chart) {
        return chart.getCategoryPlot().getDataset();
    }

    /** The value at a row and a column named as the chart prints them. */
    private static Number value(CategoryDataset data, String row, String column) {
        Comparable<?> rowKey = key(data.getRowKeys(), row);
        Comparable<?> columnKey = key(data.getColumnKeys(), column);
        return data.getValue(rowKey, columnKey);
    }

    private static List<String> names(List<?> keys) {
        return keys.stream().map(Object::toString).toList();
    }

    private static Comparable<?> key(List<?> keys, String text) {
        for (Object key : keys) {
            if (key.toString().equals(text)) {
                return (Comparable<?>) key;
            }
        }
        throw new AssertionError("no " + text + " in " + keys);
    }
}
