package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.importers.csv.Samples.hms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.NoteTable;
import org.podium.model.Stage;
import org.podium.model.StageTypes;
import org.podium.model.Times;
import org.podium.spi.DetectionInput;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.MatchStrength;
import org.podium.spi.Severity;

/**
 * A race folder read as one event: an entry list, an itinerary, three stage files (one written as
 * start and finish, crossing midnight), the stewards' penalties and statuses.
 */
class RaceFolderTest {

    private final CsvImporter importer = new CsvImporter();
    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    /** The Rallye de l'Atlas after stage 2: stage 3 is in the itinerary and has not arrived. */
    static Path atlas(Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("atlas-2026"));
        write(folder, "entries.csv", """
                # event: Rallye de l'Atlas 2026
                # start: 2026-01-03
                number,category,crew,nationality,make,entrant
                1,bikes,Radek Němec,CZE,Yamaha,Yamaha Factory Racing
                2,bikes,Joan Pla,ESP,KTM,Red Bull KTM
                3,bikes,Mia Roux,FRA,Honda,Monster Energy Honda
                201,cars,Hiroshi Masuoka / Pascal Maimon,JPN / FRA,Mitsubishi,Team Nippon Oil Mitsubishi Ralliart
                202,cars,Ana Núñez / Luc Ébert,ESP / FRA,Toyota,Toyota Gazoo Racing
                """);
        write(folder, "itinerary.csv", """
                stage,date,from,to,distance,type
                P,2026-01-03,Nador,Nador,12,prologue
                1,2026-01-04,Nador,Errachidia,420,special
                2,2026-01-05,Errachidia,Merzouga,380,special
                3,2026-01-06,Merzouga,Zagora,450,special
                """);
        write(folder, "stage-P.csv", """
                number,time
                1,0:10:12
                2,0:10:05
                3,0:10:30
                201,0:09:50
                202,0:09:58
                """);
        // A night stage: every finish is after midnight.
        write(folder, "stage-01.csv", """
                number,start,finish,penalty,penalty reason,status
                1,22:40:00,01:12:30,,,
                2,22:41:00,01:10:00,0:01:00,speeding,
                3,22:42:00,,,,DNF
                201,23:10:00,01:05:30,,,
                202,23:12:00,01:10:00.5,,,
                """);
        write(folder, "stage-02.csv", """
                number,time,status
                1,4:01:00,
                2,4:03:30,
                201,3:30:00,
                202,3:25:00,
                """);
        write(folder, "penalties.csv", """
                number,stage,penalty,reason
                202,1,0:05:00,missed waypoint
                """);
        write(folder, "statuses.csv", """
                number,stage,status,reason
                1,2,DSQ,technical infringement
                """);
        return folder;
    }

    @Test
    void theAtlasFolderIsOneEventWithItsItineraryEntriesAndStewardsDecisions(@TempDir Path dir) throws Exception {
        Event event = read(atlas(dir));

        assertThat(event.name()).isEqualTo("Rallye de l'Atlas 2026");
        assertThat(event.startDate()).hasToString("2026-01-03");
        assertThat(event.source()).isEqualTo("atlas-2026");
        assertThat(event.categories().collect(c -> c.id())).containsExactly("bikes", "cars");
        Entry masuoka = event.entriesById().get("cars-201");
        assertThat(masuoka.crewNames()).isEqualTo("Hiroshi Masuoka / Pascal Maimon");
        assertThat(masuoka.crew().collect(p -> p.nationality())).containsExactly("JPN", "FRA");
        assertThat(masuoka.entrant()).isEqualTo("Team Nippon Oil Mitsubishi Ralliart");
        assertThat(event.stages().collect(Stage::label)).containsExactly("P", "1", "2", "3");
        assertThat(event.stages().getFirst().type()).isEqualTo(StageTypes.PROLOGUE);
        assertThat(event.stage("3").orElseThrow().date()).hasToString("2026-01-06");
        assertThat(event.stage("1").orElseThrow().distanceKm()).isEqualByComparingTo("420");
        assertThat(diagnostics.all()).as("errors and warnings").noneMatch(d -> d.severity() != Severity.INFO);
    }

    @Test
    void startAndFinishGiveTheStageTimeAFinishBeforeTheStartBeingOnTheNextDay(@TempDir Path dir) throws Exception {
        Event event = read(atlas(dir));

        assertThat(times(event, "bikes", "1")).containsExactly("1 2 2:29:00 pen 0:01:00", "2 1 2:32:30 +0:03:30",
                "retired 3");
        assertThat(times(event, "cars", "1")).containsExactly("1 201 1:55:30", "2 202 1:58:00.5 +0:02:30.5 pen 0:05:00");
        assertThat(row(event, "cars", ClassificationKind.STAGE, "1", "cars-201").time()).isEqualTo(hms(1, 55, 30, 0));
    }

    @Test
    void theGeneralClassificationAfterEachStageCountsTheStewardsPenaltyAndStatuses(@TempDir Path dir)
            throws Exception {
        Event event = read(atlas(dir));

        assertThat(general(event, "bikes", "P")).containsExactly("1 2 0:10:05", "2 1 0:10:12 +0:00:07",
                "3 3 0:10:30 +0:00:25");
        assertThat(general(event, "bikes", "1")).containsExactly("1 2 2:40:05 pen 0:01:00", "2 1 2:42:42 +0:02:37",
                "retired 3");
        assertThat(general(event, "bikes", "2")).containsExactly("1 2 6:43:35 pen 0:01:00", "disqualified 1",
                "retired 3");
        assertThat(general(event, "cars", "P")).containsExactly("1 201 0:09:50", "2 202 0:09:58 +0:00:08");
        assertThat(general(event, "cars", "1")).as("the stewards' 5 minutes on stage 1")
                .containsExactly("1 201 2:05:20", "2 202 2:12:58.5 +0:07:38.5 pen 0:05:00");
        assertThat(general(event, "cars", "2")).containsExactly("1 201 5:35:20", "2 202 5:37:58.5 +0:02:38.5 pen 0:05:00");
        assertThat(event.classification("cars", ClassificationKind.GENERAL, "3")).as("stage 3 has not arrived").isEmpty();
        assertThat(lines(event, "cars", ClassificationKind.FINAL, null)).containsExactly("1 201 5:35:20",
                "2 202 5:37:58.5 +0:02:38.5 pen 0:05:00");
    }

    @Test
    void aStatusDecidedAfterTheStageKeepsTheTimeAndItsReasonIsANote(@TempDir Path dir) throws Exception {
        Event event = read(atlas(dir));

        assertThat(times(event, "bikes", "2")).containsExactly("1 2 4:03:30", "disqualified 1 4:01:00");
        assertThat(event.penalties().collect(p -> p.entryId() + " " + p.stageLabel() + " " + Times.format(p.time())
                + " " + p.reason())).containsExactly("bikes-2 1 0:01:00 speeding", "cars-202 1 0:05:00 missed waypoint");
        assertThat(event.notes()).singleElement().satisfies(note -> {
            assertThat(note.table()).isEqualTo(NoteTable.STAGE_RESULTS);
            assertThat(note.stageLabel()).isEqualTo("2");
            assertThat(note.categoryId()).isEqualTo("bikes");
            assertThat(note.text()).isEqualTo("1 Radek Němec, DSQ: technical infringement");
        });
    }

    @Test
    void factsComeFromTheEntryListFirstThenTheOtherFilesThenEventNameThenTheFolderName(@TempDir Path dir)
            throws Exception {
        Path folder = atlas(dir);
        write(folder, "stage-02.csv", "# event: Rallye de l'Atlas\n# edition: 3\nnumber,time\n1,4:01:00\n2,4:03:30\n"
                + "201,3:30:00\n202,3:25:00\n");

        Event event = read(folder);

        assertThat(event.name()).isEqualTo("Rallye de l'Atlas 2026");
        assertThat(event.edition()).as("a fact the entry list does not give").isEqualTo("3");
        assertThat(diagnostics.all().select(d -> d.severity() == Severity.WARNING).collect(d -> d.position() + ": "
                + d.message())).containsExactly("stage-02.csv:1:1: 'Rallye de l'Atlas' here, 'Rallye de l'Atlas 2026' at"
                        + " entries.csv:1:1: the first is used");

        Path unnamed = Files.createDirectories(dir.resolve("rallye-sans-nom"));
        write(unnamed, "entries.csv", RaceFolders.TWO_CARS);
        write(unnamed, "stage-1.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        assertThat(importer.read(ImportRequest.of(unnamed, Diagnostics.collector())).name()).isEqualTo("rallye-sans-nom");
        assertThat(importer.read(ImportRequest.builder(unnamed).eventName("Rallye des Sables").build()).name())
                .isEqualTo("Rallye des Sables");
    }

    @Test
    void anEntryListPerCategoryEachWithItsOwnCategoryLine(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("two-lists"));
        write(folder, "entries-bikes.csv", "# category: Bikes\nnumber,crew,nationality,make\n1,Radek Němec,CZE,Yamaha\n");
        write(folder, "entries-cars.csv", "# category: Cars\nnumber,crew,nationality,make\n201,Ana Núñez,ESP,Toyota\n");
        write(folder, "stage-1.csv", "number,time\n1,1:00:00\n201,0:58:00\n7,1:10:00\n");

        Event event = read(folder);

        assertThat(event.entries().collect(e -> e.categoryId() + " " + e.number())).containsExactly("bikes 1",
                "cars 201");
        assertThat(times(event, "cars", "1")).containsExactly("1 201 0:58:00");
        assertThat(diagnostics.all().select(d -> d.severity() != Severity.INFO).collect(d -> d.message()))
                .containsExactly("race number 7 is not in the entry list (entries-bikes.csv, line 3;"
                        + " entries-cars.csv, line 3); this row is not used");
    }

    @Test
    void aFolderOfTablesIsASolidMatchAndAFolderWithoutTablesNone() {
        assertThat(importer.detect(new DetectionInput("atlas-2026", true, new byte[0],
                Lists.immutable.of("entries.csv", "notes.txt", "stage-01.CSV")))).isEqualTo(MatchStrength.SOLID_MATCH);
        assertThat(importer.detect(new DetectionInput("pkg", true, new byte[0],
                Lists.immutable.of("datapackage.json", "entries.csv")))).isEqualTo(MatchStrength.FULL_MATCH);
        assertThat(importer.detect(new DetectionInput("photos", true, new byte[0],
                Lists.immutable.of("start.jpg", "README.md")))).isEqualTo(MatchStrength.NO_MATCH);
    }

    private Event read(Path folder) throws Exception {
        return importer.read(ImportRequest.of(folder, diagnostics));
    }

    static void write(Path folder, String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
    }

    /** A stage's classification, one line per row. */
    static List<String> times(Event event, String category, String stage) {
        return lines(event, category, ClassificationKind.STAGE, stage);
    }

    static List<String> general(Event event, String category, String stage) {
        return lines(event, category, ClassificationKind.GENERAL, stage);
    }

    /**
     * {@code 2 1 2:32:30 +0:03:30 pen 0:01:00}: position, race number, time, gap, penalty; or the
     * status and race number (and time) of a crew not classified.
     */
    static List<String> lines(Event event, String category, ClassificationKind kind, String stage) {
        var entries = event.entriesById();
        return event.classification(category, kind, stage).orElseThrow().rows().collect(row -> {
            String number = String.valueOf(entries.get(row.entryId()).number());
            String head = row.position() != null ? row.position() + " " + number
                    : row.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + number;
            return head + (row.time() == null ? "" : " " + Times.format(row.time()))
                    + (row.gap() == null ? "" : " " + Times.formatGap(row.gap()))
                    + (row.penalty() == null ? "" : " pen " + Times.format(row.penalty()));
        }).castToList();
    }

    static ClassificationRow row(Event event, String category, ClassificationKind kind, String stage, String entryId) {
        return event.classification(category, kind, stage).orElseThrow().rows().detect(r -> r.entryId().equals(entryId));
    }

    static Duration time(String text) {
        return Times.parseClock(text).orElseThrow();
    }
}
