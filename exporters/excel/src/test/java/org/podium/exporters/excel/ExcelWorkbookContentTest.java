package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.podium.exporters.excel.Workbooks.cell;
import static org.podium.exporters.excel.Workbooks.days;
import static org.podium.exporters.excel.Workbooks.header;
import static org.podium.exporters.excel.Workbooks.rowsWhere;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of the 2002 fixture, read back with POI as a statistician's tools would read it. */
class ExcelWorkbookContentTest {

    @TempDir
    static Path dir;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void writeOnce() throws Exception {
        workbook = Workbooks.read(Workbooks.write(Dakar2002Fixture.event(), dir.resolve("dakar.xlsx")));
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void hasTheSheetsOfIssue4InOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Event", "Stages", "Entries", "Results", "Final standings (Bikes)",
                "Final standings (Cars)", "Final standings (Trucks)", "Charts", "Penalties", "Notes", "Checks");
    }

    @Test
    void winnersFinalTimesAreDurationsAsFractionsOfADay() {
        assertFinalTime("Final standings (Cars)", "Hiroshi Masuoka / Andreas Schulz", days(46, 11, 30), 166_290_000L);
        assertFinalTime("Final standings (Bikes)", "Fabrizio Meoni", days(48, 0, 59), 172_859_000L);
        assertFinalTime("Final standings (Trucks)", "Vladimir Chagin / Semen Yakubov / Sergey Savostin",
                days(65, 12, 14), 234_734_000L);
    }

    private static void assertFinalTime(String sheet, String crew, double expectedDays, long expectedMillis) {
        Row row = rowsWhere(workbook.getSheet(sheet), "Crew", crew).get(0);
        Cell time = cell(row, "Time");
        assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(time.getNumericCellValue()).isEqualTo(expectedDays);
        assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");
        Cell millis = cell(row, "Time (ms)");
        assertThat(millis.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(millis.getNumericCellValue()).isEqualTo(expectedMillis);
        assertThat(cell(row, "Position").getNumericCellValue()).isEqualTo(1.0);
    }

    @Test
    void resultsHaveOneRowPerClassificationLineWithNumbersAsNumbers() {
        Sheet results = workbook.getSheet("Results");
        assertThat(header(results)).containsExactly("Category", "Classification", "Stage", "Position",
                "Race number", "Crew", "Nationalities", "Make", "Time", "Time (ms)", "Gap", "Gap (ms)", "Penalty",
                "Penalty (ms)", "Status", "Derived", "Class", "Class position", "Class gap", "Class gap (ms)", "Laps",
                "Laps behind", "Grid", "Points", "Status reason", "Entry id");
        assertThat(results.getLastRowNum()).as("11 classification lines below the header").isEqualTo(11);

        List<Row> roma = rowsWhere(results, "Crew", "Nani Roma");
        assertThat(roma).hasSize(5);
        Row stage2 = roma.get(0);
        assertThat(cell(stage2, "Classification").getStringCellValue()).isEqualTo("stage");
        assertThat(cell(stage2, "Stage").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(stage2, "Stage").getNumericCellValue()).isEqualTo(2.0);
        assertThat(cell(stage2, "Position").getNumericCellValue()).isEqualTo(3.0);
        assertThat(cell(stage2, "Time").getNumericCellValue()).isEqualTo(days(0, 6, 27));
        assertThat(cell(stage2, "Gap").getNumericCellValue()).isEqualTo(days(0, 0, 15));
        assertThat(cell(stage2, "Gap (ms)").getNumericCellValue()).isEqualTo(15_000.0);
        assertThat(cell(stage2, "Race number")).as("no race number is a blank, not a zero").isNull();
        assertThat(cell(stage2, "Derived").getCellType()).isEqualTo(CellType.BOOLEAN);

        Row retired = roma.get(4);
        assertThat(cell(retired, "Status").getStringCellValue()).isEqualTo("retired");
        assertThat(cell(retired, "Position")).isNull();
        assertThat(cell(retired, "Time")).isNull();

        Row derived = rowsWhere(results, "Entry id", "bikes-99").get(0);
        assertThat(cell(derived, "Race number").getNumericCellValue()).isEqualTo(99.0);
        assertThat(cell(derived, "Derived").getBooleanCellValue()).isTrue();
        assertThat(cell(derived, "Penalty").getNumericCellValue()).isEqualTo(days(0, 14, 0));
        assertThat(cell(derived, "Penalty (ms)").getNumericCellValue()).isEqualTo(840_000.0);
    }

    @Test
    void aStageLabelThatIsNotANumberStaysText() {
        Row meoniStage = rowsWhere(workbook.getSheet("Results"), "Classification", "stage").stream()
                .filter(row -> cell(row, "Entry id").getStringCellValue().equals("bikes-1")).findFirst().orElseThrow();
        assertThat(cell(meoniStage, "Stage").getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell(meoniStage, "Stage").getStringCellValue()).isEqualTo("12A");
    }

    @Test
    void aTimeWithMillisecondsShowsThem() {
        Row meoniStage = rowsWhere(workbook.getSheet("Results"), "Stage", "12A").get(0);
        Cell time = cell(meoniStage, "Time");
        assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss.000");
        assertThat(time.getNumericCellValue()).isEqualTo(2_684_982 / 86_400_000.0);
        assertThat(cell(meoniStage, "Time (ms)").getNumericCellValue()).isEqualTo(2_684_982.0);
    }

    @Test
    void aSumOfNaniRomasStageTimesIsHisGeneralTime() throws Exception {
        // A copy of its own: the formula added here must not reach the other tests' workbook.
        try (XSSFWorkbook copy = Workbooks.read(dir.resolve("dakar.xlsx"))) {
            Sheet results = copy.getSheet("Results");
            List<Row> roma = rowsWhere(results, "Crew", "Nani Roma");
            int timeColumn = Workbooks.column(results, "Time");
            String letter = CellReference.convertNumToColString(timeColumn);
            Cell sum = results.createRow(results.getLastRowNum() + 2).createCell(timeColumn);
            sum.setCellFormula("SUM(" + letter + (roma.get(0).getRowNum() + 1) + ":" + letter
                    + (roma.get(2).getRowNum() + 1) + ")");
            double evaluated = copy.getCreationHelper().createFormulaEvaluator().evaluate(sum).getNumberValue();
            assertThat(evaluated).isCloseTo(days(0, 38, 7), offset(1e-9));
            assertThat(cell(roma.get(3), "Classification").getStringCellValue()).isEqualTo("general");
            assertThat(cell(roma.get(3), "Time").getNumericCellValue()).isCloseTo(evaluated, offset(1e-9));
        }
    }

    @Test
    void stagesHaveRealDatesNumericDistancesAndTheRestDay() {
        Sheet stages = workbook.getSheet("Stages");
        Row first = stages.getRow(1);
        Cell date = cell(first, "Date");
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2001, 12, 28, 0, 0));
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(cell(first, "Stage").getNumericCellValue()).isEqualTo(1.0);
        assertThat(cell(first, "Bikes status").getStringCellValue()).isEqualTo("liaison");
        Row almeria = stages.getRow(4);
        assertThat(cell(almeria, "Distance (km)").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(almeria, "Distance (km)").getNumericCellValue()).isEqualTo(30.3);
        Row restDay = stages.getRow(5);
        assertThat(cell(restDay, "Type").getStringCellValue()).isEqualTo("rest");
        assertThat(cell(restDay, "Stage")).isNull();
        assertThat(cell(restDay, "Bikes status")).isNull();
    }

    @Test
    void stagesHaveTheColumnsOfEachCategory() {
        assertThat(header(workbook.getSheet("Stages"))).containsExactly("Ordinal", "Stage", "Date", "Start",
                "Start country", "Finish", "Finish country", "Distance (km)", "Type",
                "Bikes status", "Bikes winner", "Bikes awarded time", "Bikes awarded time (ms)",
                "Cars status", "Cars winner", "Cars awarded time", "Cars awarded time (ms)",
                "Trucks status", "Trucks winner", "Trucks awarded time", "Trucks awarded time (ms)");
    }

    @Test
    void aPenaltyTheSourcePlacesIsNotMarkedInferred() {
        Sheet penalties = workbook.getSheet("Penalties");
        assertThat(header(penalties)).containsExactly("Category", "Race number", "Crew", "Stage", "Stage inferred",
                "Time", "Time (ms)", "Reason", "Note", "Entry id");
        assertThat(penalties.getLastRowNum()).isEqualTo(1);
        Row penalty = penalties.getRow(1);
        assertThat(cell(penalty, "Category").getStringCellValue()).isEqualTo("Bikes");
        assertThat(cell(penalty, "Race number").getNumericCellValue()).isEqualTo(99.0);
        assertThat(cell(penalty, "Stage").getNumericCellValue()).isEqualTo(3.0);
        assertThat(cell(penalty, "Stage inferred").getBooleanCellValue()).isFalse();
        assertThat(cell(penalty, "Time").getNumericCellValue()).isEqualTo(days(0, 14, 0));
        assertThat(cell(penalty, "Time (ms)").getNumericCellValue()).isEqualTo(840_000.0);
        assertThat(cell(penalty, "Reason").getStringCellValue()).isEqualTo("speeding");
        assertThat(cell(penalty, "Note").getStringCellValue()).isEqualTo("n1");
        Row note = rowsWhere(workbook.getSheet("Notes"), "Note", "n1").get(0);
        assertThat(cell(note, "Table").getStringCellValue()).as("a code").isEqualTo("stage-results");
        assertThat(cell(note, "Stage").getNumericCellValue()).isEqualTo(3.0);
    }

    @Test
    void entriesGiveEachCrewMemberAndNationalityTheirOwnColumns() {
        Sheet entries = workbook.getSheet("Entries");
        assertThat(header(entries)).containsExactly("Race number", "Category", "Driver", "Driver nationality",
                "Co-driver", "Co-driver nationality", "Co-driver 2", "Co-driver 2 nationality", "Make", "Entrant",
                "Class", "Entry id");
        Row chagin = rowsWhere(entries, "Driver", "Vladimir Chagin").get(0);
        assertThat(cell(chagin, "Race number").getNumericCellValue()).isEqualTo(409.0);
        assertThat(cell(chagin, "Category").getStringCellValue()).isEqualTo("Trucks");
        assertThat(cell(chagin, "Co-driver 2").getStringCellValue()).isEqualTo("Sergey Savostin");
        assertThat(cell(chagin, "Co-driver 2 nationality").getStringCellValue()).isEqualTo("RUS");
    }

    @Test
    void textThatLooksLikeAFormulaStaysAStringCell() {
        Sheet entries = workbook.getSheet("Entries");
        assertThat(cell(rowsWhere(entries, "Driver", "=SUM(A1:A9)").get(0), "Entrant").getStringCellValue())
                .isEqualTo("=HYPERLINK(\"http://x\",\"x\")");
        assertThat(rowsWhere(entries, "Entrant", "+Team Mitsubishi Ralliart")).hasSize(1);
        assertThat(rowsWhere(entries, "Driver", "-Minus Driver")).hasSize(1);
        assertThat(rowsWhere(entries, "Co-driver", "@At Navigator")).hasSize(1);
        assertThat(rowsWhere(entries, "Entrant", "@Team")).hasSize(1);
        assertThat(rowsWhere(workbook.getSheet("Results"), "Crew", "=SUM(A1:A9)")).hasSize(1);
        assertThat(rowsWhere(workbook.getSheet("Penalties"), "Crew", "=SUM(A1:A9)")).hasSize(1);
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void everySheetHasABoldFrozenHeaderAndATableWithItsAutofilter() {
        List<String> tableNames = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals("Charts")) {
                // Blocks of numbers beside their charts, not a table: ExcelChartsSheetTest.
                continue;
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(sheet.getSheetName() + " has a pane").isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as("one header row is frozen").isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            for (Cell cell : sheet.getRow(0)) {
                CellStyle style = cell.getCellStyle();
                assertThat(workbook.getFontAt(style.getFontIndex()).getBold()).isTrue();
            }
            List<XSSFTable> tables = ((XSSFSheet) sheet).getTables();
            assertThat(tables).as(sheet.getSheetName() + " has one table").hasSize(1);
            XSSFTable table = tables.get(0);
            assertThat(table.getStartRowIndex()).isZero();
            assertThat(table.getStartColIndex()).isZero();
            assertThat(table.getEndRowIndex()).isEqualTo(sheet.getLastRowNum());
            assertThat(table.getEndColIndex()).isEqualTo(sheet.getRow(0).getLastCellNum() - 1);
            List<String> columnNames = new ArrayList<>();
            table.getColumns().forEach(column -> columnNames.add(column.getName()));
            assertThat(columnNames).as("table columns are named as the header").isEqualTo(header(sheet));
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getArea().formatAsString());
            tableNames.add(table.getName().toLowerCase(Locale.ROOT));
        }
        assertThat(tableNames).doesNotHaveDuplicates();
    }

    @Test
    void columnsAreWideEnoughForWhatTheyHold() {
        Sheet results = workbook.getSheet("Results");
        int crew = Workbooks.column(results, "Crew");
        int longest = "Vladimir Chagin / Semen Yakubov / Sergey Savostin".length();
        assertThat(results.getColumnWidth(crew)).isGreaterThanOrEqualTo(longest * 256);
        int time = Workbooks.column(results, "Time");
        assertThat(results.getColumnWidth(time)).isGreaterThanOrEqualTo("0:44:44.982".length() * 256);
    }

    @Test
    void propertiesNameTheEventAndTheIssueTime() {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("2002 Arras–Madrid–Dakar Rally");
        assertThat(core.getSubject()).isEqualTo("Results, provisional");
        assertThat(core.getCreator()).isEqualTo("Podium");
        assertThat(core.getCreated()).isEqualTo(Date.from(Workbooks.ISSUED_AT.toInstant()));
        assertThat(core.getModified()).isEqualTo(Date.from(Workbooks.ISSUED_AT.toInstant()));
    }

    @Test
    void theEventSheetHoldsTheFactsWithRealDates() {
        Sheet event = workbook.getSheet("Event");
        Row start = rowsWhere(event, "Key", "Start date").get(0);
        assertThat(DateUtil.isCellDateFormatted(cell(start, "Value"))).isTrue();
        assertThat(cell(start, "Value").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2001, 12, 28, 0, 0));
        assertThat(cell(rowsWhere(event, "Key", "Edition").get(0), "Value").getNumericCellValue()).isEqualTo(24.0);
        assertThat(cell(rowsWhere(event, "Key", "Source").get(0), "Value").getStringCellValue())
                .isEqualTo("2002-dakar-rally.txt");
        assertThat(cell(rowsWhere(event, "Key", "Issued at").get(0), "Value").getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2002, 1, 13, 18, 0));
        assertThat(cell(rowsWhere(event, "Key", "Status").get(0), "Value").getStringCellValue())
                .isEqualTo("provisional");
        assertThat(cell(rowsWhere(event, "Key", "Country").get(0), "Value").getStringCellValue())
                .isEqualTo("FRA, ESP, MAR, SEN");
    }
}
