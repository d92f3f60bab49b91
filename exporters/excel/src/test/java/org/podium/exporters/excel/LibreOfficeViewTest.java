package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.testkit.RealResults;
import org.podium.testkit.SampleEvents;

/**
 * Opens the workbook as a user would, in LibreOffice, and reads what its cells show (CSV "as
 * shown", one file per sheet), in English and in French. Skips when LibreOffice is not installed.
 */
class LibreOfficeViewTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeShowsTheWinnersTimesAndASumOfStageTimes() throws Exception {
        Path soffice = requireSoffice();
        Path written = Workbooks.write(Dakar2002Fixture.event(), dir.resolve("dakar.xlsx"));
        Path csv = convert(soffice, addSumOfRomasStages(written, dir.resolve("dakar-sum.xlsx")));

        assertThat(shown(csv, "dakar-sum", "Final standings (Bikes)")).contains(",48:00:59,");
        assertThat(shown(csv, "dakar-sum", "Final standings (Cars)")).contains(",46:11:30,");
        assertThat(shown(csv, "dakar-sum", "Final standings (Trucks)")).contains(",65:12:14,");
        String results = shown(csv, "dakar-sum", "Results");
        assertThat(results).contains("Nani Roma,ESP,,0:06:27,387000").contains("Nani Roma,ESP,,0:26:11,1571000")
                .contains("Nani Roma,ESP,,0:05:29,329000").contains("Nani Roma,ESP,,0:38:07,2287000");
        // The fixture gives no general before stage 4 although stages 2 and 3 ran: Roma's general time
        // cannot be verified, which the Checks sheet says as info rather than as a contradiction.
        assertThat(shown(csv, "dakar-sum", "Checks")).contains("info,Bikes,4,general,").doesNotContain("contradiction");
        assertThat(shown(csv, "dakar-sum", "Check")).isEqualTo("SUM of stages 2-4,0:38:07\n");
        assertThat(shown(csv, "dakar-sum", "Entries")).contains("=SUM(A1:A9)");
        assertThat(shown(csv, "dakar-sum", "Penalties")).startsWith(
                "Category,Race number,Crew,Stage,Stage inferred,Time,Time (ms),Reason,Note,Entry id\n"
                        + "Bikes,99,=SUM(A1:A9),3,FALSE,0:14:00,840000,speeding,n1,bikes-99\n");
    }

    @Test
    void libreOfficeShowsTheFrenchSheetsAndHeaders() throws Exception {
        Path soffice = requireSoffice();
        DocumentOptions french = DocumentOptions.builder(Workbooks.ISSUED_AT).language("fr").build();
        Path written = Workbooks.write(Report.of(Dakar2002Fixture.event(), french), dir.resolve("fr.xlsx"));
        Path csv = convert(soffice, written);

        assertThat(shown(csv, "fr", "Classement final (Bikes)")).startsWith("Position,Numéro,Équipage,"
                + "Nationalités,Marque,Temps,Temps (ms),Écart,Écart (ms),Pénalité,Pénalité (ms),Statut,Calculé,"
                + "Classe,Position en classe,Écart en classe,Écart en classe (ms),Tours,Tours de retard,Grille,Points,"
                + "Motif du statut,Identifiant\n1,1,Fabrizio Meoni,ITA,,48:00:59,172859000,");
        assertThat(shown(csv, "fr", "Résultats")).contains("Bikes,stage,2,3,,Nani Roma,ESP,,0:06:27,387000");
        assertThat(shown(csv, "fr", "Épreuve")).startsWith("Rubrique,Clé,Valeur\n")
                .contains("Document,Statut,provisoire\n");
        assertThat(shown(csv, "fr", "Pénalités")).startsWith("Catégorie,Numéro,Équipage,Étape,Étape déduite,");
        assertThat(shown(csv, "fr", "Engagés")).contains("=SUM(A1:A9)");
    }

    @Test
    void libreOfficeShowsClassGapsAsTimesAndPointsAsNumbers() throws Exception {
        Path soffice = requireSoffice();
        Path written = Workbooks.write(RealResults.portugal1974WithClasses(), dir.resolve("rally.xlsx"));
        Path csv = convert(soffice, written);

        assertThat(shown(csv, "rally", "Final standings (Cars)"))
                .contains("\n5,,Harry Källström / Claes Billstam,,,6:54:27,24867000,0:28:12,1692000,,,classified,FALSE,"
                        + "Group 2,2,0:13:33,813000,,,,8,,cars-harry-kallstrom\n")
                .contains("\n1,,Raffaele Pinto / Arnaldo Bernacchini,,,6:26:15,23175000,,,,,classified,FALSE,"
                        + "Group 4,1,,,,,,20,,cars-raffaele-pinto\n");
    }

    @Test
    void libreOfficeShowsTheChartsNumbersWithEmptyCellsWhereTheSourceGivesNone() throws Exception {
        Path soffice = requireSoffice();
        Report report = Workbooks.report(SampleEvents.dakarExcerpt(), Workbooks.defaults(), List.of(), "3");
        Path csv = convert(soffice, Workbooks.write(report, dir.resolve("charts.xlsx")));

        assertThat(shown(csv, "charts", "Charts")).contains("""
                Bikes: position in the general classification,,
                Crew,2,3
                Despres,,1
                Roma,3,1
                Tiainen,2,3
                """).contains("""
                Bikes: gap to the leader in the general classification,,
                Crew,2,3
                Despres,,0:00:00
                Roma,0:00:15,0:00:00
                Tiainen,0:00:05,0:00:21
                """);
    }

    private Path requireSoffice() {
        Path soffice = findSoffice();
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice) is not installed: skipping the check of what a user sees");
        return soffice;
    }

    /** Converts every sheet of the workbook to CSV as LibreOffice shows it, into a folder of its own. */
    private Path convert(Path soffice, Path workbook) throws Exception {
        Path csv = Files.createDirectories(dir.resolve("csv"));
        // Field 9 "true" saves cell contents as shown; field 12 "-1" writes every sheet to its own file.
        Process process = new ProcessBuilder(soffice.toString(), "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", csv.toString(), workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).isZero();
        return csv;
    }

    /** A copy with a sheet that sums Nani Roma's stage times as a user would type it. */
    private static Path addSumOfRomasStages(Path source, Path target) throws Exception {
        try (XSSFWorkbook workbook = Workbooks.read(source)) {
            Sheet results = workbook.getSheet("Results");
            List<Row> roma = Workbooks.rowsWhere(results, "Crew", "Nani Roma");
            String time = CellReference.convertNumToColString(Workbooks.column(results, "Time"));
            Row row = workbook.createSheet("Check").createRow(0);
            row.createCell(0).setCellValue("SUM of stages 2-4");
            Cell sum = row.createCell(1);
            sum.setCellFormula("SUM(Results!" + time + (roma.get(0).getRowNum() + 1) + ":" + time
                    + (roma.get(2).getRowNum() + 1) + ")");
            sum.setCellStyle(cell(roma.get(0), "Time").getCellStyle());
            workbook.setForceFormulaRecalculation(true);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    private static Cell cell(Row row, String column) {
        return Workbooks.cell(row, column);
    }

    private static String shown(Path csvDir, String workbook, String sheet) throws Exception {
        Path file = csvDir.resolve(workbook + "-" + sheet + ".csv");
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
}
