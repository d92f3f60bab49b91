package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.exporters.excel.Workbooks.cell;
import static org.podium.exporters.excel.Workbooks.header;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.report.BulletinStatus;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.ScopeException;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;

/** Scopes, limits and refusals: continuation sheets, a stage chosen, stderr, unknown stages and crews. */
class ExcelExporterVariantsTest {

    @TempDir
    Path dir;

    @Test
    void aTableLongerThanASheetContinuesOnNumberedSheets() throws Exception {
        // Five rows a sheet: a header and four lines, so the eleven result lines need three sheets.
        Path file = Workbooks.write(new ExcelExporter(5), Workbooks.report(Dakar2002Fixture.event()),
                dir.resolve("small.xlsx"), Diagnostics.collector());
        try (XSSFWorkbook workbook = Workbooks.read(file)) {
            assertThat(Workbooks.sheetNames(workbook))
                    .containsSubsequence("Results", "Results (2)", "Results (3)", "Final standings (Bikes)");
            int lines = 0;
            List<String> firstHeader = header(workbook.getSheet("Results"));
            for (String name : List.of("Results", "Results (2)", "Results (3)")) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(4);
                assertThat(header(sheet)).isEqualTo(firstHeader);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(((XSSFSheet) sheet).getTables()).hasSize(1);
                assertThat(((XSSFSheet) sheet).getTables().get(0).getEndRowIndex()).isEqualTo(sheet.getLastRowNum());
                lines += sheet.getLastRowNum();
            }
            assertThat(lines).isEqualTo(11);
            assertThat(cell(workbook.getSheet("Results (3)").getRow(3), "Crew").getStringCellValue())
                    .isEqualTo("Vladimir Chagin / Semen Yakubov / Sergey Savostin");
        }
    }

    @Test
    void bytesDoNotDependOnTheClock() throws Exception {
        Path first = Workbooks.write(Dakar2002Fixture.event(), dir.resolve("first.xlsx"));
        // Zip entry times have a resolution of two seconds: wait longer than that.
        Thread.sleep(2_100);
        Path second = Workbooks.write(Dakar2002Fixture.event(), dir.resolve("second.xlsx"));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aNormalRunPrintsNothingOnStderrOrStdout() throws Exception {
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        try {
            Workbooks.write(Dakar2002Fixture.event(), dir.resolve("quiet.xlsx"));
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * Log4j looks for its provider once per JVM, so only a fresh JVM shows whether POI's first
     * logger complains. Without a provider, Log4j 2.24 prints "ERROR Log4j API could not find a
     * logging provider" on stdout, which must carry only what a command produces, so both streams
     * are checked.
     */
    @Test
    void aFreshJvmWritingAWorkbookPrintsNothing() throws Exception {
        Path target = dir.resolve("fresh.xlsx");
        Path stderr = dir.resolve("stderr.txt");
        Path stdout = dir.resolve("stdout.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriteFixture.class.getName(), target.toString())
                .redirectError(stderr.toFile())
                .redirectOutput(stdout.toFile())
                .start();
        assertThat(process.waitFor()).isZero();
        assertThat(target).isRegularFile();
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).as("stderr").isEmpty();
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).as("stdout").isEmpty();
    }

    @Test
    void withAStageChosenTheWorkbookShowsTheEventAsKnownAfterIt() throws Exception {
        DocumentOptions options = DocumentOptions.builder(Workbooks.ISSUED_AT).status(BulletinStatus.OFFICIAL)
                .bulletin(12).zone(ZoneId.of("Africa/Dakar")).checks(false).build();
        Report report = Workbooks.report(Dakar2002Fixture.event(), options, List.of("bikes"), "4");
        Path file = Workbooks.write(report, dir.resolve("stage4.xlsx"));
        try (XSSFWorkbook workbook = Workbooks.read(file)) {
            assertThat(Workbooks.sheetNames(workbook)).containsExactly("Event", "Stages", "Entries", "Results",
                    "General after 4 (Bikes)", "Charts", "Penalties", "Notes");
            Sheet results = workbook.getSheet("Results");
            assertThat(results.getLastRowNum()).as("Nani Roma's stages 2-4 and general 4").isEqualTo(4);
            assertThat(Workbooks.rowsWhere(results, "Classification", "final")).isEmpty();
            assertThat(Workbooks.rowsWhere(workbook.getSheet("Entries"), "Category", "Cars")).isEmpty();
            assertThat(workbook.getSheet("Stages").getLastRowNum()).isEqualTo(4);
            assertThat(header(workbook.getSheet("Stages"))).contains("Bikes status").doesNotContain("Cars status");
            Row general = workbook.getSheet("General after 4 (Bikes)").getRow(1);
            assertThat(cell(general, "Crew").getStringCellValue()).isEqualTo("Nani Roma");
            assertThat(cell(general, "Time").getNumericCellValue()).isEqualTo(Workbooks.days(0, 38, 7));
            Row asOf = Workbooks.rowsWhere(workbook.getSheet("Event"), "Key", "Results after stage").get(0);
            assertThat(cell(asOf, "Value").getNumericCellValue()).isEqualTo(4.0);
            assertThat(workbook.getProperties().getCoreProperties().getSubject())
                    .isEqualTo("Results after stage 4, official, bulletin 12");
            assertThat(workbook.getProperties().getCoreProperties().getContentStatus()).isEqualTo("official");
        }
    }

    @Test
    void afterStageThreeThePenaltyOfStageThreeIsShownAndEveryStageUpToIt() throws Exception {
        Report report = Workbooks.report(Dakar2002Fixture.event(), Workbooks.defaults(), List.of(), "3");
        try (XSSFWorkbook workbook = Workbooks.read(Workbooks.write(report, dir.resolve("stage3.xlsx")))) {
            Sheet results = workbook.getSheet("Results");
            assertThat(Workbooks.rowsWhere(results, "Crew", "Nani Roma")).as("stages 2 and 3").hasSize(2);
            Row penalty = workbook.getSheet("Penalties").getRow(1);
            assertThat(cell(penalty, "Crew").getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            assertThat(cell(penalty, "Stage").getNumericCellValue()).isEqualTo(3.0);
            assertThat(cell(penalty, "Stage inferred").getBooleanCellValue()).isFalse();
            assertThat(workbook.getSheet("Notes").getLastRowNum()).isEqualTo(1);
            // The fixture gives no general classification after stage 3: no standings sheet.
            assertThat(Workbooks.sheetNames(workbook)).noneMatch(name -> name.startsWith("General after"))
                    .noneMatch(name -> name.startsWith("Final standings"));
        }
    }

    @Test
    void anUnknownStageNeverReachesTheExporter() {
        // The host builds the report, and refuses the scope before any exporter is asked to write.
        assertThatThrownBy(() -> Workbooks.report(Dakar2002Fixture.event(), Workbooks.defaults(), List.of(), "9"))
                .isInstanceOf(ScopeException.class)
                .hasMessageContaining("no stage '9'")
                .hasMessageContaining("1, 2, 3, 4, 12A");
    }

    @Test
    void aPenaltyForACrewTheEventDoesNotListIsRefusedAndWritesNothing() throws Exception {
        Event fixture = Dakar2002Fixture.event();
        Event broken = new Event(fixture.name(), fixture.edition(), fixture.startDate(), fixture.finishDate(),
                fixture.description(), fixture.source(), fixture.properties(), fixture.categories(),
                fixture.stages(), fixture.entries(), fixture.classifications(),
                Lists.immutable.of(new Penalty("bikes-404", "2", java.time.Duration.ofMinutes(1), null, null)),
                fixture.awardedTimes(), fixture.notes());
        Path target = dir.resolve("none.xlsx");
        assertThatThrownBy(() -> Workbooks.write(broken, target))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("bikes-404");
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary file is left either").isEmpty();
        }
    }

    @Test
    void aWorkbookInFrenchWritesNoWarning() throws Exception {
        DocumentOptions french = DocumentOptions.builder(Workbooks.ISSUED_AT).language("fr").build();
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Workbooks.write(new ExcelExporter(), Report.of(Dakar2002Fixture.event(), french), dir.resolve("fr.xlsx"),
                diagnostics);
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aSheetLimitBelowTwoRowsIsABug() {
        assertThatThrownBy(() -> new ExcelExporter(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
