package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.importers.csv.Samples.messages;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.check.ConsistencyChecks;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.NoteTable;
import org.podium.model.Stage;
import org.podium.model.StageCategory;
import org.podium.model.StageStatus;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.MatchStrength;
import org.podium.spi.Severity;
import org.podium.testkit.ImporterContract;

/**
 * A list of special stages has a stage, a "Name" and a "Time" like a timing sheet, but its rows are
 * stages: it is an itinerary, its start times are times of day and never results.
 */
class SpecialStagesTest {

    private final CsvImporter importer = new CsvImporter();
    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void aSpecialStagesListIsAnItineraryNotATimingSheet(@TempDir Path dir) throws Exception {
        Path file = Samples.copy(dir, "special-stages.csv");

        assertThat(importer.detect(ImporterContract.detectionInput(file))).isEqualTo(MatchStrength.SOLID_MATCH);
        Event event = importer.read(ImportRequest.of(file, diagnostics));

        // No crews and no results: a stage name is not a crew, a start time of day not a stage time.
        assertThat(event.entries()).isEmpty();
        assertThat(event.classifications()).isEmpty();
        assertThat(event.stages().collect(Stage::label)).containsExactly("SS1", "SS2", "SS3", "SS4");
        assertThat(event.stages().collect(Stage::type)).containsOnly(StageTypes.SPECIAL);
        assertThat(event.stages().collect(Stage::distanceKm)).containsExactly(new BigDecimal("14.2"),
                new BigDecimal("21.05"), new BigDecimal("14.2"), new BigDecimal("21.05"));
        StageCategory second = event.stage("SS2").orElseThrow().categories().getOnly();
        assertThat(second.reportedWinner()).isEqualTo("John Smith");
        assertThat(second.status()).isEqualTo(StageStatus.RUN);
        StageCategory fourth = event.stage("SS4").orElseThrow().categories().getOnly();
        assertThat(fourth.status()).isEqualTo(StageStatus.CANCELLED);
        assertThat(fourth.reportedWinner()).isNull();
        // What the model has no field for is kept beside the itinerary, stage by stage.
        Note first = event.notes().detect(n -> "SS1".equals(n.stageLabel()));
        assertThat(first.table()).isEqualTo(NoteTable.ITINERARY);
        assertThat(first.text()).isEqualTo("SS1 Col des Pins 1: start 08:03; winner's time 9:41.2; leader after the"
                + " stage: Ana Núñez");
        assertThat(event.notes().detect(n -> "SS4".equals(n.stageLabel())).text())
                .isEqualTo("SS4 Valmont 2: start 14:45; leader after the stage: Ana Núñez");
        assertThat(messages(diagnostics)).contains(
                "read as an itinerary (the stage list), fields separated by ',' (the headers also fit a timing sheet,"
                        + " but each of its 4 rows is a different stage with a different 'Name', so the rows are stages,"
                        + " not crews' results)",
                "column 'Name' taken as stage name; the model has no field for it, so each stage's is kept in a note"
                        + " beside the itinerary",
                "column 'Start time' taken as start time (a time of day, never a result)",
                "column 'Time' taken as winner's time; the model has no field for it, so each stage's is kept in a note"
                        + " beside the itinerary");
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
        assertThat(ConsistencyChecks.of(event)).isEmpty();
    }

    @Test
    void aTimeOfDayBeforeTheNameAndTheWinnersTimeAfterTheWinnerAreToldApart(@TempDir Path dir) throws Exception {
        Event event = importer.read(ImportRequest.of(Samples.copy(dir, "special-stages-two-times.csv"), diagnostics));

        assertThat(event.stages().collect(Stage::label)).containsExactly("SS1", "SS2", "SS3");
        assertThat(event.stage("SS3").orElseThrow().categories().getOnly().reportedWinner()).isEqualTo("Ana Núñez");
        assertThat(event.notes().collect(Note::text)).containsExactly(
                "SS1 Col des Pins 1: start 08:03; winner's time 9:41.2; leader after the stage: Ana Núñez",
                "SS2 Valmont 1: start 09:15; winner's time 14:02.8; leader after the stage: Ana Núñez",
                "SS3 Col des Pins 2: start 13:33; winner's time 9:37.9; leader after the stage: Ana Núñez");
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.position().describe()).isEqualTo("special-stages-two-times.csv:1:3");
            assertThat(d.message()).isEqualTo("column 'Time' taken as start time (a time of day, never a result)");
        });
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.position().describe()).isEqualTo("special-stages-two-times.csv:1:7");
            assertThat(d.message()).startsWith("column 'Time' taken as winner's time");
        });
        // What is neither read nor kept is said, column by column.
        assertThat(messages(diagnostics, Severity.WARNING)).containsExactlyInAnyOrder(
                "column 'Leg' is not one Podium reads in an itinerary (the stage list); its values are not imported",
                "column 'Avg. spd.' is not one Podium reads in an itinerary (the stage list); its values are not"
                        + " imported");
    }

    @Test
    void aWinnersTimeThatIsNoTimeIsKeptAsWrittenAndSaid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stages.csv");
        Files.writeString(file, "SS,Name,Length,Winner,Time\nSS1,Col,14.20 km,Ana Núñez,9:41;2\n"
                + "SS2,Val,21.05 km,Bo Lind,14:02.8\n", StandardCharsets.UTF_8);

        Event event = importer.read(ImportRequest.of(file, diagnostics));

        assertThat(event.notes().getFirst().text()).isEqualTo("SS1 Col: winner's time 9:41;2");
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.position().describe()).isEqualTo("stages.csv:2:5");
            assertThat(d.message()).startsWith("'9:41;2' is not a time (");
        });
    }

    @Test
    void whenNoKindFitsEachOneTriedSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("winners.csv");
        Files.writeString(file, "Stage,Driver,Time\n1,Ana,1:00:00\n2,Bo,1:01:00\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.read(ImportRequest.of(file, diagnostics)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).position().describe()).isEqualTo("winners.csv:1"))
                .hasMessageContaining("not a table Podium knows (3 columns separated by ',': 'Stage', 'Driver', 'Time')")
                .hasMessageContaining("timing sheet: each of its 2 rows is a different stage with a different 'Driver',"
                        + " so the rows are stages, not crews' results")
                .hasMessageContaining("standings: no position column (pos, position, rank, pl, place, rang, clt)")
                .hasMessageContaining("itinerary: none of date, route, distance, type, winner, start time, stage name");
    }
}
