package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.importers.csv.RaceFolderTest.times;
import static org.podium.importers.csv.RaceFolderTest.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/**
 * Each conflict between two files of a race folder is said at one place naming the other, the
 * reading goes on, and the first place (in file-name order) is the one used.
 */
class RaceFolderConflictsTest {

    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void aRaceNumberTheEntryListLacksIsAnErrorNamingTheEntryList(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,time\n7,1:00:00\n999,1:01:00\n9,1:02:00\n");

        Event event = read(folder);

        assertOnly(Severity.ERROR, "stage-01.csv:3:1", "race number 999 is not in the entry list (entries.csv,"
                + " lines 2–3); this row is not used");
        assertThat(times(event, "cars", "1")).containsExactly("1 7 1:00:00", "2 9 1:02:00 +0:02:00");
    }

    @Test
    void twoTimesForOneCrewAndStageInTwoFilesAreAnErrorAndTheFirstFileIsUsed(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-05.csv", "number,time\n7,1:02:03\n9,1:05:00\n");
        write(folder, "times-late.csv", "number,stage,time\n7,5,1:02:04\n9,05,1:05:00\n");

        Event event = read(folder);

        assertOnly(Severity.ERROR, "times-late.csv:2:3", "race number 7 (Ana Núñez / Luc Ébert) has two results for"
                + " stage 5: 1:02:04 here and 1:02:03 at stage-05.csv:2:2; the first, at stage-05.csv:2:2, is used and"
                + " this row is not");
        // The same time twice is only a warning.
        assertOnly(Severity.WARNING, "times-late.csv:3:3", "race number 9 (Bo Smith) has stage 5's result 1:05:00"
                + " here and also at stage-05.csv:3:2; only the first is used");
        assertThat(times(event, "cars", "5")).containsExactly("1 7 1:02:03", "2 9 1:05:00 +0:02:57");
    }

    @Test
    void aStageTheItineraryLacksIsAnErrorNamingTheItinerary(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        write(folder, "itinerary.csv", "stage,date,distance\nP,2026-01-03,12\n1,2026-01-04,420\n2,2026-01-05,380\n");
        write(folder, "stage-03.csv", "number,time\n7,2:00:00\n9,2:02:00\n");
        write(folder, "penalties.csv", "number,stage,penalty,reason\n9,4,0:01:00,speeding\n");

        Event event = read(folder);

        assertThat(messages(Severity.ERROR)).containsExactly(
                "stage-03.csv:1: stage 3 is not in the itinerary (itinerary.csv, lines 2–4: stages P, 1, 2); its 2 rows"
                        + " of stage 3 in stage-03.csv are not used",
                "penalties.csv:2:2: stage 4 is not in the itinerary (itinerary.csv, lines 2–4: stages P, 1, 2); its row"
                        + " of stage 4 in penalties.csv is not used");
        assertThat(event.stages().collect(Stage::label)).as("P and 2 have not arrived").containsExactly("P", "1", "2");
        assertThat(event.penalties()).isEmpty();
        assertThat(times(event, "cars", "1")).containsExactly("1 7 1:00:00", "2 9 1:02:00 +0:02:00");
    }

    @Test
    void oneItineraryOneStageALabelAndTheWinnersFromTheStageFiles(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        write(folder, "itinerary.csv", "stage,date,distance,winner\n1,2026-01-04,420,Bo Smith\n01,2026-01-05,380,\n"
                + "2,2026-01-06,300,\n");
        write(folder, "route.csv", "stage,date,distance\n1,2026-01-04,420\n");

        Event event = read(folder);

        assertThat(messages(Severity.ERROR)).containsExactly(
                "route.csv:1: a second itinerary, beside itinerary.csv; only the first is used",
                "itinerary.csv:3: stage 1 is twice in the itinerary: here and at itinerary.csv:2; the first is used");
        assertThat(messages(Severity.WARNING)).containsExactly("itinerary.csv:2: the itinerary gives stage 1's winner"
                + " (Bo Smith); a race folder's winners come from its stage files, so it is not used");
        assertThat(event.stages().collect(s -> s.ordinal() + " " + s.label() + " " + s.date()))
                .containsExactly("1 1 2026-01-04", "2 2 2026-01-06");
        assertThat(event.stage("1").orElseThrow().forCategory("cars").orElseThrow().reportedWinner()).isNull();
    }

    @Test
    void aStatusContradictingTheStageFilesIsAnErrorAndTheStageFilesIsUsed(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,time,status\n7,,DNF\n9,1:02:00,\n");
        write(folder, "statuses.csv", "number,stage,status\n7,1,DSQ\n9,1,RET\n");

        Event event = read(folder);

        assertOnly(Severity.ERROR, "statuses.csv:2:3", "'DSQ' for race number 7 (Ana Núñez / Luc Ébert) on stage 1"
                + " contradicts retired at stage-01.csv:2; the first, at stage-01.csv:2, is used and this row is not");
        assertThat(times(event, "cars", "1")).as("a retirement decided after a finish is no contradiction")
                .containsExactly("retired 7", "retired 9 1:02:00");
    }

    @Test
    void aTimeAndAStartAndFinishThatDisagreeAreAnErrorAndTheTimeIsUsed(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,start,finish,time\n7,23:10:00,01:05:30,1:55:30\n"
                + "9,23:12:00,01:10:00,1:58:10\n");

        Event event = read(folder);

        assertOnly(Severity.ERROR, "stage-01.csv:3:4", "'1:58:10' in time, but start 23:12:00 and finish 01:10:00 give"
                + " 1:58:00; the time column's is used");
        assertThat(times(event, "cars", "1")).containsExactly("1 7 1:55:30", "2 9 1:58:10 +0:02:40");
    }

    @Test
    void dateTimesGiveTheTimeAcrossMidnightAndAFinishBeforeItsStartIsAnError(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,start,finish\n7,2026-01-05 23:10:00,2026-01-06T01:05:30.4\n"
                + "9,2026-01-05T08:03:00,2026-01-05T07:00:00\n");

        Event event = read(folder);

        assertThat(messages(Severity.ERROR)).containsExactly(
                "stage-01.csv:3:3: start 2026-01-05T08:03:00 and finish 2026-01-05T07:00:00: the finish is before the"
                        + " start, by 1:03:00; the row is kept without a time",
                "stage-01.csv:3:3: Bo Smith has no time on stage 1; it is left out of that stage's classification and"
                        + " listed as not classified from there on");
        assertThat(times(event, "cars", "1")).containsExactly("1 7 1:55:30.4");
    }

    @Test
    void withoutAnItineraryStagesAreInNaturalOrderNotInFileNameOrder(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-10.csv", "number,time\n7,1:00:00\n9,1:01:00\n");
        for (String label : new String[] {"2", "P", "12B", "12A", "X"}) {
            write(folder, "stage-" + label + ".csv", "number,time\n7,1:00:00\n9,1:01:00\n");
        }

        Event event = read(folder);

        assertThat(event.stages().collect(Stage::label)).containsExactly("P", "2", "10", "12A", "12B", "X");
        assertThat(event.stages().collect(Stage::ordinal)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aPdfASubfolderAndAReadmeAreEachNamedAsNotRead(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,time\n7,1:00:00\n9,1:01:00\n");
        Files.write(folder.resolve("bulletin-07.pdf"), "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Files.createDirectories(folder.resolve("out"));
        write(folder, "README.md", "# Rallye de l'Atlas\n");

        read(folder);

        assertThat(messages(Severity.INFO)).filteredOn(m -> m.contains("not read")).containsExactly(
                "README.md: not read: not a .csv or .tsv table",
                "bulletin-07.pdf: not read: not a .csv or .tsv table",
                "out/: not read: a folder: a race folder's tables are the .csv and .tsv files directly in it");
    }

    @Test
    void aTimingSheetStandingsOrAStageFileWithCrewsAreNotPartOfTheFolderAndSaidSo(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, "stage-01.csv", "number,time\n7,1:00:00\n9,1:01:00\n");
        write(folder, "results.csv", "stage,number,crew,time\n1,7,Ana Núñez,1:00:00\n2,7,Ana Núñez,1:00:00\n");
        write(folder, "standings.csv", "pos,number,crew,time\n1,7,Ana Núñez,1:00:00\n");
        write(folder, "stage-02.csv", "number,crew,time\n7,Ana Núñez,1:00:00\n");

        read(folder);

        assertThat(messages(Severity.WARNING)).hasSize(3).satisfiesExactly(
                results -> assertThat(results).startsWith("results.csv:1: not part of a race folder: a timing sheet (one"
                        + " row per crew per stage); not used (a race folder holds an entry list"),
                stage -> assertThat(stage).startsWith("stage-02.csv:1: not part of a race folder: a table with the"
                        + " columns 'number', 'crew', 'time' (a stage file has no crew column: its crews come from the"
                        + " entry list by race number); not used"),
                standings -> assertThat(standings).startsWith("standings.csv:1: not part of a race folder: standings"
                        + " (one classification); not used"));
    }

    private Path folder(Path dir, String stageFile, String stageText) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("atlas"));
        write(folder, "entries.csv", RaceFolders.TWO_CARS);
        write(folder, stageFile, stageText);
        return folder;
    }

    private Event read(Path folder) throws Exception {
        return new CsvImporter().read(ImportRequest.of(folder, diagnostics));
    }

    /** The one diagnostic of this severity is at {@code where} and says {@code message}. */
    private void assertOnly(Severity severity, String where, String message) {
        Diagnostic only = diagnostics.all().select(d -> d.severity() == severity).getOnly();
        assertThat(only.position().describe()).isEqualTo(where);
        assertThat(only.message()).isEqualTo(message);
    }

    private java.util.List<String> messages(Severity severity) {
        return diagnostics.all().select(d -> d.severity() == severity).collect(Diagnostic::describe)
                .collect(line -> line.replace(": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": ", ": "))
                .castToList();
    }
}
