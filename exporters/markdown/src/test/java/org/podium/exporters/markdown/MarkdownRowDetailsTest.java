package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.report.Report;
import org.podium.testkit.RealResults;

/**
 * Class, class position and gap, laps, grid, points, laps behind and why a crew stopped, in the
 * classification tables, read back with commonmark-java; a column only where a row has it.
 */
class MarkdownRowDetailsTest {

    @TempDir
    Path dir;

    @Test
    void aGrandPrixShowsLapsGridPointsLapsBehindAndWhyRidersStopped() throws Exception {
        ParsedDocument.Table table = document(RealResults.sepang2008(), "en").table("125cc", "Final classification");

        assertThat(table.header()).containsExactly("Pos.", "No.", "Crew", "Make", "Entrant", "Laps", "Time", "Gap",
                "Grid", "Points");
        assertThat(table.alignment("Laps")).isEqualTo(TableCell.Alignment.RIGHT);
        assertThat(table.alignment("Points")).isEqualTo(TableCell.Alignment.RIGHT);
        assertThat(table.rowWith("Gábor Talmácsi (HUN)")).containsExactly("1", "1", "Gábor Talmácsi (HUN)", "Aprilia",
                "", "19", "0:43:00.716", "", "2", "25");
        assertThat(table.rowWith("Bradley Smith (GBR)")).containsExactly("2", "38", "Bradley Smith (GBR)", "Aprilia",
                "", "19", "0:43:04.132 *", "+0:00:03.416", "13", "20");
        assertThat(table.rowWith("Robert Muresan (ROU)")).containsExactly("22", "95", "Robert Muresan (ROU)", "Aprilia",
                "", "18", "—", "+1 lap", "31", "");
        assertThat(table.column("Pos.")).containsExactly("1", "2", "3", "21", "22", "Retired (Retirement)",
                "Retired (Accident)", "Did not start");
        assertThat(table.column("Laps")).containsExactly("19", "19", "19", "19", "18", "17", "0", "");
        assertThat(table.column("Grid")).containsExactly("2", "13", "8", "34", "31", "25", "21", "16");
    }

    @Test
    void inFrenchLapsBehindAndReasonsAreFrench() throws Exception {
        ParsedDocument.Table table = document(RealResults.sepang2008(), "fr").table("125cc", "Classement final");

        assertThat(table.header()).contains("Tours", "Grille", "Points");
        assertThat(table.rowWith("Robert Muresan (ROU)")).contains("+1 tour");
        assertThat(table.column("Pos.")).contains("Abandon (Accident)", "Abandon (Retirement)", "Non partant");
    }

    @Test
    void aRallyWithClassesShowsEachCrewsClassPlaceAndGapAndItsPoints() throws Exception {
        ParsedDocument.Table table = document(RealResults.portugal1974WithClasses(), "en")
                .table("Cars", "Final classification");

        assertThat(table.header()).containsExactly("Pos.", "No.", "Crew", "Make", "Entrant", "Class", "Cl. pos", "Time",
                "Gap", "Cl. gap", "Points");
        assertThat(table.rowWith("Harry Källström, Claes Billstam")).containsExactly("5", "",
                "Harry Källström, Claes Billstam", "Datsun 260Z", "", "Group 2", "2", "6:54:27", "+0:28:12",
                "+0:13:33", "8");
        assertThat(table.rowWith("Ove Andersson, Arne Hertz")).containsExactly("4", "", "Ove Andersson, Arne Hertz",
                "Toyota Corolla", "", "Group 2", "1", "6:40:54", "+0:14:39", "", "10");
        assertThat(table.column("Points")).containsExactly("20", "", "", "10", "8", "6", "4", "3", "2", "");
        assertThat(table.column("Cl. pos")).containsExactly("1", "2", "3", "1", "2", "4", "3", "4", "5", "6");
    }

    @Test
    void whatNoRowHasGetsNoColumn() throws Exception {
        ParsedDocument.Table table = document(RealResults.portugal1974(), "en").table("Cars", "Final classification");

        assertThat(table.header()).containsExactly("Pos.", "No.", "Crew", "Make", "Entrant", "Time", "Gap", "Points");
        assertThat(table.rowWith("Raffaele Pinto, Arnaldo Bernacchini")).containsExactly("1", "",
                "Raffaele Pinto, Arnaldo Bernacchini", "Fiat Abarth 124 Rallye", "", "6:26:15", "", "20");
    }

    @Test
    void aSourceWithOnlyAFinalClassificationHasNoEmptyItinerary() throws Exception {
        ParsedDocument document = document(RealResults.portugal1974(), "en");

        assertThat(document.headings(2)).containsExactly("Cars");
        assertThat(document.hasTableUnder("Itinerary")).isFalse();
    }

    private ParsedDocument document(Event event, String language) throws Exception {
        Report report = Written.report(event, Written.options().language(language).build(), List.of(), null);
        return Written.document(report, dir);
    }
}
