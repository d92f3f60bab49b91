package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.RaceCharts.ChartCrew;
import org.podium.report.RaceCharts.MakeWins;
import org.podium.report.RaceCharts.StagePoint;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.testkit.SampleArticles;
import org.podium.testkit.SampleEvents;

/**
 * The values the race charts draw ({@link RaceCharts}, in core), on real seeds: the bundled 2002
 * Dakar article (Wikipedia, CC BY-SA) as the wiki importer reads it, and the test kit's excerpt of
 * it. Here because this module may read both; core's own test uses hand-built events.
 */
class RaceChartsOfTheArticleTest {

    private static final DocumentOptions OPTIONS = DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));

    private static RaceCharts article;

    @BeforeAll
    static void readTheArticle(@TempDir Path dir) throws Exception {
        Event event = new WikiImporter().read(ImportRequest.of(SampleArticles.dakar2002(dir), Diagnostics.collector()));
        article = RaceCharts.of(Report.of(event, OPTIONS));
    }

    @Test
    void theBikesFinalTopTenAsTheTopThreeTablesSawThem() {
        CategoryCharts bikes = article.category("bikes").orElseThrow();

        assertThat(bikes.reference().kind()).isEqualTo(ClassificationKind.FINAL);
        assertThat(bikes.stagesWithoutGeneral()).extracting(StagePoint::label).containsExactly("1");
        assertThat(bikes.generalStages()).hasSize(15);
        assertThat(bikes.crews()).extracting(ChartCrew::label).containsExactly("Meoni", "Cox", "Sainct", "de Gavardo",
                "Esteve", "Sala", "Arcarons", "Bernard", "Ullevålseter", "Marques");
        // Stages 1 to 16: Meoni first in the general classification from stage 8 on, and in none before.
        ChartCrew meoni = bikes.crews().get(0);
        assertThat(meoni.positions()).containsExactly(null, null, null, null, null, null, null, 1, 1, 1, 1, 1, 1, 1,
                1, 1);
        // Cox: second after stage 5, out of the top three after stage 6, third after stage 7.
        ChartCrew cox = bikes.crews().get(1);
        assertThat(cox.positions().subList(4, 7)).containsExactly(2, null, 3);
        // The article's own gap after stage 15 (0:47:52), though its times say 0:46:52: podium check lists it.
        assertThat(cox.gaps().get(14)).isEqualTo(Duration.parse("PT47M52S"));
        assertThat(bikes.crews().get(2).finalGap()).isEqualTo(Duration.parse("PT1H20M25S"));
        assertThat(bikes.crews().getLast().finalPosition()).isEqualTo(10);
        assertThat(bikes.crews().getLast().positions()).allMatch(java.util.Objects::isNull);
        assertThat(bikes.stageWins()).containsExactly(new MakeWins("KTM", 15, Lists.immutable.of("2", "3", "4", "5",
                "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16")));
    }

    @Test
    void theTrucksStageWinsAndTheStagesWithoutAGeneralClassification() {
        CategoryCharts trucks = article.category("trucks").orElseThrow();

        assertThat(trucks.stagesWithoutGeneral()).extracting(StagePoint::label).containsExactly("1", "2", "4");
        assertThat(trucks.crews()).extracting(ChartCrew::label).startsWith("Chagin", "Loprais", "Sugawara");
        // The source names Loprais's Tatra "Tatra 815": a make is counted as the source writes it.
        assertThat(trucks.stageWins()).containsExactly(
                new MakeWins("Kamaz", 7, Lists.immutable.of("6", "7", "8", "9", "11", "12", "14")),
                new MakeWins("Tatra", 3, Lists.immutable.of("10", "15", "16")),
                new MakeWins("DAF", 1, Lists.immutable.of("5")),
                new MakeWins("Mercedes-Benz", 1, Lists.immutable.of("3")),
                new MakeWins("Tatra 815", 1, Lists.immutable.of("13")));
        assertThat(article.category("cars").orElseThrow().stageWins()).extracting(MakeWins::make, MakeWins::wins)
                .containsExactly(Tuple.tuple("Mitsubishi", 9),
                        Tuple.tuple("Nissan", 4), Tuple.tuple("SEAT", 2));
    }

    @Test
    void theExcerptsBikesHaveTwoStageWinsAndNoPlaceOfTheFinalTopAfterAnyStage() throws Exception {
        Report report = Report.of(SampleEvents.dakarExcerpt(), OPTIONS);
        CategoryCharts bikes = RaceCharts.of(report).category("bikes").orElseThrow();

        assertThat(bikes.stages()).extracting(StagePoint::label, StagePoint::hasGeneral).containsExactly(
                Tuple.tuple("1", false), Tuple.tuple("2", true),
                Tuple.tuple("3", true), Tuple.tuple("10", false));
        // Meoni and Ullevålseter finish first and second; Despres, retired, is not in the top ten.
        assertThat(bikes.crews()).extracting(ChartCrew::label).containsExactly("Meoni", "Ullevålseter");
        assertThat(bikes.crews().get(1).finalGap()).isEqualTo(Duration.parse("PT6H11M22S"));
        assertThat(bikes.hasPositions()).isFalse();
        assertThat(bikes.stageWins()).containsExactly(new MakeWins("KTM", 2, Lists.immutable.of("2", "3")));

        // After stage 3, Despres and Roma share the lead: both are leaders, both at no gap.
        Report after3 = Bulletins.report(SampleEvents.dakarExcerpt(), OPTIONS, List.of("bikes"), "3");
        CategoryCharts then = RaceCharts.of(after3).category("bikes").orElseThrow();
        assertThat(then.crews()).extracting(ChartCrew::label, ChartCrew::isLeader).containsExactly(
                Tuple.tuple("Despres", true), Tuple.tuple("Roma", true),
                Tuple.tuple("Tiainen", false));
        assertThat(then.crews().get(1).gaps()).containsExactly(null, Duration.ofSeconds(15), Duration.ZERO);
    }
}
