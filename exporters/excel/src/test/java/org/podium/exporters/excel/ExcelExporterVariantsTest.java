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
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.model.Penalty;
import org.podium.spi.BulletinStatus;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;
import org.podium.spi.Severity;

/** Options, limits and refusals: continuation sheets, filters, stderr, unknown stages and crews. */
class ExcelExporterVariantsTest {

    @TempDir
    Path dir;

    @Test
    void aTableLongerThanASheetContinuesOnNumberedSheets() throws Exception {
        // Five rows a sheet: a header and four lines, so the eleven result lines need three sheets.
        Path file = Workbooks.write(new ExcelExporter(5), Dakar2002Fixture.event(), Workbooks.defaults(),
                dir.resolve("small.xlsx"), Diagnostics.collector());
        try (XSSFWorkbook workbook = Workbooks.read(file)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsSubsequence("Results", "Results (2)", "Results (3)", "Final standings (Bikes)");
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
    void withAStageChosenTheWorkbookStopsAfterIt() throws Exception {
        ExportOptions options = new ExportOptions(Lists.immutable.of("bikes"), "4", BulletinStatus.OFFICIAL, 12,
                Workbooks.ISSUED_AT, java.time.ZoneId.of("Africa/Dakar"), "en", false);
        Path file = Workbooks.write(new ExcelExporter(), Dakar2002Fixture.event(), options,
                dir.resolve("stage4.xlsx"), Diagnostics.collector());
        try (XSSFWorkbook workbook = Workbooks.read(file)) {
            assertThat(workbook.getSheet("General after 4 (Bikes)")).isNotNull();
            assertThat(workbook.getSheet("Final standings (Bikes)")).isNull();
            assertThat(workbook.getSheet("Final standings (Cars)")).isNull();
            Sheet results = workbook.getSheet("Results");
            assertThat(results.getLastRowNum()).as("Nani Roma's stages 2-4 and general 4").isEqualTo(4);
            assertThat(Workbooks.rowsWhere(results, "Classification", "final")).isEmpty();
            assertThat(Workbooks.rowsWhere(workbook.getSheet("Entries"), "Category", "Cars")).isEmpty();
            assertThat(workbook.getSheet("Stages").getLastRowNum()).isEqualTo(4);
            assertThat(workbook.getProperties().getCoreProperties().getSubject())
                    .isEqualTo("Results after stage 4, official, bulletin 12");
        }
    }

    @Test
    void anUnknownStageIsRefusedAndWritesNothing() {
        ExportOptions options = new ExportOptions(Lists.immutable.empty(), "9", BulletinStatus.PROVISIONAL, null,
                Workbooks.ISSUED_AT, java.time.ZoneOffset.UTC, "en", true);
        Path target = dir.resolve("none.xlsx");
        assertThatThrownBy(() -> Workbooks.write(new ExcelExporter(), Dakar2002Fixture.event(), options, target,
                Diagnostics.collector()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("no stage '9'")
                .hasMessageContaining("1, 2, 3, 4, 12A");
        assertThat(target).doesNotExist();
    }

    @Test
    void aPenaltyForACrewTheEventDoesNotListIsRefusedAndWritesNothing() {
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
    }

    @Test
    void aLanguageOtherThanEnglishIsReported() throws Exception {
        ExportOptions options = new ExportOptions(Lists.immutable.empty(), null, BulletinStatus.PROVISIONAL, null,
                Workbooks.ISSUED_AT, java.time.ZoneOffset.UTC, "fr", true);
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        Workbooks.write(new ExcelExporter(), Dakar2002Fixture.event(), options, dir.resolve("fr.xlsx"), diagnostics);
        assertThat(diagnostics.has(Severity.WARNING)).isTrue();
        assertThat(diagnostics.all().get(0).message()).contains("English labels");
    }

    @Test
    void aSheetLimitBelowTwoRowsIsABug() {
        assertThatThrownBy(() -> new ExcelExporter(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
