package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.Event;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.testkit.SampleArticles;

/**
 * An amendment's workbook: bulletin 8 of the bundled article, with Esteve's stage-13 gap mended
 * (4:12 → 4:42) and De Mévius's penalty raised from 18 to 28 minutes, read back with POI. The
 * article does not say the penalty's stage: the checks placed the 18 minutes on stage 8, where the
 * times add up with it; with 28 they add up nowhere, so the amendment says it left stage 8.
 */
class ExcelAmendmentTest {

    @TempDir
    Path dir;

    @Test
    void theChangesSheetFollowsTheEventSheetWithOneRowPerChange() throws Exception {
        Event bulletin7 = read("bulletin-7.txt", SampleArticles.dakar2002Text());
        Event bulletin8 = read("bulletin-8.txt", SampleArticles.dakar2002Text()
                .replace("| 6:14:48 | 4:12 |", "| 6:14:48 | 4:42 |")
                .replace("De Mévius earned an 18-minute penalty", "De Mévius earned an 28-minute penalty"));
        Report report = Report.builder(bulletin8, Workbooks.defaults().toBuilder().bulletin(8).build())
                .amends(bulletin7, 7, "bulletin-7.txt").build();

        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(report, dir.resolve("bulletin-8.xlsx")))) {
            assertThat(Workbooks.sheetNames(workbook)).startsWith("Event", "Changes", "Stages");
            Sheet changes = workbook.getSheet("Changes");
            assertThat(Workbooks.header(changes)).containsExactly("Category", "Stage", "Classification", "Subject",
                    "Change", "Field", "Race number", "Crew", "Before", "After", "What changed");
            assertThat(changes.getLastRowNum()).isEqualTo(3);
            Row esteve = Workbooks.rowsWhere(changes, "Crew", "Isidre Esteve").get(0);
            assertThat(Workbooks.cell(esteve, "Category").getStringCellValue()).isEqualTo("Bikes");
            assertThat(Workbooks.cell(esteve, "Stage").getNumericCellValue()).isEqualTo(13);
            assertThat(Workbooks.cell(esteve, "Field").getStringCellValue()).isEqualTo("gap");
            assertThat(Workbooks.cell(esteve, "Race number").getNumericCellValue()).isEqualTo(4);
            assertThat(Workbooks.cell(esteve, "Before").getStringCellValue()).isEqualTo("0:04:12");
            assertThat(Workbooks.cell(esteve, "After").getStringCellValue()).isEqualTo("0:04:42");
            assertThat(Workbooks.rowsWhere(changes, "Subject", "penalty"))
                    .extracting(row -> Workbooks.cell(row, "What changed").getStringCellValue()).containsExactly(
                            "stage 8 · Grégoire De Mévius / Alain Guehennec: penalty removed (0:18:00, failing to"
                                    + " complete the liaison section in the allotted time)",
                            "no stage · Grégoire De Mévius / Alain Guehennec: penalty added (0:28:00, failing to"
                                    + " complete the liaison section in the allotted time)");
            Sheet eventSheet = workbook.getSheet("Event");
            Row replaces = Workbooks.rowsWhere(eventSheet, "Key", "Replaces bulletin").get(0);
            assertThat(Workbooks.cell(replaces, "Value").getNumericCellValue()).isEqualTo(7);
            assertThat(Workbooks.cell(Workbooks.rowsWhere(eventSheet, "Key", "Amends").get(0), "Value")
                    .getStringCellValue()).isEqualTo("bulletin-7.txt");
        }
    }

    @Test
    void aWorkbookThatAmendsNothingHasNoChangesSheet() throws Exception {
        Event bulletin7 = read("bulletin-7.txt", SampleArticles.dakar2002Text());

        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(Report.of(bulletin7, Workbooks.defaults()),
                dir.resolve("bulletin-7.xlsx")))) {
            assertThat(Workbooks.sheetNames(workbook)).doesNotContain("Changes");
        }
    }

    private Event read(String name, String text) throws Exception {
        Path article = Files.writeString(dir.resolve(name), text);
        return new WikiImporter().read(ImportRequest.of(article, Diagnostics.collector()));
    }
}
