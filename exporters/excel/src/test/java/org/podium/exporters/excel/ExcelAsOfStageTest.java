package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.excel.Workbooks.cell;
import static org.podium.exporters.excel.Workbooks.days;
import static org.podium.exporters.excel.Workbooks.header;
import static org.podium.exporters.excel.Workbooks.rowsWhere;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.Report;

/**
 * The workbook as of a stage holds what was known after it, and shows a stage the checks placed
 * as inferred: De Mévius's 18-minute penalty, which the 2002 article gives without a stage and the
 * checks place on stage 8; the trucks' awarded time of 50:00.
 */
class ExcelAsOfStageTest {

    private static final String DE_MEVIUS_CREW = "Grégoire De Mévius / Alain Guehennec";

    @TempDir
    Path dir;

    @Test
    void afterStageSevenDeMeviussPenaltyIsNotShown() throws Exception {
        try (XSSFWorkbook workbook = write("7")) {
            assertThat(workbook.getSheet("Penalties").getLastRowNum()).as("no penalty row").isZero();
            assertThat(rowsWhere(workbook.getSheet("Notes"), "Note", "n2")).as("the note came with stage 8").isEmpty();
            assertThat(workbook.getSheet("Stages").getLastRowNum()).as("stages 5 to 7").isEqualTo(3);
            Sheet results = workbook.getSheet("Results");
            assertThat(rowsWhere(results, "Crew", DE_MEVIUS_CREW))
                    .as("stages 5 and 7 and the generals after 5 to 7: he is not in stage 6's top three").hasSize(5);
            Row general = rowsWhere(workbook.getSheet("General after 7 (Cars)"), "Crew", DE_MEVIUS_CREW).get(0);
            assertThat(cell(general, "Time").getNumericCellValue()).isEqualTo(days(8, 7, 40));
            assertThat(cell(general, "Penalty")).isNull();
            // Stage 8's arithmetic is not in scope, so neither is the finding that explains the penalty.
            assertThat(rowsWhere(workbook.getSheet("Checks"), "Severity", "explained")).isEmpty();
        }
    }

    @Test
    void afterStageEightItIsShownOnStageEightMarkedAsInferred() throws Exception {
        try (XSSFWorkbook workbook = write("8")) {
            Sheet penalties = workbook.getSheet("Penalties");
            assertThat(header(penalties)).containsExactly("Category", "Race number", "Crew", "Stage", "Stage inferred",
                    "Time", "Time (ms)", "Reason", "Note", "Entry id");
            assertThat(penalties.getLastRowNum()).isEqualTo(1);
            Row penalty = penalties.getRow(1);
            assertThat(cell(penalty, "Crew").getStringCellValue()).isEqualTo(DE_MEVIUS_CREW);
            assertThat(cell(penalty, "Stage").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(penalty, "Stage").getNumericCellValue()).isEqualTo(8.0);
            assertThat(cell(penalty, "Stage inferred").getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(cell(penalty, "Stage inferred").getBooleanCellValue()).isTrue();
            assertThat(cell(penalty, "Time").getNumericCellValue()).isEqualTo(days(0, 18, 0));
            assertThat(cell(penalty, "Time (ms)").getNumericCellValue()).isEqualTo(1_080_000.0);
            assertThat(cell(penalty, "Note").getStringCellValue()).isEqualTo("n2");

            Row note = rowsWhere(workbook.getSheet("Notes"), "Note", "n2").get(0);
            assertThat(cell(note, "Text").getStringCellValue()).isEqualTo(Dakar2002Fixture.DE_MEVIUS_NOTE);
            Row general = rowsWhere(workbook.getSheet("General after 8 (Cars)"), "Crew", DE_MEVIUS_CREW).get(0);
            assertThat(cell(general, "Time").getNumericCellValue()).isEqualTo(days(11, 2, 15));
            Row explained = rowsWhere(workbook.getSheet("Checks"), "Severity", "explained").get(0);
            assertThat(cell(explained, "Crew").getStringCellValue()).isEqualTo(DE_MEVIUS_CREW);
            assertThat(cell(explained, "Note").getStringCellValue()).isEqualTo(Dakar2002Fixture.DE_MEVIUS_NOTE);
            assertThat(cell(explained, "Found").getNumericCellValue()).isEqualTo(days(11, 2, 15));
        }
    }

    @Test
    void theWholeEventShowsThePenaltyAsTheStageEightWorkbookDoes() throws Exception {
        Report report = Workbooks.report(Dakar2002Fixture.carsStages5To8());
        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(report, dir.resolve("whole.xlsx")))) {
            Row penalty = workbook.getSheet("Penalties").getRow(1);
            assertThat(cell(penalty, "Stage").getNumericCellValue()).isEqualTo(8.0);
            assertThat(cell(penalty, "Stage inferred").getBooleanCellValue()).isTrue();
            assertThat(rowsWhere(workbook.getSheet("Event"), "Key", "Results after stage")).isEmpty();
        }
    }

    @Test
    void anAwardedTimeTheChecksPlacedIsListedOnTheEventSheetNotOnItsStage() throws Exception {
        Report report = Workbooks.report(Dakar2002Fixture.withAwardedTimes());
        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(report, dir.resolve("awarded.xlsx")))) {
            Sheet stages = workbook.getSheet("Stages");
            Row stage2 = rowsWhere(stages, "Type", "special").get(0);
            assertThat(cell(stage2, "Stage").getNumericCellValue()).isEqualTo(2.0);
            assertThat(cell(stage2, "Trucks awarded time").getNumericCellValue()).isEqualTo(days(0, 50, 0));
            assertThat(cell(stage2, "Trucks awarded time (ms)").getNumericCellValue()).isEqualTo(3_000_000.0);
            Row stage4 = stages.getRow(4);
            assertThat(cell(stage4, "Stage").getNumericCellValue()).isEqualTo(4.0);
            assertThat(cell(stage4, "Trucks awarded time")).as("placed by the checks, not stated").isNull();

            Sheet event = workbook.getSheet("Event");
            List<Row> awarded = rowsWhere(event, "Section", "Awarded time");
            assertThat(awarded).hasSize(2);
            assertThat(cell(awarded.get(0), "Key").getStringCellValue())
                    .isEqualTo("Trucks, stage 4 (placed by Podium's checks)");
            assertThat(cell(awarded.get(0), "Value").getNumericCellValue()).isEqualTo(days(0, 50, 0));
            assertThat(cell(awarded.get(0), "Value").getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");
            assertThat(cell(awarded.get(1), "Key").getStringCellValue()).isEqualTo("Trucks, stage not stated");
        }
    }

    private XSSFWorkbook write(String stage) throws Exception {
        Report report = Workbooks.report(Dakar2002Fixture.carsStages5To8(), Workbooks.defaults(), List.of(), stage);
        return Workbooks.read(Workbooks.write(report, dir.resolve("after-" + stage + ".xlsx")));
    }
}
