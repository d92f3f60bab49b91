package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Classification;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.RowDetails;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.testkit.RealResults;

/**
 * Class, class position and gap, laps, grid, points, laps behind and why a crew stopped, in the
 * bulletin's classification tables, read back with PDFBox: each column only when a row has it,
 * every row's values on its line, and names whole on one line with every column at once.
 */
class PdfRowDetailsTest {

    @TempDir
    Path dir;

    private int written;

    @Test
    void aGrandPrixShowsLapsGridPointsLapsBehindAndWhyRidersStopped() throws Exception {
        List<String> lines = ReadBack.lines(write(RealResults.sepang2008(), "en"));

        assertThat(lines).contains("Pos. No. Crew Make Laps Time Gap Grid Points",
                "1 1 Gábor Talmácsi HUN Aprilia 19 0:43:00.716 2 25",
                "2 38 Bradley Smith GBR Aprilia 19 0:43:04.132* +0:00:03.416 13 20",
                "21 48 Bastien Chesaux SUI Aprilia 19 0:44:47.325* +0:01:46.609 34",
                "22 95 Robert Muresan ROU Aprilia 18 — +1 lap 31",
                "12 Esteve Rabat ESP KTM 17 Retired (Retirement) 25",
                "73 Takaaki Nakagami JPN Aprilia 0 Retired (Accident) 21",
                "7 Efren Vazquez ESP Aprilia Did not start 16");
        assertThat(lines).noneMatch(line -> line.contains("Class") || line.contains("Cl. pos"));
    }

    @Test
    void inFrenchLapsBehindAndReasonsAreFrench() throws Exception {
        List<String> lines = ReadBack.lines(write(RealResults.sepang2008(), "fr"));

        assertThat(lines).contains("Pos. N° Équipage Marque Tours Temps Écart Grille Points",
                "22 95 Robert Muresan ROU Aprilia 18 — +1 tour 31",
                "73 Takaaki Nakagami JPN Aprilia 0 Abandon (Accident) 21");
    }

    @Test
    void aRallyWithClassesShowsEachCrewsClassPlaceAndGapAndItsPoints() throws Exception {
        List<String> lines = ReadBack.lines(write(RealResults.portugal1974WithClasses(), "en"));

        assertThat(lines).contains("Pos. No. Crew Make Class Cl. pos Time Gap Cl. gap Points",
                "1 Raffaele Pinto Fiat Abarth 124 Rallye Group 4 1 6:26:15 20",
                "4 Ove Andersson Toyota Corolla Group 2 1 6:40:54 +0:14:39 10",
                "5 Harry Källström Datsun 260Z Group 2 2 6:54:27 +0:28:12 +0:13:33 8",
                "10 António Borges Fiat 124 Sport Spyder Group 2 6 7:27:55 +1:01:40 +0:47:01");
        assertThat(lines).contains("Arnaldo Bernacchini", "Claes Billstam");
    }

    @Test
    void whatNoRowHasGetsNoColumn() throws Exception {
        List<String> lines = ReadBack.lines(write(RealResults.portugal1974(), "en"));

        assertThat(lines).contains("Pos. No. Crew Make Time Gap Points",
                "3 Markku Alén Fiat Abarth 124 Rallye 6:37:17 +0:11:02");
    }

    /** A source with only a final classification: no empty itinerary page, the table under its category. */
    @Test
    void aFinalClassificationAloneIsOnePage() throws Exception {
        List<String> pages = ReadBack.pages(write(RealResults.portugal1974(), "en"));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).doesNotContain("Itinerary").contains("Final classification — Cars\n")
                .contains("\nCars\nFinal classification\n").contains("1 Raffaele Pinto Fiat Abarth 124 Rallye 6:26:15 20");
    }

    /** Every optional column at once on A4: each name and value still reads whole on its row's line. */
    @Test
    void withEveryColumnNamesStayOnOneLine() throws Exception {
        Path pdf = write(everyColumn(), "en");
        List<String> lines = ReadBack.lines(pdf);

        assertThat(lines).contains("Pos. No. Crew Make Entrant Class Cl. pos Laps Time Gap Cl. gap Pen. Grid Points");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("2 38 Bradley Smith GBR Aprilia")
                .endsWith("Rookies 2 19 0:43:04.132* +0:00:03.416 +0:00:03.416 0:00:10 13 20"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("7 Efren Vazquez ESP Aprilia")
                .endsWith("Did not start 16"));
        for (Entry entry : everyColumn().entries()) {
            assertThat(lines).as(entry.driver().name() + " reads whole").anyMatch(line -> line.contains(
                    entry.driver().name() + " " + entry.driver().nationality() + " " + entry.make()));
        }
    }

    /**
     * The 125cc race with a class, a class position and gap, an entrant and a penalty on every
     * classified row, as no real table has them all: the widest a classification gets.
     */
    static Event everyColumn() {
        Event race = RealResults.sepang2008();
        Classification standings = race.classifications().getOnly();
        ImmutableList<Entry> entries = race.entries().collect(entry -> new Entry(entry.id(), entry.categoryId(),
                entry.number(), entry.crew(), entry.make(), "Red Bull MotoGP Rookies Cup Team",
                entry.number() == 38 || entry.number() == 1 ? "Rookies" : "Championship"));
        ImmutableList<ClassificationRow> rows = standings.rows().collect(row -> {
            RowDetails details = row.details();
            if (row.position() == null) {
                return row;
            }
            boolean rookie = row.entryId().equals("125cc-38") || row.entryId().equals("125cc-1");
            return new ClassificationRow(row.position(), row.entryId(), row.make(), row.time(), row.timeDerived(),
                    row.gap(), Duration.ofSeconds(10), row.status(), row.source(),
                    details.withClassPosition(rookie ? (row.position() == 1 ? 1 : 2) : row.position() - 1)
                            .withClassGap(row.position() == 1 ? null : row.gap()));
        });
        return new Event(race.name(), race.edition(), race.startDate(), race.finishDate(), race.description(),
                race.source(), race.properties(), race.categories(), race.stages(), entries,
                Lists.immutable.of(new Classification(standings.categoryId(), standings.kind(), standings.stageLabel(),
                        standings.basis(), standings.complete(), rows, standings.source())),
                race.penalties(), race.awardedTimes(), race.notes());
    }

    private Path write(Event event, String language) throws Exception {
        DocumentOptions options = DocumentOptions.builder(Bulletins.ISSUED).language(language).checks(false).build();
        Report report = Bulletins.report(event, options, List.of(), null);
        return Bulletins.write(report, dir.resolve("details-" + (++written) + ".pdf"));
    }
}
