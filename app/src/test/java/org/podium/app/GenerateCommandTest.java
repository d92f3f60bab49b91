package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.csv.CsvRecords;

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

    private static List<CSVRecord> rows(String sheet) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(sheet)).getRecords();
    }
}
