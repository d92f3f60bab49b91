package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.excel.Workbooks.cell;
import static org.podium.exporters.excel.Workbooks.days;
import static org.podium.exporters.excel.Workbooks.header;
import static org.podium.exporters.excel.Workbooks.rowsWhere;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.testkit.RealResults;

/**
 * The Results and standings sheets' columns of what real results carry, read back with POI:
 * typed (whole numbers, durations with their milliseconds, a number for points), blank where a
 * source gives nothing.
 */
class ExcelRowDetailsTest {

    @TempDir
    Path dir;

    @Test
    void aGrandPrixHasLapsGridPointsLapsBehindAndReasonsAsTypedCells() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(RealResults.sepang2008(), dir.resolve("gp.xlsx")))) {
            Sheet standings = workbook.getSheet("Final standings (125cc)");
            assertThat(header(standings)).containsSubsequence("Status", "Derived", "Class", "Class position",
                    "Class gap", "Class gap (ms)", "Laps", "Laps behind", "Grid", "Points", "Status reason", "Entry id");

            Row talmacsi = rowsWhere(standings, "Crew", "Gábor Talmácsi").get(0);
            assertThat(cell(talmacsi, "Laps").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(talmacsi, "Laps").getNumericCellValue()).isEqualTo(19.0);
            assertThat(cell(talmacsi, "Grid").getNumericCellValue()).isEqualTo(2.0);
            assertThat(cell(talmacsi, "Points").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(talmacsi, "Points").getNumericCellValue()).isEqualTo(25.0);
            assertThat(cell(talmacsi, "Laps behind")).as("on the leader's lap: blank").isNull();
            assertThat(cell(talmacsi, "Class")).isNull();

            Row muresan = rowsWhere(standings, "Crew", "Robert Muresan").get(0);
            assertThat(cell(muresan, "Laps behind").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(muresan, "Laps").getNumericCellValue()).isEqualTo(18.0);
            assertThat(cell(muresan, "Gap")).isNull();
            assertThat(cell(muresan, "Points")).isNull();

            Row nakagami = rowsWhere(standings, "Crew", "Takaaki Nakagami").get(0);
            assertThat(cell(nakagami, "Status").getStringCellValue()).isEqualTo("retired");
            assertThat(cell(nakagami, "Status reason").getStringCellValue()).isEqualTo("Accident");
            assertThat(cell(nakagami, "Laps").getNumericCellValue()).isZero();
            assertThat(cell(nakagami, "Grid").getNumericCellValue()).isEqualTo(21.0);

            Sheet results = workbook.getSheet("Results");
            assertThat(header(results)).containsSubsequence("Category", "Position", "Laps", "Grid", "Points",
                    "Status reason");
            assertThat(cell(rowsWhere(results, "Crew", "Esteve Rabat").get(0), "Status reason").getStringCellValue())
                    .isEqualTo("Retirement");
        }
    }

    @Test
    void aRallyWithClassesHasEachCrewsClassPlaceAndGapAsADuration() throws Exception {
        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(RealResults.portugal1974WithClasses(),
                dir.resolve("rally.xlsx")))) {
            Sheet standings = workbook.getSheet("Final standings (Cars)");
            Row kallstrom = rowsWhere(standings, "Crew", "Harry Källström / Claes Billstam").get(0);
            assertThat(cell(kallstrom, "Class").getStringCellValue()).isEqualTo("Group 2");
            assertThat(cell(kallstrom, "Class position").getNumericCellValue()).isEqualTo(2.0);
            assertThat(cell(kallstrom, "Class gap").getNumericCellValue()).isEqualTo(days(0, 13, 33));
            assertThat(cell(kallstrom, "Class gap").getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");
            assertThat(cell(kallstrom, "Class gap (ms)").getNumericCellValue()).isEqualTo(813_000.0);
            assertThat(cell(kallstrom, "Gap").getNumericCellValue()).isEqualTo(days(0, 28, 12));
            assertThat(cell(kallstrom, "Points").getNumericCellValue()).isEqualTo(8.0);

            Row pinto = rowsWhere(standings, "Crew", "Raffaele Pinto / Arnaldo Bernacchini").get(0);
            assertThat(cell(pinto, "Points").getNumericCellValue()).isEqualTo(20.0);
            assertThat(cell(pinto, "Class position").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(pinto, "Class gap")).as("the class leader has no class gap").isNull();
            assertThat(cell(rowsWhere(standings, "Crew", "Alcide Paganelli / Ninni Russo").get(0), "Points"))
                    .as("no points given: blank, not zero").isNull();
        }
    }

    @Test
    void inFrenchTheColumnsAreNamedInFrench() throws Exception {
        DocumentOptions french = DocumentOptions.builder(Workbooks.ISSUED_AT).language("fr").build();
        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(Report.of(RealResults.sepang2008(), french),
                dir.resolve("fr.xlsx")))) {
            Sheet standings = workbook.getSheet("Classement final (125cc)");
            Row muresan = rowsWhere(standings, "Équipage", "Robert Muresan").get(0);
            assertThat(cell(muresan, "Tours de retard").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(muresan, "Grille").getNumericCellValue()).isEqualTo(31.0);
            assertThat(cell(rowsWhere(standings, "Équipage", "Takaaki Nakagami").get(0), "Motif du statut")
                    .getStringCellValue()).isEqualTo("Accident");
        }
    }
}
