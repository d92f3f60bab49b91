package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.datapackage.DataPackageSchema;
import org.podium.spi.Plugins;
import org.podium.testkit.SampleArticles;
import picocli.CommandLine;

/**
 * Formula injection. Names beginning {@code =}, {@code +}, {@code -} or {@code @} stay exact in the
 * data package (it is data, and reads back to the same bytes), which says so; {@code
 * --spreadsheet-safe} prefixes them with {@code '} in every CSV Podium writes; the workbook holds
 * them as text cells either way. Crews of the 2002 Dakar (Wikipedia, CC BY-SA); every file is read
 * back with an independent reader (Commons CSV, POI, and LibreOffice when installed).
 */
class SpreadsheetSafeTest {

    private static final String SLUG = "2002-arras-madrid-dakar-rally";
    private static final String LINK = "=HYPERLINK(\"https:evil\",\"Hiroshi Masuoka\")";

    @TempDir
    Path dir;

    @Test
    void thePackageStaysExactSaysSoAndReadsBackToTheSameBytes() throws Exception {
        Path out = dir.resolve("exact");
        Cli.Result result = run("convert", "--to", "csv,xlsx", "--out", out.toString(), sheet().toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        Path pkg = out.resolve(SLUG);
        assertThat(column(pkg.resolve("entries.csv"), "crew"))
                .containsExactly("-Jutta Kleinschmidt / Andreas Schulz", LINK + " / Pascal Maimon");
        assertThat(column(pkg.resolve("entries.csv"), "make")).containsExactly("Mitsubishi", "+Mitsubishi");
        assertThat(column(pkg.resolve("entries.csv"), "entrant"))
                .containsExactly("Team Mitsubishi Ralliart", "@Team Nippon Oil Mitsubishi Ralliart");
        assertThat(column(pkg.resolve("penalties.csv"), "reason")).containsExactly("=1+2");
        assertThat(Files.readString(pkg.resolve(DataPackageSchema.DESCRIPTOR_FILE)))
                .contains(DataPackageSchema.EXACT).contains("is not neutralised");

        // The package, read and written again, gives the same bytes: nothing was changed on the way.
        Path again = dir.resolve("again");
        Cli.Result reread = run("convert", "--to", "csv", "--out", again.toString(), pkg.toString());
        assertThat(reread.exitCode()).as(reread.err()).isZero();
        for (Path file : files(pkg)) {
            assertThat(again.resolve(SLUG).resolve(file.getFileName().toString())).as(file.getFileName().toString())
                    .hasSameBinaryContentAs(file);
        }

        // The workbook is safe without the option: every name is a text cell, never a formula.
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve(SLUG + ".xlsx").toFile())) {
            List<String> texts = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(texts).contains(LINK, "-Jutta Kleinschmidt", "+Mitsubishi", "@Team Nippon Oil Mitsubishi Ralliart",
                    "=1+2");
        }
    }

    @Test
    void spreadsheetSafePrefixesEveryRiskyCellOfThePackageAndSaysSo() throws Exception {
        Path out = dir.resolve("safe");
        Cli.Result result = run("convert", "--to", "csv", "--spreadsheet-safe", "--out", out.toString(),
                sheet().toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        Path pkg = out.resolve(SLUG);
        assertThat(column(pkg.resolve("entries.csv"), "crew"))
                .containsExactly("'-Jutta Kleinschmidt / Andreas Schulz", "'" + LINK + " / Pascal Maimon");
        assertThat(column(pkg.resolve("entries.csv"), "make")).containsExactly("Mitsubishi", "'+Mitsubishi");
        assertThat(column(pkg.resolve("entries.csv"), "entrant"))
                .containsExactly("Team Mitsubishi Ralliart", "'@Team Nippon Oil Mitsubishi Ralliart");
        assertThat(column(pkg.resolve("penalties.csv"), "reason")).containsExactly("'=1+2");
        assertThat(column(pkg.resolve("penalties.csv"), "time_ms")).as("numbers are left as they are")
                .containsExactly("840000");
        assertThat(Files.readString(pkg.resolve(DataPackageSchema.DESCRIPTOR_FILE)))
                .contains(DataPackageSchema.SPREADSHEET_SAFE);
        for (Path file : files(pkg)) {
            if (!file.toString().endsWith(".csv")) {
                continue;
            }
            for (CSVRecord record : records(Files.readString(file))) {
                for (String value : record) {
                    assertThat(value).as(file.getFileName() + ": " + value).doesNotStartWith("=")
                            .doesNotStartWith("@").doesNotStartWith("+");
                }
            }
        }
    }

    @Test
    void checkAsCsvIsExactUnlessSpreadsheetSafe() throws Exception {
        Path article = Files.writeString(dir.resolve(SampleArticles.DAKAR_2002),
                SampleArticles.dakar2002Text().replace("Isidre Esteve", "=Isidre Esteve"), StandardCharsets.UTF_8);

        Cli.Result exact = run("check", "--format", "csv", article.toString());
        Cli.Result safe = run("check", "--format", "csv", "--spreadsheet-safe", article.toString());

        assertThat(exact.exitCode()).as(exact.err()).isZero();
        assertThat(safe.exitCode()).as(safe.err()).isZero();
        CSVRecord esteve = records(exact.out()).stream().filter(r -> r.get("stage").equals("13")).findFirst()
                .orElseThrow();
        assertThat(esteve.get("crew")).isEqualTo("=Isidre Esteve / Giovanni Sala");
        CSVRecord safeEsteve = records(safe.out()).stream().filter(r -> r.get("stage").equals("13")).findFirst()
                .orElseThrow();
        assertThat(safeEsteve.get("crew")).isEqualTo("'=Isidre Esteve / Giovanni Sala");
        assertThat(safeEsteve.get("message")).as("a message starting with a letter is left alone")
                .isEqualTo(esteve.get("message")).startsWith("In the result of stage 13 (Bikes), =Isidre Esteve");
        assertThat(records(safe.out())).hasSameSizeAs(records(exact.out()));
    }

    @Test
    void libreOfficeRunsTheExactCellAsAFormulaAndTakesTheSafeOneAsText() throws Exception {
        Path soffice = findSoffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: skipping what a user sees");
        Path exact = dir.resolve("exact");
        Path safe = dir.resolve("safe");
        assertThat(run("convert", "--to", "csv", "--out", exact.toString(), sheet().toString()).exitCode()).isZero();
        assertThat(run("convert", "--to", "csv", "--spreadsheet-safe", "--out", safe.toString(), sheet().toString())
                .exitCode()).isZero();
        Path lo = Files.createDirectories(dir.resolve("lo"));
        Files.copy(exact.resolve(SLUG).resolve("penalties.csv"), lo.resolve("exact.csv"));
        Files.copy(safe.resolve(SLUG).resolve("penalties.csv"), lo.resolve("safe.csv"));

        // Opened as a user opens CSV, with "Evaluate formulas" on (the last field of the filter).
        Process process = new ProcessBuilder(soffice.toString(), "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true",
                "--convert-to", "xlsx", "--outdir", lo.toString(),
                lo.resolve("exact.csv").toString(), lo.resolve("safe.csv").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();

        assertThat(reasonCell(lo.resolve("exact.xlsx")).getCellType()).as("the exact package, opened as is")
                .isEqualTo(CellType.FORMULA);
        Cell safeCell = reasonCell(lo.resolve("safe.xlsx"));
        assertThat(safeCell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(safeCell.getStringCellValue()).isEqualTo("'=1+2");
    }

    private static Cell reasonCell(Path workbook) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Row header = book.getSheetAt(0).getRow(0);
            for (Cell cell : header) {
                if (cell.getStringCellValue().equals("reason")) {
                    return book.getSheetAt(0).getRow(1).getCell(cell.getColumnIndex());
                }
            }
            throw new AssertionError("no reason column");
        }
    }

    /** A timing sheet of two 2002 Dakar crews whose names, make, entrant and penalty reason a spreadsheet would run. */
    private Path sheet() throws Exception {
        return Files.writeString(dir.resolve("dakar.csv"), """
                # event: 2002 Arras–Madrid–Dakar Rally
                category,stage,number,crew,nationality,make,entrant,time,penalty,penalty reason,status
                cars,1,201,"=HYPERLINK(""https:evil"",""Hiroshi Masuoka"") / Pascal Maimon",JPN / FRA,+Mitsubishi,\
                @Team Nippon Oil Mitsubishi Ralliart,3:53:39,0:14:00,=1+2,
                cars,1,200,-Jutta Kleinschmidt / Andreas Schulz,DEU / DEU,Mitsubishi,Team Mitsubishi Ralliart,3:58:44,,,
                """, StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<String> column(Path csv, String name) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> r.get(name)).toList();
        }
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    private static Path findSoffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** With every real plugin on the class path, as a user runs it. */
    private static Cli.Result run(String... args) {
        return Cli.runWithRealPlugins(args);
    }
}
