package org.podium.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.importers.csv.RaceFolderTest.general;
import static org.podium.importers.csv.RaceFolderTest.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.TimingSheetGenerator;
import org.podium.model.ClassificationKind;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

/** Race folders that are empty, half-written, damaged or large: read as far as they go, or refused in one message. */
class RaceFolderDamagedTest {

    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    @Test
    void anEmptyFolderIsRefusedSayingWhatARaceFolderHolds(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> read(folder)).isInstanceOf(ImportException.class)
                .hasMessage("this folder has no datapackage.json and no .csv or .tsv table: the csv importer reads a"
                        + " folder as a Podium data package, or as a race folder, where a race folder holds an entry"
                        + " list (number, category, crew, nationality, make, entrant), perhaps an itinerary (stage,"
                        + " date, from, to, distance…), one stage file per stage (stage-07.csv: number and time, or"
                        + " start and finish; perhaps penalty, penalty reason, status), and perhaps the stewards'"
                        + " penalties (number, stage, penalty, reason) and statuses (number, stage, status)");
    }

    @Test
    void stageFilesWithoutAnEntryListAreRefusedNamingWhatWasRead(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("atlas"));
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n");

        assertThatThrownBy(() -> read(folder)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("no entry list with a crew in it: the stage files name crews by race number,"
                        + " and the entry list says who they are; a race folder holds")
                .hasMessageEndingWith("(read here: stage-01.csv, a stage file (one row per crew on one stage))");
    }

    @Test
    void aRaceNumberTwiceInTheEntryListIsAnErrorNamingBothLines(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, RaceFolders.TWO_CARS + "7,cars,Carl Berg,SWE,Volvo,Volvo Cars\n");
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");

        Event event = read(folder);

        Diagnostic error = diagnostics.all().select(d -> d.severity() == Severity.ERROR).getOnly();
        assertThat(error.position().describe()).isEqualTo("entries.csv:4:1");
        assertThat(error.message()).isEqualTo("race number 7 is given twice in the entry list: here (Carl Berg) and at"
                + " entries.csv:2:1 (Ana Núñez / Luc Ébert); the first is kept and this row is not used");
        assertThat(event.entries().collect(e -> e.crewNames())).containsExactly("Ana Núñez / Luc Ébert", "Bo Smith");
    }

    @Test
    void aStageFileWithAHeaderOnlyIsAStageNotArrivedAndTheOthersAreRead(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, RaceFolders.TWO_CARS);
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        write(folder, "stage-02.csv", "number,start,finish,status\n");

        Event event = read(folder);

        assertThat(event.stages().collect(Stage::label)).containsExactly("1");
        assertThat(general(event, "cars", "1")).containsExactly("1 7 1:00:00", "2 9 1:02:00 +0:02:00");
        assertThat(diagnostics.all().select(d -> d.severity() != Severity.INFO).collect(Diagnostic::describe))
                .containsExactly("stage-02.csv:1: warning: the header of a stage file (one row per crew on one stage)"
                        + " is here, but no row under it: its stage has not arrived yet");
    }

    @Test
    void aFileThatIsNotTextOrHasBrokenQuotingIsAnErrorAndTheOthersAreRead(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, RaceFolders.TWO_CARS);
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        Files.write(folder.resolve("stage-02.csv"), new byte[] {'n', 0, 'u', 0, 0, 0, (byte) 0xFF, 7});
        write(folder, "stage-03.csv", "number,time\n7,\"1:00:00\n9,1:02:00\n");

        Event event = read(folder);

        assertThat(event.stages().collect(Stage::label)).containsExactly("1");
        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR).collect(d -> d.position().file()))
                .containsExactly("stage-02.csv", "stage-03.csv");
        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR))
                .allSatisfy(d -> assertThat(d.message()).endsWith("; this file is not used"));
    }

    @Test
    void aFileTheSystemWillNotGiveIsAnErrorAndTheOthersAreRead(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, RaceFolders.TWO_CARS);
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        Path locked = Files.writeString(folder.resolve("stage-02.csv"), "number,time\n7,1:00:00\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        Assumptions.assumeFalse(Files.isReadable(locked), "this user reads any file (root): nothing to refuse");

        Event event = read(folder);

        assertThat(event.stages().collect(Stage::label)).containsExactly("1");
        assertThat(diagnostics.all().select(d -> d.severity() == Severity.ERROR).getOnly().describe())
                .startsWith("stage-02.csv: error: cannot read this file (AccessDeniedException: ");
    }

    @Test
    void aStatusOrPenaltyOfAStageNotYetArrivedWaitsOrIsKeptAndSaidSo(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, RaceFolders.TWO_CARS);
        write(folder, "itinerary.csv", "stage,date,distance\n1,2026-01-04,420\n2,2026-01-05,380\n");
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        write(folder, "penalties.csv", "number,stage,penalty,reason\n9,2,0:01:00,speeding\n");
        write(folder, "statuses.csv", "number,stage,status\n7,2,DNS\n");

        Event event = read(folder);

        assertThat(event.penalties().collect(p -> p.stageLabel())).containsExactly("2");
        assertThat(event.classification("cars", ClassificationKind.GENERAL, "2")).isEmpty();
        assertThat(diagnostics.all().select(d -> d.severity() != Severity.INFO).collect(Diagnostic::describe))
                .containsExactly("statuses.csv:2:2: warning: stage 2 has no stage file yet: this status is not used until"
                        + " the stage's times arrive");
    }

    @Test
    void withoutAnItineraryADecisionOnAStageNoFileHasIsAnErrorAndAnEmptyFileAWarning(@TempDir Path dir)
            throws Exception {
        Path folder = folder(dir, RaceFolders.TWO_CARS);
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        write(folder, "stage-02.csv", "");
        write(folder, "penalties.csv", "number,stage,penalty,reason\n9,3,0:01:00,speeding\n7,,0:02:00,jump start\n");
        write(folder, "statuses.csv", "number,stage,status\n7,3,DNF\n");

        Event event = read(folder);

        assertThat(diagnostics.all().select(d -> d.severity() != Severity.INFO).collect(Diagnostic::describe))
                .containsExactly("stage-02.csv: warning: this file is empty; it is not used",
                        "penalties.csv:2:2: error: stage 3 has no stage file in this folder, and there is no itinerary;"
                                + " this penalty is not used",
                        "statuses.csv:2:2: error: stage 3 has no stage file in this folder, and there is no itinerary;"
                                + " this status is not used");
        assertThat(event.penalties()).singleElement().satisfies(penalty -> {
            assertThat(penalty.stageLabel()).as("a penalty without a stage: the checks place it").isNull();
            assertThat(penalty.reason()).isEqualTo("jump start");
        });
    }

    @Test
    void fiveThousandCrewsOverTwelveStagesAreRead(@TempDir Path dir) throws Exception {
        StringBuilder sheet = new StringBuilder();
        new TimingSheetGenerator(new GeneratorSettings(5_000, 12, 17)).write(sheet);
        Path folder = RaceFolders.split(sheet.toString(), dir.resolve("big"));
        long crews;
        try (var lines = Files.lines(folder.resolve("entries.csv"), StandardCharsets.UTF_8)) {
            crews = lines.filter(line -> !line.startsWith("#")).count() - 1;
        }

        Event event = read(folder);

        assertThat(event.entries()).hasSize((int) crews);
        assertThat(event.stages()).hasSize(12);
        assertThat(event.classifications().select(c -> c.kind() == ClassificationKind.FINAL)).hasSize(
                event.categories().size());
        assertThat(diagnostics.all()).noneMatch(d -> d.severity() != Severity.INFO);
    }

    @Test
    void aPipeNamedAsAStageFileIsAWarningAndNeverReadFrom(@TempDir Path dir) throws Exception {
        Path folder = folder(dir, RaceFolders.TWO_CARS);
        write(folder, "stage-01.csv", "number,time\n7,1:00:00\n9,1:02:00\n");
        Path pipe = folder.resolve("stage-02.csv");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        Assumptions.assumeTrue(made, "mkfifo is needed to make a pipe");

        // Reading from the pipe would wait for a writer for ever: the test would hang, not fail.
        Event event = read(folder);

        assertThat(event.numberedStages()).extracting(Stage::label).containsExactly("1");
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.describe()).isEqualTo("stage-02.csv: warning: not read: not a regular file (a pipe or a"
                    + " device), though named as a table");
        });
    }

    private Path folder(Path dir, String entries) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("atlas"));
        write(folder, "entries.csv", entries);
        return folder;
    }

    private Event read(Path folder) throws Exception {
        return new CsvImporter().read(ImportRequest.of(folder, diagnostics));
    }
}
