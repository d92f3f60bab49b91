package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.excel.Workbooks.cell;
import static org.podium.exporters.excel.Workbooks.days;
import static org.podium.exporters.excel.Workbooks.header;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;

/** The Checks sheet of {@link ChecksFixture}: the report's findings in scope, read back with POI. */
class ExcelChecksSheetTest {

    @TempDir
    Path dir;

    @Test
    void theChecksSheetComesAfterTheNotes() throws Exception {
        try (XSSFWorkbook workbook = write(List.of(), null, true, "all.xlsx")) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).endsWith("Penalties", "Notes", "Checks");
            Sheet checks = workbook.getSheet("Checks");
            assertThat(header(checks)).containsExactly("Severity", "Category", "Stage", "Classification", "Crew",
                    "Expected", "Expected (ms)", "Found", "Found (ms)", "Message", "Note", "Source");
            assertThat(checks.getLastRowNum()).as("four findings below the header").isEqualTo(4);
            assertThat(column(checks, "Severity"))
                    .containsExactly("contradiction", "contradiction", "explained", "contradiction");
        }
    }

    @Test
    void aPlantedGapContradictionHasRealDurations() throws Exception {
        try (XSSFWorkbook workbook = write(List.of(), null, true, "gap.xlsx")) {
            Row gap = workbook.getSheet("Checks").getRow(1);
            assertText(gap, "Severity", "contradiction");
            assertText(gap, "Category", "Cars");
            assertThat(cell(gap, "Stage").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(gap, "Stage").getNumericCellValue()).isEqualTo(1.0);
            assertText(gap, "Classification", "stage");
            assertText(gap, "Crew", "Jutta Kleinschmidt / Fabrizia Pons / Hiroshi Masuoka / Andreas Schulz");
            assertDuration(gap, "Expected", days(0, 4, 42), 282_000L);
            assertDuration(gap, "Found", days(0, 4, 12), 252_000L);
            assertText(gap, "Message", "In the result of stage 1 (Cars), Jutta Kleinschmidt is given a gap of"
                    + " 0:04:12, but the time 1:04:42 is 0:04:42 behind the leader's 1:00:00.");
            assertThat(cell(gap, "Note")).as("no note explains it").isNull();
            assertText(gap, "Source", "a.txt:2:1 / a.txt:1:1");
        }
    }

    @Test
    void aPenaltyNoteExplainsAGeneralTimeDifference() throws Exception {
        try (XSSFWorkbook workbook = write(List.of(), null, true, "explained.xlsx")) {
            Row explained = workbook.getSheet("Checks").getRow(3);
            assertText(explained, "Severity", "explained");
            assertText(explained, "Category", "Cars");
            assertThat(cell(explained, "Stage").getNumericCellValue()).isEqualTo(2.0);
            assertText(explained, "Classification", "general");
            assertText(explained, "Crew", "Hiroshi Masuoka / Andreas Schulz");
            assertDuration(explained, "Expected", days(3, 36, 35), 12_995_000L);
            assertDuration(explained, "Found", days(3, 54, 35), 14_075_000L);
            assertThat(cell(explained, "Message").getStringCellValue())
                    .endsWith("the 18-minute penalty accounts for the difference, and places it on stage 2.");
            assertText(explained, "Note", ChecksFixture.PENALTY_NOTE);
            assertText(explained, "Source", "a.txt:10:1");
        }
    }

    @Test
    void aWinnersNameStaysTextWithoutMilliseconds() throws Exception {
        try (XSSFWorkbook workbook = write(List.of(), null, true, "winner.xlsx")) {
            Row winner = workbook.getSheet("Checks").getRow(4);
            assertText(winner, "Classification", "itinerary");
            assertText(winner, "Expected", "J. Kleinschmidt");
            assertThat(cell(winner, "Expected (ms)")).isNull();
            assertText(winner, "Found", "Hiroshi Masuoka");
            assertThat(cell(winner, "Found (ms)")).isNull();
            assertText(winner, "Source", "a.txt:1:1");
        }
    }

    @Test
    void theSheetHasABoldFrozenHeaderAndATableWithItsAutofilter() throws Exception {
        try (XSSFWorkbook workbook = write(List.of(), null, true, "table.xlsx")) {
            Sheet checks = workbook.getSheet("Checks");
            PaneInformation pane = checks.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (Cell cell : checks.getRow(0)) {
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            List<XSSFTable> tables = ((XSSFSheet) checks).getTables();
            assertThat(tables).hasSize(1);
            XSSFTable table = tables.get(0);
            assertThat(table.getName()).isEqualTo("Podium_Checks");
            assertThat(table.getArea().formatAsString()).isEqualTo("A1:L5");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:L5");
            List<String> columnNames = new ArrayList<>();
            table.getColumns().forEach(column -> columnNames.add(column.getName()));
            assertThat(columnNames).isEqualTo(header(checks));
            int message = Workbooks.column(checks, "Message");
            assertThat(checks.getColumnWidth(message)).as("at the widest").isEqualTo(80 * 256);
            int crew = Workbooks.column(checks, "Crew");
            assertThat(checks.getColumnWidth(crew)).isGreaterThanOrEqualTo(
                    "Jutta Kleinschmidt / Fabrizia Pons / Hiroshi Masuoka / Andreas Schulz".length() * 256);
        }
    }

    @Test
    void onlyTheIncludedCategoriesFindings() throws Exception {
        try (XSSFWorkbook cars = write(List.of("cars"), null, true, "cars.xlsx")) {
            assertThat(column(cars.getSheet("Checks"), "Category")).containsExactly("Cars", "Cars", "Cars");
        }
        try (XSSFWorkbook bikes = write(List.of("bikes"), null, true, "bikes.xlsx")) {
            assertThat(column(bikes.getSheet("Checks"), "Crew")).containsExactly("Richard Sainct / Fabrizio Meoni");
        }
    }

    /**
     * The workbook shows everything in scope: after a stage, the findings about it and about every
     * stage before it (a bulletin would show only those about the stage itself).
     */
    @Test
    void afterAStageTheFindingsUpToIt() throws Exception {
        try (XSSFWorkbook stage1 = write(List.of(), "1", true, "stage1.xlsx")) {
            assertThat(column(stage1.getSheet("Checks"), "Severity"))
                    .containsExactly("contradiction", "contradiction", "contradiction");
            assertThat(stage1.getSheet("Penalties").getLastRowNum()).as("the penalty is placed on stage 2").isZero();
        }
        try (XSSFWorkbook stage2 = write(List.of(), "2", true, "stage2.xlsx")) {
            assertThat(column(stage2.getSheet("Checks"), "Severity"))
                    .containsExactly("contradiction", "contradiction", "explained", "contradiction");
            Row penalty = stage2.getSheet("Penalties").getRow(1);
            assertThat(cell(penalty, "Crew").getStringCellValue()).isEqualTo("Hiroshi Masuoka / Andreas Schulz");
            assertThat(cell(penalty, "Stage").getNumericCellValue()).isEqualTo(2.0);
            assertThat(cell(penalty, "Stage inferred").getBooleanCellValue()).isTrue();
        }
    }

    @Test
    void withoutChecksThereIsNoChecksSheet() throws Exception {
        try (XSSFWorkbook workbook = write(List.of(), null, false, "none.xlsx")) {
            assertThat(workbook.getSheet("Checks")).isNull();
            assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1)).isEqualTo("Notes");
        }
    }

    @Test
    void theSameEventGivesTheSameBytes() throws Exception {
        Path first = Workbooks.write(Workbooks.report(ChecksFixture.event()), dir.resolve("first.xlsx"));
        Path second = Workbooks.write(Workbooks.report(ChecksFixture.event()), dir.resolve("second.xlsx"));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    private XSSFWorkbook write(List<String> categories, String stage, boolean checks, String name) throws Exception {
        DocumentOptions options = DocumentOptions.builder(Workbooks.ISSUED_AT).checks(checks).build();
        Report report = Workbooks.report(ChecksFixture.event(), options, categories, stage);
        return Workbooks.read(Workbooks.write(report, dir.resolve(name)));
    }

    /** The string cells of one column, header left out. */
    private static List<String> column(Sheet sheet, String name) {
        int index = Workbooks.column(sheet, name);
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(index).getStringCellValue());
        }
        return values;
    }

    private static void assertText(Row row, String column, String expected) {
        Cell cell = cell(row, column);
        assertThat(cell.getCellType()).as(column).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(column).isEqualTo(expected);
    }

    private static void assertDuration(Row row, String column, double expectedDays, long expectedMillis) {
        Cell time = cell(row, column);
        assertThat(time.getCellType()).as(column).isEqualTo(CellType.NUMERIC);
        assertThat(time.getNumericCellValue()).as(column).isEqualTo(expectedDays);
        assertThat(time.getCellStyle().getDataFormatString()).as(column).isEqualTo("[h]:mm:ss");
        Cell millis = cell(row, column + " (ms)");
        assertThat(millis.getCellType()).as(column + " (ms)").isEqualTo(CellType.NUMERIC);
        assertThat(millis.getNumericCellValue()).as(column + " (ms)").isEqualTo(expectedMillis);
    }
}
