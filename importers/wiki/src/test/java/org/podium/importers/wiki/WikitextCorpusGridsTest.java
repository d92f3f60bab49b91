package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Cell.Line;
import org.podium.importers.wiki.internal.Cell.Span;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/**
 * Golden tests of the grids the wikitext reader makes of the corpus files: row- and column-spans
 * resolved as the page shows them, headers, crews split, nationalities from flags, no markup left.
 */
class WikitextCorpusGridsTest {

    // ---------------------------------------------------------------- 2002 Dakar Rally

    @Test
    void theDakarItineraryResolvesLoopsLiaisonsAndTheRestDay() throws Exception {
        Grid itinerary = WikitextFiles.read(WikitextFiles.DAKAR, Diagnostics.collector()).grids().getFirst();

        assertThat(itinerary.sectionPath()).containsExactly("Stages");
        assertThat(paths(itinerary)).containsExactly("Stage", "Date", "From", "To", "Total (km)",
                "Stage winners › Bikes", "Stage winners › Cars", "Stage winners › Trucks");
        assertThat(itinerary.rows()).hasSize(17);
        assertRow(itinerary.rows().get(0), "1", "28 December", "FRA Arras", "FRA Châteauroux", "465", "Liaison only",
                "Liaison only", "Liaison only");
        assertSpans(itinerary.rows().get(0), "OOOOOO<<");
        assertRow(itinerary.rows().get(9), "", "6 January", "Atar", "Rest day", "Rest day", "Rest day", "Rest day",
                "Rest day");
        assertSpans(itinerary.rows().get(9), "OOOO<<<<");
        assertRow(itinerary.rows().get(10), "10", "7 January", "Atar", "Atar", "404", "RSA A. Cox",
                "DEU J. Kleinschmidt", "BRA A. de Azevedo");
        assertSpans(itinerary.rows().get(10), "OOO<OOOO");
        assertRow(itinerary.rows().get(16), "16", "13 January", "SEN Dakar", "SEN Dakar", "69", "ITA G. Sala",
                "BEL G. De Mévius", "BRA A. de Azevedo");
        Cell dakar = itinerary.rows().get(16).cell(3);
        assertThat(dakar.span()).isEqualTo(Span.FROM_LEFT);
        assertThat(dakar.lines()).containsExactly(new Line("SEN", "Dakar"));
        assertThat(itinerary.rows().get(7).cell(3).lines()).as("a place without a flag").containsExactly(
                new Line(null, "Zouerat"));

        Cell cancelled = itinerary.rows().get(1).cell(7);
        assertThat(cancelled.text()).isEqualTo("Stage cancelled");
        assertThat(cancelled.footnotes()).containsExactly("Stages cancelled for trucks due to poor weather conditions.");
        assertThat(itinerary.notes().collect(Grid.NoteLine::text))
                .as("the named footnote used twice is one note, its text from the <references> list")
                .containsExactly("Stages cancelled for trucks due to poor weather conditions.");
        assertThat(itinerary.notes().getFirst().position().describe()).isEqualTo("2002-dakar-rally.wikitext:58:13");
    }

    @Test
    void theDakarStageResultsSpanEachStageAndShareATiesPositionAndTime() throws Exception {
        WikiDocument dakar = WikitextFiles.read(WikitextFiles.DAKAR, Diagnostics.collector());
        Grid bikes = dakar.grids().get(1);

        assertThat(bikes.sectionPath()).containsExactly("Stage Results", "Motorcycles");
        assertThat(paths(bikes)).containsExactly("Stage", "Stage result › Pos", "Stage result › Competitor",
                "Stage result › Make", "Stage result › Time", "Stage result › Gap", "General classification › Pos",
                "General classification › Competitor", "General classification › Make",
                "General classification › Time", "General classification › Gap");
        assertThat(bikes.rows()).as("stage 1's liaison row and three rows for each of stages 2 to 16").hasSize(46);
        assertSpans(bikes.rows().getFirst(), "OO<<<<<<<<<");
        assertThat(bikes.rows().getFirst().cell(10).text()).isEqualTo("Liaison only");

        Grid.GridRow tie = bikes.rows().get(5);
        assertRow(tie, "3", "2", "FRA Cyril Despres", "KTM", "26:10", "0:04", "1", "ESP Nani Roma", "KTM", "32:38", "");
        assertSpans(tie, "^OOOOO^OO^^");
        assertThat(bikes.rows().get(4).cell(6).span()).isEqualTo(Span.OWN);
        assertThat(tie.cell(7).lines()).containsExactly(new Line("ESP", "Nani Roma"));
        assertRow(bikes.rows().get(45), "16", "3", "ESP Isidre Esteve", "KTM", "17:56", "0:11", "3",
                "FRA Richard Sainct", "KTM", "49:21:24", "1:20:25");

        Grid trucks = dakar.grids().get(3);
        assertRow(trucks.rows().get(1), "2", "Stage cancelled due to poor conditions",
                "Stage cancelled due to poor conditions", "Stage cancelled due to poor conditions",
                "Stage cancelled due to poor conditions", "Stage cancelled due to poor conditions",
                "Stage cancelled due to poor conditions", "Stage cancelled due to poor conditions",
                "Stage cancelled due to poor conditions", "Stage cancelled due to poor conditions",
                "Stage cancelled due to poor conditions");
        Cell crew = trucks.rows().get(3).cell(2);
        assertThat(crew.text()).isEqualTo("RUS Vladimir Chagin RUS Semen Yakubov RUS Sergey Savostin");
        assertThat(crew.lines()).containsExactly(new Line("RUS", "Vladimir Chagin"), new Line("RUS", "Semen Yakubov"),
                new Line("RUS", "Sergey Savostin"));
        assertThat(trucks.notes().collect(Grid.NoteLine::text)).containsExactly("All competitors awarded a stage time of 50:00.");
    }

    @Test
    void theDakarFinalStandingsSplitTheCoDrivers() throws Exception {
        Grid trucks = WikitextFiles.read(WikitextFiles.DAKAR, Diagnostics.collector()).grids().get(6);

        assertThat(trucks.sectionPath()).containsExactly("Final standings", "Trucks");
        assertThat(paths(trucks)).containsExactly("Pos", "No.", "Driver", "Co-Drivers", "Truck", "Time");
        assertRow(trucks.rows().get(5), "6", "410", "NED Jan de Rooy", "NED Gérard de Rooy BEL Yvo Geusens", "DAF",
                "+14:30:51");
        assertThat(trucks.rows().get(5).cell(3).lines()).containsExactly(new Line("NED", "Gérard de Rooy"),
                new Line("BEL", "Yvo Geusens"));
    }

    // ---------------------------------------------------------------- 2026 Melbourne Formula 2 round

    @Test
    void formula2PositionsAreHeaderCellsAndFullWidthRowsSpanTheTable() throws Exception {
        WikiDocument f2 = WikitextFiles.read(WikitextFiles.FORMULA_2, Diagnostics.collector());
        assertThat(f2.grids()).hasSize(5);
        Grid qualifying = f2.grids().get(0);

        assertThat(qualifying.sectionPath()).containsExactly("Classification", "Qualifying");
        assertThat(paths(qualifying)).containsExactly("Pos.", "No.", "Driver", "Entrant", "Time/Gap", "Grid SR",
                "Grid FR");
        assertThat(qualifying.rows()).as("21 within 107%, the 107% row, Boya, the source row").hasSize(24);
        Grid.GridRow pole = qualifying.rows().getFirst();
        assertRow(pole, "1", "7", "SWE Dino Beganovic", "DAMS Lucas Oil", "1:28.695", "10", "1");
        assertThat(pole.cell(0).header()).isTrue();
        assertThat(pole.cell(1).header()).isFalse();
        assertThat(qualifying.rows().get(2).cell(2).lines()).containsExactly(new Line("IRL", "Alex Dunne"));

        Grid.GridRow cutOff = qualifying.rows().get(21);
        assertSpans(cutOff, "O<<<<<<");
        assertThat(cutOff.cells()).allSatisfy(c -> {
            assertThat(c.text()).isEqualTo("107% time: 1:34.903 (+6.208)");
            assertThat(c.header()).isTrue();
        });
        Grid.GridRow boya = qualifying.rows().get(22);
        assertRow(boya, "—", "12", "ESP Mari Boya", "Prema Racing", "+34.198", "22", "22");
        assertThat(boya.cell(0).header()).isTrue();
        assertThat(boya.cell(5).footnotes()).singleElement().asString()
                .startsWith("Mari Boya failed to set a time within the 107%-mark");
        Grid.GridRow source = qualifying.rows().get(23);
        assertThat(source.cell(6).text()).isEqualTo("Source:");
        assertThat(source.cell(6).footnotes()).containsExactly(
                "Doc 32 - Qualifying - final classification (Fédération Internationale de l'Automobile)");
    }

    @Test
    void formula2RacesKeepRetirementsPointsAndTheirNotes() throws Exception {
        WikiDocument f2 = WikitextFiles.read(WikitextFiles.FORMULA_2, Diagnostics.collector());
        Grid sprint = f2.grids().get(1);
        Grid feature = f2.grids().get(2);

        assertThat(paths(sprint)).containsExactly("Pos.", "No.", "Driver", "Entrant", "Laps", "Time/Retired", "Grid",
                "Points");
        assertThat(sprint.rows()).as("21 classified, 1 DNF, fastest lap, source").hasSize(24);
        assertRow(sprint.rows().get(2), "3", "15", "IRE Alex Dunne", "Rodin Motorsport", "23", "+5.746", "8", "6");
        assertRow(sprint.rows().get(9), "10", "14", "NOR Martinius Stenshorne", "Rodin Motorsport", "23", "+9.519", "9",
                "1");
        assertThat(sprint.rows().get(9).cell(5).footnotes()).containsExactly("Martinius Stenshorne received a"
                + " five-second time penalty for leaving the track and gaining an advantage over Nikola Tsolov.");
        assertRow(sprint.rows().get(21), "DNF", "12", "ESP Mari Boya", "Prema Racing", "13", "Accident", "22", "");
        assertThat(sprint.rows().get(22).cell(0).text()).isEqualTo("Fastest lap: NOR Martinius Stenshorne (1:32.045 on lap 23)");
        assertSpans(sprint.rows().get(22), "O<<<<<<<");

        assertThat(feature.rows()).as("19 classified, 3 DNF, fastest lap, source").hasSize(24);
        assertRow(feature.rows().getFirst(), "1", "6", "BUL Nikola Tsolov", "Campos Racing", "33", "56:05.248", "5", "25");
        assertRow(feature.rows().get(2), "3", "24", "NED Laurens van Hoepen", "Trident", "33", "+3.517", "11", "15+1");
        assertRow(feature.rows().get(19), "DNF", "7", "SWE Dino Beganovic", "DAMS Lucas Oil", "15", "Mechanical", "1", "2");
        assertThat(feature.notes().collect(Grid.NoteLine::text)).contains(
                "Joshua Dürksen was handed a five-second time penalty for a false start.",
                "Cian Shields was given a five-second time penalty for exceeding track limits.");
    }

    @Test
    void formula2StandingsAreCaptionedByTheirTermLines() throws Exception {
        WikiDocument f2 = WikitextFiles.read(WikitextFiles.FORMULA_2, Diagnostics.collector());
        Grid drivers = f2.grids().get(3);
        Grid teams = f2.grids().get(4);

        assertThat(drivers.caption()).isEqualTo("Drivers' Championship standings");
        assertThat(teams.caption()).isEqualTo("Teams' Championship standings");
        assertThat(drivers.sectionPath()).containsExactly("Standings after the event");
        assertThat(paths(drivers)).containsExactly("", "Pos.", "Driver", "Points");
        assertRow(drivers.rows().getFirst(), "", "1", "BUL Nikola Tsolov", "25");
        assertRow(teams.rows().get(2), "", "3", "GBR Hitech", "20");
        assertThat(teams.notes().collect(Grid.NoteLine::text))
                .containsExactly("Note: Only the top five positions are included for both sets of standings.");
    }

    @Test
    void formula2TitleIsTheLeadsFullNameAndTheInfoboxKeepsItsEntries() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        WikiDocument f2 = WikitextFiles.read(WikitextFiles.FORMULA_2, diagnostics);

        assertThat(f2.title()).isEqualTo("2026 Melbourne FIA Formula 2 round");
        assertThat(f2.properties().collect(p -> p.key() + "=" + p.value())).contains("Country=Australia",
                "Name=Melbourne", "Location=Albert Park Circuit, Melbourne, Victoria, Australia",
                "First Driver R2=Nikola Tsolov", "Pole Time R2=1:28.695");
        assertThat(f2.prose()).singleElement().asString().startsWith("The 2026 Melbourne FIA Formula 2 round was a");
        assertThat(diagnostics.all().collect(Diagnostic::message)).anyMatch(m -> m.contains(
                "the title '2026 Melbourne FIA Formula 2 round' is the lead's first bold phrase"));
    }

    // ---------------------------------------------------------------- the UCI world championships

    @Test
    void theTimeTrialReadsMedalsAsRanksAndRidersWithTheirNations() throws Exception {
        WikiDocument tt = WikitextFiles.read(WikitextFiles.TIME_TRIAL, Diagnostics.collector());
        assertThat(tt.grids()).hasSize(2);
        Grid champions = tt.grids().get(0);
        Grid classification = tt.grids().get(1);

        assertThat(paths(champions)).containsExactly("Name", "Country", "Reason");
        assertRow(champions.rows().getFirst(), "Tobias Foss", "Norway", "Incumbent World Champion");
        assertThat(champions.rows().getFirst().cell(1).lines()).containsExactly(new Line("Norway", "Norway"));

        assertThat(paths(classification)).containsExactly("Rank", "Rider", "Time");
        assertThat(classification.rows()).as("77 finishers and a DNF").hasSize(78);
        assertRow(classification.rows().getFirst(), "1", "BEL Remco Evenepoel", "55' 19.23\"");
        assertThat(classification.rows().getFirst().cell(1).lines()).containsExactly(new Line("BEL", "Remco Evenepoel"));
        assertRow(classification.rows().get(1), "2", "ITA Filippo Ganna", "+ 12.28\"");
        assertRow(classification.rows().get(2), "3", "GBR Josh Tarling", "+ 48.20\"");
        assertRow(classification.rows().get(5), "6", "POR Nelson Oliveira", "+ 1' 52.46”");
        assertRow(classification.rows().get(55), "56", "Amir Arsalan Ansari (REF)", "+ 10' 04.13\"");
        assertThat(classification.rows().get(55).cell(1).lines()).containsExactly(new Line(null, "Amir Arsalan Ansari (REF)"));
        assertRow(classification.rows().get(77), "", "MRI Alexandre Mayer", "DNF"); // {{hs|78}}: hidden on the page
        assertThat(classification.notes().collect(Grid.NoteLine::text))
                .containsExactly("Final Results / Résultat final: Men Time Trial (Tissot Timing)");
    }

    @Test
    void theRoadRaceReadsTheLegendTheFinishersAndTheNonFinishers() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        WikiDocument rr = WikitextFiles.read(WikitextFiles.ROAD_RACE, diagnostics);
        assertThat(rr.grids()).hasSize(3);
        Grid legend = rr.grids().get(0);
        Grid finishers = rr.grids().get(1);
        Grid others = rr.grids().get(2);

        assertThat(paths(legend)).containsExactly("column 1", "column 2");
        assertRow(legend.rows().get(3), "DNF", "Denotes a rider who did not finish");
        assertThat(diagnostics.all()).anyMatch(d -> d.severity() == Severity.WARNING
                && d.position().line() == 26 && d.message().contains("no header row"));

        assertThat(paths(finishers)).containsExactly("Rank", "Rider", "Country", "Time");
        assertThat(finishers.rows()).hasSize(30);
        assertRow(finishers.rows().getFirst(), "1", "Tadej Pogačar", "SLO", "6h 21' 20\"");
        assertThat(finishers.rows().getFirst().cell(2).lines()).containsExactly(new Line("SLO", "SLO"));
        assertRow(finishers.rows().get(6), "7", "Isaac del Toro", "MEX", "s.t.");
        assertRow(finishers.rows().get(23), "24", "Artem Nych", "AIN Individual Neutral Athletes", "s.t.");

        assertThat(others.rows()).as("134 DNF and 1 DNS").hasSize(135);
        assertThat(others.rows()).allSatisfy(r -> assertThat(r.cell(0).text()).isEmpty());
        assertThat(others.rows().collect(r -> r.cell(1).text())).contains("Šimon Vaníček", "Ahmad Wais");
        assertRow(others.rows().getLast(), "", "Sam Oomen", "NED", "DNS");
    }

    // ---------------------------------------------------------------- an athlete's competition record

    @Test
    void theAthleticsRecordTakesItsHeaderFromTheTemplateAndResolvesNestedRowspans() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        WikiDocument record = WikitextFiles.read(WikitextFiles.ATHLETICS, diagnostics);
        Grid grid = record.grids().getOnly();

        assertThat(record.title()).isEqualTo("Ewelina Sętowska-Dryk");
        assertThat(paths(grid)).containsExactly("Year", "Competition", "Venue", "Position", "Event", "Notes");
        assertThat(grid.rows()).hasSize(16);
        assertThat(grid.rows().getFirst().cells()).allSatisfy(c -> assertThat(c.text()).isEqualTo("Representing POL"));
        // 2005: the year spans four rows, the Universiade and Izmir two of them.
        assertRow(grid.rows().get(3), "2005", "European Indoor Championships", "Madrid, Spain", "12th (sf)", "800 m",
                "2:11.43");
        assertRow(grid.rows().get(6), "2005", "Universiade", "Izmir, Turkey", "2nd", "4x400 m relay", "3:27.71");
        assertSpans(grid.rows().get(4), "^OOOOO");
        assertSpans(grid.rows().get(5), "^OOOOO");
        assertSpans(grid.rows().get(6), "^^^OOO");
        assertRow(grid.rows().get(9), "2006", "European Championships", "Gothenburg, Sweden", "3rd", "4x400 m relay",
                "3:27.77");
        assertRow(grid.rows().get(15), "2012", "European Championships", "Helsinki, Finland", "13th (h)", "800 m",
                "2:04.30");
    }

    @Test
    void theAthleticsRecordIsNotARaceAndTheImporterSaysSo(@TempDir Path dir) {
        Path file = WikitextFiles.copy(WikitextFiles.ATHLETICS, dir);
        assertThatThrownBy(() -> new WikiImporter().read(ImportRequest.of(file, Diagnostics.collector())))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no race tables");
    }

    // ---------------------------------------------------------------- helpers

    private static ImmutableList<String> paths(Grid grid) {
        return grid.columns().collect(path -> path.makeString(" › "));
    }

    private static void assertRow(Grid.GridRow row, String... texts) {
        assertThat(row.cells().collect(Cell::text)).as("row at %s", row.position()).containsExactly(texts);
        assertThat(row.cells()).allSatisfy(c -> assertThat(c.text()).doesNotContain("[[", "]]", "{{", "}}", "''", "<"));
    }

    /** O own, ^ from above, < from left. */
    private static void assertSpans(Grid.GridRow row, String spans) {
        assertThat(row.cells().collect(c -> switch (c.span()) {
            case OWN -> "O";
            case FROM_ABOVE -> "^";
            case FROM_LEFT -> "<";
        }).makeString("")).as("spans of the row at %s", row.position()).isEqualTo(spans);
    }
}
