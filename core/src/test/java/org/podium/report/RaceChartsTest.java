package org.podium.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.podium.model.Basis;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.EventIndex;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.SourcePosition;
import org.podium.model.Times;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.RaceCharts.ChartCrew;
import org.podium.report.RaceCharts.MakeWins;
import org.podium.report.RaceCharts.StagePoint;

/**
 * The chart values of the 2002 cars over stages 5 to 9, as the article's top-three tables give
 * them ({@link ReportFixture}): positions and gaps only where a table lists the crew.
 */
class RaceChartsTest {

    private static final DocumentOptions OPTIONS = DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z"));

    private final Event event = ReportFixture.event();

    @Test
    void theWholeEventFollowsTheFinalTopThreeThroughEveryGeneralClassification() {
        CategoryCharts cars = RaceCharts.of(Report.of(event, OPTIONS)).category("cars").orElseThrow();

        assertThat(cars.stages()).extracting(StagePoint::label).containsExactly("5", "6", "7", "8", "9");
        assertThat(cars.stages()).allMatch(StagePoint::hasGeneral).noneMatch(StagePoint::generalComplete);
        assertThat(cars.stagesWithoutGeneral()).isEmpty();
        assertThat(cars.partial()).isTrue();
        assertThat(cars.reference()).isEqualTo(new RaceCharts.Reference(ClassificationKind.FINAL, null, false));
        assertThat(cars.hasFinal()).isTrue();
        assertThat(cars.crews()).extracting(ChartCrew::label).containsExactly("Masuoka", "Shinozuka", "Kleinschmidt");
        assertThat(cars.crews()).extracting(ChartCrew::isLeader).containsExactly(true, false, false);

        ChartCrew masuoka = cars.crews().get(0);
        assertThat(masuoka.number()).isEqualTo(1);
        assertThat(masuoka.crewNames()).isEqualTo("Hiroshi Masuoka / Pascal Maimon");
        assertThat(masuoka.make()).isEqualTo("Mitsubishi");
        assertThat(masuoka.positions()).containsExactly(2, 1, 1, 1, 1);
        assertThat(masuoka.gaps()).containsExactly(clock("0:33"), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO);
        assertThat(masuoka.finalPosition()).isEqualTo(1);
        assertThat(masuoka.finalGap()).isEqualTo(Duration.ZERO);

        // Shinozuka is not in the top three after stage 5: missing there, not zero, not guessed.
        ChartCrew shinozuka = cars.crews().get(1);
        assertThat(shinozuka.positions()).containsExactly(null, 2, 2, 2, 2);
        assertThat(shinozuka.gaps()).containsExactly(null, clock("2:04"), clock("3:25"), clock("0:27"),
                clock("11:46"));
        assertThat(shinozuka.finalGap()).isEqualTo(clock("11:46"));

        ChartCrew kleinschmidt = cars.crews().get(2);
        assertThat(kleinschmidt.positions()).containsExactly(null, null, null, null, 3);
        assertThat(kleinschmidt.gaps()).containsExactly(null, null, null, null, clock("26:09"));
    }

    @Test
    void stageWinsCountEachMakesStageWinners() {
        CategoryCharts cars = RaceCharts.of(Report.of(event, OPTIONS)).category("cars").orElseThrow();

        // Peterhansel (Nissan) won stage 6; Masuoka stages 7 and 9 and Shinozuka stage 8 (Mitsubishi).
        assertThat(cars.stageWins()).containsExactly(
                new MakeWins("Mitsubishi", 3, Lists.immutable.of("7", "8", "9")),
                new MakeWins("Nissan", 1, Lists.immutable.of("6")));
    }

    @Test
    void afterStage7TheChartsFollowTheLeadersOfTheGeneralClassificationThen() throws ScopeException {
        Report report = Report.builder(event, OPTIONS).scope(Scope.of(List.of(), "7")).build();
        CategoryCharts cars = RaceCharts.of(report).category("cars").orElseThrow();

        assertThat(cars.stages()).extracting(StagePoint::label).containsExactly("5", "6", "7");
        assertThat(cars.reference()).isEqualTo(new RaceCharts.Reference(ClassificationKind.GENERAL, "7", false));
        assertThat(cars.hasFinal()).isFalse();
        assertThat(cars.crews()).extracting(ChartCrew::label).containsExactly("Masuoka", "Shinozuka", "De Mévius");
        ChartCrew deMevius = cars.crews().get(2);
        assertThat(deMevius.number()).isNull();
        assertThat(deMevius.positions()).containsExactly(1, 3, 3);
        assertThat(deMevius.gaps()).containsExactly(Duration.ZERO, clock("3:47"), clock("4:01"));
        assertThat(deMevius.finalPosition()).isNull();
        assertThat(deMevius.finalGap()).isNull();
        // Stage 8's win was not known after stage 7.
        assertThat(cars.stageWins()).containsExactly(
                new MakeWins("Mitsubishi", 1, Lists.immutable.of("7")),
                new MakeWins("Nissan", 1, Lists.immutable.of("6")));
    }

    @Test
    void aCategoryWithoutResultsHasStagesToShowAndNothingToDraw() {
        RaceCharts charts = RaceCharts.of(Report.of(event, OPTIONS));
        CategoryCharts bikes = charts.category("bikes").orElseThrow();

        assertThat(charts.categories()).extracting(c -> c.category().id()).containsExactly("bikes", "cars");
        assertThat(bikes.reference()).isNull();
        assertThat(bikes.crews()).isEmpty();
        assertThat(bikes.stageWins()).isEmpty();
        assertThat(bikes.stagesWithoutGeneral()).extracting(StagePoint::label).containsExactly("5", "6", "7", "8", "9");
        assertThat(bikes.hasAnything()).isFalse();
        assertThat(charts.isEmpty()).isFalse();
    }

    @Test
    void aStageWithoutGeneralClassificationIsSaidAndLeavesEveryCrewWithoutAPositionThere() {
        Event withoutGeneral6 = event.withClassifications(event.classifications()
                .reject(c -> c.kind() == ClassificationKind.GENERAL && "6".equals(c.stageLabel())));
        CategoryCharts cars = RaceCharts.of(Report.of(withoutGeneral6, OPTIONS)).category("cars").orElseThrow();

        assertThat(cars.stagesWithoutGeneral()).extracting(StagePoint::label).containsExactly("6");
        assertThat(cars.generalStages()).extracting(StagePoint::label).containsExactly("5", "7", "8", "9");
        assertThat(cars.crews().get(0).positions()).containsExactly(2, null, 1, 1, 1);
        assertThat(cars.crews().get(0).gaps()).containsExactly(clock("0:33"), null, Duration.ZERO, Duration.ZERO,
                Duration.ZERO);
    }

    @Test
    void aGapIsTheRowsOwnOrTheDifferenceOfTwoTimesOfTheTableAndNeverGuessed() {
        Classification general = new Classification("cars", ClassificationKind.GENERAL, "9", Basis.REPORTED, false,
                Lists.immutable.of(row(1, "cars-1", "14:34:59", null), row(2, "cars-2", "14:46:45", null),
                        row(3, "cars-3", null, null), row(4, "cars-gregoire-de-mevius", "15:00:00", "0:25:01")),
                SourcePosition.UNKNOWN);

        assertThat(RaceCharts.gap(general, general.rows().get(0))).isEqualTo(Duration.ZERO);
        assertThat(RaceCharts.gap(general, general.rows().get(1))).isEqualTo(clock("11:46"));
        assertThat(RaceCharts.gap(general, general.rows().get(2))).isNull();
        assertThat(RaceCharts.gap(general, general.rows().get(3))).as("the row's own gap, as the source gives it")
                .isEqualTo(clock("25:01"));
    }

    @Test
    void aTieForAStageWinCountsForEachCrewAndTheTopTenTakesEveryCrewTiedTenth() {
        List<ClassificationRow> rows = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            entries.add(new Entry("cars-" + (100 + i), "cars", 100 + i,
                    Lists.immutable.of(new Person("Driver Number" + i, null)), i % 2 == 0 ? "Toyota" : "Nissan",
                    null, null));
            // Positions 1 to 9, then three crews tied tenth.
            rows.add(row(Math.min(i, 10), "cars-" + (100 + i), null, null));
        }
        Event field = new Event("Tie Rally", null, null, null, null, "tie.csv", Lists.immutable.empty(),
                event.categories(), event.stages(), Lists.immutable.withAll(entries), Lists.immutable.of(
                        new Classification("cars", ClassificationKind.STAGE, "5", Basis.REPORTED, false,
                                Lists.immutable.of(row(1, "cars-101", "1:00:00", null),
                                        row(1, "cars-102", "1:00:00", null), row(1, "cars-104", "1:00:00", null)),
                                SourcePosition.UNKNOWN),
                        new Classification("cars", ClassificationKind.GENERAL, "5", Basis.REPORTED, true,
                                Lists.immutable.withAll(rows), SourcePosition.UNKNOWN)),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());

        CategoryCharts cars = RaceCharts.of(EventIndex.of(field)).category("cars").orElseThrow();

        assertThat(cars.crews()).hasSize(12);
        assertThat(cars.crews().getLast().referencePosition()).isEqualTo(10);
        assertThat(cars.stageWins()).containsExactly(new MakeWins("Toyota", 2, Lists.immutable.of("5")),
                new MakeWins("Nissan", 1, Lists.immutable.of("5")));
        assertThat(cars.stages().detect(s -> s.label().equals("5")).generalComplete()).isTrue();
    }

    @Test
    void twoCrewsOfOneSurnameAreToldApartByNumberOrInitial() {
        Event sainz = new Event("Sainz Rally", null, null, null, null, "", Lists.immutable.empty(),
                event.categories(), event.stages(), Lists.immutable.of(
                        new Entry("cars-1", "cars", 1, Lists.immutable.of(new Person("Laia Sainz", "ESP")), null,
                                null, null),
                        new Entry("cars-305", "cars", 305, Lists.immutable.of(new Person("Carlos Sainz", "ESP")),
                                null, null, null),
                        new Entry("cars-xavier-sainz", "cars", null,
                                Lists.immutable.of(new Person("Xavier Sainz", "ESP")), null, null, null)),
                Lists.immutable.of(new Classification("cars", ClassificationKind.FINAL, null, Basis.REPORTED, false,
                        Lists.immutable.of(row(1, "cars-1", null, null), row(2, "cars-305", null, null),
                                row(3, "cars-xavier-sainz", null, null)), SourcePosition.UNKNOWN)),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());

        ImmutableList<ChartCrew> crews = RaceCharts.of(EventIndex.of(sainz)).category("cars").orElseThrow().crews();

        assertThat(crews).extracting(ChartCrew::label).containsExactly("Sainz (1)", "Sainz (305)", "X. Sainz");
    }

    @Test
    void aSurnameTooLongForALegendIsCut() {
        Event longName = new Event("Long Rally", null, null, null, null, "", Lists.immutable.empty(),
                event.categories(), event.stages(), Lists.immutable.of(new Entry("cars-207", "cars", 207,
                        Lists.immutable.of(new Person("Jean-Pierre " + "Fontenay".repeat(40), "FRA")), null, null,
                        null)),
                Lists.immutable.of(new Classification("cars", ClassificationKind.FINAL, null, Basis.REPORTED, false,
                        Lists.immutable.of(row(1, "cars-207", null, null)), SourcePosition.UNKNOWN)),
                Lists.immutable.empty(), Lists.immutable.empty(), Lists.immutable.empty());

        assertThat(RaceCharts.of(EventIndex.of(longName)).category("cars").orElseThrow().crews().getOnly().label())
                .isEqualTo("FontenayFontenayFontena…").hasSize(RaceCharts.LABEL_LENGTH);
    }

    @Test
    void aSurnameKeepsItsParticles() {
        assertThat(Arrays.asList("Fabrizio Meoni", "Carlo de Gavardo", "Grégoire De Mévius", "Pål Anders Ullevålseter",
                "Jan de Rooy", "Saeed Al-Hajri", "Nasser Al Attiyah", "Jean-Pierre Fontenay", "Sainct",
                "Joop van der Berg").stream().map(RaceCharts::surname))
                .containsExactly("Meoni", "de Gavardo", "De Mévius", "Ullevålseter", "de Rooy", "Al-Hajri",
                        "Al Attiyah", "Fontenay", "Sainct", "van der Berg");
    }

    private static ClassificationRow row(int position, String entryId, String time, String gap) {
        return new ClassificationRow(position, entryId, null, time == null ? null : clock(time), false,
                gap == null ? null : clock(gap), null, ResultStatus.CLASSIFIED, SourcePosition.UNKNOWN);
    }

    private static Duration clock(String text) {
        return Times.parseClock(text).orElseThrow();
    }
}
