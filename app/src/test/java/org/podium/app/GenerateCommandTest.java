package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.csv.CsvRecords;
import org.podium.generator.GeneratorSettings;
import org.podium.generator.RaceFolderWriter;
import org.podium.importers.csv.CsvImporter;
import org.podium.model.Event;
import org.podium.model.Stage;
import org.podium.model.StageTypes;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Severity;

class GenerateCommandTest {

    private static final String HEADER =
            "category,stage,number,crew,nationality,make,entrant,time,penalty,penalty reason,status";

    @Test
    void theSameSeedGivesTheSameSheetAndAnotherSeedAnotherOne() {
        Cli.Result first = Cli.run("generate", "--entries", "60", "--stages", "5", "--seed", "7");
        Cli.Result again = Cli.runAsMain("generate", "--seed", "7", "--stages", "5", "--entries", "60");
        Cli.Result other = Cli.run("generate", "--entries", "60", "--stages", "5", "--seed", "8");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(other.exitCode()).isZero();
        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void stdoutHoldsOnlyTheSheetWithItsFactsAndHeader() throws IOException {
        Cli.Result result = Cli.run("generate", "--entries", "60", "--stages", "5", "--seed", "7");

        assertThat(result.out().lines().limit(4)).containsExactly(
                "# event: Podium Generated Rally 7",
                "# start: 2026-01-03",
                "# generator: podium generate --entries 60 --stages 5 --seed 7",
                HEADER);
        List<CSVRecord> rows = rows(result.out());
        assertThat(rows.size()).as("at most one row per crew per stage").isBetween(60, 300);
        assertThat(result.out().lines().count()).isEqualTo(rows.size() + 4L);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.size()).isEqualTo(11);
            assertThat(row.get(3).split(" / ")).hasSizeBetween(1, 3)
                    .hasSameSizeAs(row.get(4).split(" / "));
            assertThat(row.get(7)).matches("(\\d+:\\d\\d:\\d\\d)?");
            assertThat(row.get(10)).isIn("", "DNF", "DSQ", "DNS", "awarded");
        });
    }

    @Test
    void theDefaultsAreThreeHundredCrewsOverTwelveStages() throws IOException {
        Cli.Result result = Cli.run("generate");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("# generator: podium generate --entries 300 --stages 12 --seed 1\n");
        List<CSVRecord> rows = rows(result.out());
        assertThat(rows.stream().map(r -> r.get(0) + "-" + r.get(2)).distinct().count()).isEqualTo(300);
        assertThat(rows.stream().map(r -> r.get(1)).distinct()).hasSize(12);
    }

    @Test
    void aRetiredCrewHasNoRowsAfterItsRetirementAndTheCancelledStageSharesOneTime() throws IOException {
        List<CSVRecord> rows = rows(Cli.run("generate", "--entries", "200", "--stages", "8", "--seed", "3").out());

        Map<String, Integer> leftOn = new HashMap<>();
        for (CSVRecord row : rows) {
            String crew = row.get(0) + "-" + row.get(2);
            int stage = Integer.parseInt(row.get(1));
            assertThat(leftOn).as(crew + " has a row after leaving").doesNotContainKey(crew);
            if (List.of("DNF", "DSQ", "DNS").contains(row.get(10))) {
                leftOn.put(crew, stage);
            }
        }
        assertThat(leftOn).isNotEmpty();
        List<CSVRecord> awarded = rows.stream().filter(r -> r.get(10).equals("awarded")).toList();
        assertThat(awarded).isNotEmpty();
        assertThat(awarded.stream().map(r -> r.get(0) + " stage " + r.get(1) + " " + r.get(7)).distinct()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "--entries, 0, '--entries must be between 1 and 1000000, not 0'",
        "--stages, 0, '--stages must be between 1 and 30, not 0'",
        "--stages, 31, '--stages must be between 1 and 30, not 31'",
        "--seed, x, 'Invalid value for option ''--seed'''"})
    void anOptionOutOfRangeIsAUsageError(String option, String value, String message) {
        Cli.Result result = Cli.runAsMain("generate", option, value);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("podium: " + message).contains("Usage: podium generate");
    }

    @Test
    void helpNamesTheOptionsAndTheirDefaults() {
        Cli.Result result = Cli.run("generate", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--entries=N", "--stages=S", "--seed=X", "(default: 300)", "(default: 12)",
                "--spreadsheet-safe");
    }

    @Test
    void spreadsheetSafeIsTakenAsByEveryCommandThatWritesCsvAndTheSheetHasNoCellToNeutralise() throws IOException {
        Cli.Result exact = Cli.runAsMain("generate", "--entries", "300", "--stages", "12", "--seed", "7");
        Cli.Result safe = Cli.runAsMain("generate", "--spreadsheet-safe", "--entries", "300", "--stages", "12",
                "--seed", "7");

        assertThat(safe.exitCode()).as(safe.err()).isZero();
        assertThat(safe.err()).isEmpty();
        // The generator's names, makes, teams and words never begin with = + - @, a tab or a line break:
        // the safe sheet is the exact one, and a spreadsheet runs nothing in it.
        assertThat(safe.out()).isEqualTo(exact.out())
                .contains("# generator: podium generate --entries 300 --stages 12 --seed 7\n");
        assertThat(rows(safe.out())).hasSizeGreaterThan(300).allSatisfy(row -> assertThat(row.values())
                .allSatisfy(cell -> assertThat(CsvRecords.spreadsheetSafe(cell)).isEqualTo(cell)));
    }

    @Test
    void aFolderHoldsTheEntriesTheItineraryAndAFilePerStageAndStdoutNothing(@TempDir Path dir) throws IOException {
        Path rally = dir.resolve("office/rally");

        Cli.Result result = Cli.run("generate", "--folder", rally.toString(), "--entries", "50", "--stages", "6");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(names(rally)).containsExactly("entries.csv", "itinerary.csv", "penalties.csv", "stage-01.csv",
                "stage-02.csv", "stage-03.csv", "stage-04.csv", "stage-05.csv", "stage-06.csv");
        List<String> entries = Files.readAllLines(rally.resolve("entries.csv"), StandardCharsets.UTF_8);
        assertThat(entries.subList(0, 4)).containsExactly("# event: Podium Generated Rally 1", "# start: 2026-01-03",
                "# generator: podium generate --entries 50 --stages 6 --seed 1",
                "number,category,crew,nationality,make,entrant");
        assertThat(entries).hasSize(4 + 50);
        // Seed 1 cancels stage 2 for a category: its awarded times stay times; 4 and the night stage 6 are clocks.
        for (String name : List.of("stage-01.csv", "stage-02.csv", "stage-03.csv", "stage-05.csv")) {
            assertThat(Files.readAllLines(rally.resolve(name)).get(0)).as(name)
                    .isEqualTo("number,time,penalty,penalty reason,status");
        }
        assertThat(Files.readString(rally.resolve("stage-02.csv"))).contains(",awarded\n");
        assertThat(Files.readAllLines(rally.resolve("stage-04.csv")).subList(0, 2))
                .containsExactly("number,start,finish,penalty,penalty reason,status", "1,08:00:00,12:14:59,,,");
        assertThat(Files.readAllLines(rally.resolve("stage-06.csv")).subList(0, 2))
                .containsExactly("number,start,finish,penalty,penalty reason,status",
                        "1,22:00:00,04:34:17,0:18:00,late at a time control,");
        assertThat(Files.readAllLines(rally.resolve("penalties.csv")).get(0)).isEqualTo("number,stage,penalty,reason");
        // The options reach the generator as they are: the folder is the one it writes for them.
        Path direct = dir.resolve("direct");
        new RaceFolderWriter(new GeneratorSettings(50, 6, 1), false).write(direct);
        for (String name : names(direct)) {
            assertThat(Files.readAllBytes(rally.resolve(name))).as(name).isEqualTo(Files.readAllBytes(direct.resolve(name)));
        }
    }

    @Test
    void theItineraryIsReadByTheCsvImporterAsTheStagesWithTheirDates(@TempDir Path dir) throws Exception {
        Path rally = dir.resolve("rally");
        assertThat(Cli.run("generate", "--folder", rally.toString(), "--entries", "50", "--stages", "6").exitCode())
                .isZero();
        List<CSVRecord> written = rows(Files.readString(rally.resolve("itinerary.csv"), StandardCharsets.UTF_8));
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        Event event = new CsvImporter().read(ImportRequest.of(rally.resolve("itinerary.csv"), diagnostics));

        assertThat(diagnostics.all().collect(Diagnostic::message))
                .contains("read as an itinerary (the stage list), fields separated by ','");
        assertThat(diagnostics.all()).allSatisfy(d -> assertThat(d.severity()).as(d.message()).isEqualTo(Severity.INFO));
        assertThat(event.stages().collect(Stage::label)).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(event.stages().collect(Stage::date)).containsExactly(LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7),
                LocalDate.of(2026, 1, 8));
        assertThat(event.stages().collect(Stage::type)).containsOnly(StageTypes.SPECIAL);
        for (int s = 0; s < 6; s++) {
            Stage stage = event.stages().get(s);
            CSVRecord row = written.get(s);
            assertThat(stage.start().name()).isEqualTo(row.get("from"));
            assertThat(stage.finish().name()).isEqualTo(row.get("to"));
            assertThat(stage.distanceKm()).isEqualByComparingTo(new BigDecimal(row.get("distance")));
        }
        assertThat(event.entries()).isEmpty();
    }

    @Test
    void aFolderThatIsNotEmptyIsAUsageErrorAndIsLeftAsItWas(@TempDir Path dir) throws IOException {
        Path office = Files.createDirectory(dir.resolve("office"));
        Files.writeString(office.resolve("stage-03.csv"), "number,time\n1,3:00:00\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.runAsMain("generate", "--folder", office.toString(), "--entries", "50");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("podium: --folder " + office + " is not empty: a race folder is written only"
                + " into a new or empty folder, never over files that are there").contains("Usage: podium generate");
        assertThat(names(office)).containsExactly("stage-03.csv");
        assertThat(Files.readString(office.resolve("stage-03.csv"))).isEqualTo("number,time\n1,3:00:00\n");
    }

    @Test
    void aFolderThatIsAFileOrTooLargeAFieldIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sheet.csv"), "x");

        Cli.Result aFile = Cli.runAsMain("generate", "--folder", file.toString());
        Cli.Result tooLarge = Cli.runAsMain("generate", "--folder", dir.resolve("big").toString(), "--entries", "400");

        assertThat(aFile.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(aFile.err()).startsWith("podium: --folder " + file + " is a file, not a folder");
        assertThat(tooLarge.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(tooLarge.err()).startsWith("podium: --folder: a race folder names each crew by its race number"
                + " alone, but in a field of 400 crews bikes are numbered 1 to ").contains("(fields of up to 352 crews");
        assertThat(names(dir)).containsExactly("sheet.csv");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("results.pdf"), "%PDF");
        Path under = file.resolve("rally");

        Cli.Result result = Cli.runAsMain("generate", "--folder", under.toString(), "--entries", "50");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("podium: the race folder " + under + " was not written: ");
        assertThat(names(dir)).containsExactly("results.pdf");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<CSVRecord> rows(String sheet) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(sheet)).getRecords();
    }
}
