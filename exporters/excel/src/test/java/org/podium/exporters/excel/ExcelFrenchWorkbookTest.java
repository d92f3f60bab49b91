package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.excel.Workbooks.cell;
import static org.podium.exporters.excel.Workbooks.days;
import static org.podium.exporters.excel.Workbooks.header;
import static org.podium.exporters.excel.Workbooks.rowsWhere;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;

/**
 * With {@code --lang fr} the sheet names, headers and words of the workbook are French; category
 * names, crews and notes stay as the source gives them, and values that are codes stay codes.
 */
class ExcelFrenchWorkbookTest {

    private static final DocumentOptions FRENCH = DocumentOptions.builder(Workbooks.ISSUED_AT).language("fr").build();

    @TempDir
    Path dir;

    @Test
    void sheetNamesAreFrench() throws Exception {
        try (XSSFWorkbook workbook = write(Report.of(Dakar2002Fixture.event(), FRENCH), "fr.xlsx")) {
            assertThat(Workbooks.sheetNames(workbook)).containsExactly("Épreuve", "Étapes", "Engagés", "Résultats",
                    "Classement final (Bikes)", "Classement final (Cars)", "Classement final (Trucks)", "Graphiques",
                    "Pénalités", "Notes", "Contrôles");
            List<String> tables = new ArrayList<>();
            workbook.forEach(sheet -> ((XSSFSheet) sheet).getTables().forEach(table -> tables.add(table.getName())));
            assertThat(tables).as("table names keep the letters without their accents")
                    .contains("Podium_Etapes", "Podium_Resultats", "Podium_Penalites", "Podium_Controles");
        }
    }

    @Test
    void headersAreFrenchAndCodesStayCodes() throws Exception {
        try (XSSFWorkbook workbook = write(Report.of(Dakar2002Fixture.event(), FRENCH), "fr.xlsx")) {
            Sheet results = workbook.getSheet("Résultats");
            assertThat(header(results)).containsExactly("Catégorie", "Classement", "Étape", "Position", "Numéro",
                    "Équipage", "Nationalités", "Marque", "Temps", "Temps (ms)", "Écart", "Écart (ms)", "Pénalité",
                    "Pénalité (ms)", "Statut", "Calculé", "Classe", "Position en classe", "Écart en classe",
                    "Écart en classe (ms)", "Tours", "Tours de retard", "Grille", "Points", "Motif du statut",
                    "Identifiant");
            List<Row> roma = rowsWhere(results, "Équipage", "Nani Roma");
            assertThat(cell(roma.get(0), "Classement").getStringCellValue()).isEqualTo("stage");
            assertThat(cell(roma.get(0), "Catégorie").getStringCellValue()).isEqualTo("Bikes");
            assertThat(cell(roma.get(0), "Temps").getNumericCellValue()).isEqualTo(days(0, 6, 27));
            assertThat(cell(roma.get(4), "Statut").getStringCellValue()).isEqualTo("retired");

            Row meoni = workbook.getSheet("Classement final (Bikes)").getRow(1);
            assertThat(cell(meoni, "Temps").getNumericCellValue()).isEqualTo(days(48, 0, 59));
            assertThat(cell(meoni, "Temps (ms)").getNumericCellValue()).isEqualTo(172_859_000.0);

            assertThat(header(workbook.getSheet("Engagés"))).containsExactly("Numéro", "Catégorie", "Pilote",
                    "Pilote nationalité", "Copilote", "Copilote nationalité", "Copilote 2", "Copilote 2 nationalité",
                    "Marque", "Concurrent", "Classe", "Identifiant");
            assertThat(header(workbook.getSheet("Pénalités"))).containsExactly("Catégorie", "Numéro", "Équipage",
                    "Étape", "Étape déduite", "Temps", "Temps (ms)", "Motif", "Note", "Identifiant");
            assertThat(header(workbook.getSheet("Contrôles"))).startsWith("Gravité", "Catégorie", "Étape")
                    .contains("Attendu", "Attendu (ms)", "Publié", "Publié (ms)");
            assertThat(rowsWhere(workbook.getSheet("Contrôles"), "Gravité", "info")).isNotEmpty();
            assertThat(header(workbook.getSheet("Étapes"))).contains("Bikes statut", "Bikes vainqueur",
                    "Bikes temps forfaitaire", "Bikes temps forfaitaire (ms)");

            Sheet event = workbook.getSheet("Épreuve");
            assertThat(header(event)).containsExactly("Rubrique", "Clé", "Valeur");
            assertThat(cell(rowsWhere(event, "Clé", "Nom").get(0), "Valeur").getStringCellValue())
                    .isEqualTo("2002 Arras–Madrid–Dakar Rally");
            assertThat(rowsWhere(event, "Clé", "Date de départ")).hasSize(1);
            assertThat(cell(rowsWhere(event, "Clé", "Statut").get(0), "Valeur").getStringCellValue())
                    .isEqualTo("provisoire");
            assertThat(workbook.getProperties().getCoreProperties().getContentStatus()).isEqualTo("provisional");
            assertThat(workbook.getProperties().getCoreProperties().getSubject()).isEqualTo("Résultats, provisoire");
        }
    }

    @Test
    void asOfAStageTheStandingsSheetAndTheInferredStageAreFrench() throws Exception {
        Report stage8 = Workbooks.report(Dakar2002Fixture.carsStages5To8(), FRENCH, List.of(), "8");
        try (XSSFWorkbook workbook = write(stage8, "fr-8.xlsx")) {
            assertThat(workbook.getSheet("Général étape 8 (Cars)")).isNotNull();
            Row asOf = rowsWhere(workbook.getSheet("Épreuve"), "Clé", "Résultats à l’issue de l’étape").get(0);
            assertThat(cell(asOf, "Valeur").getNumericCellValue()).isEqualTo(8.0);
            Row penalty = workbook.getSheet("Pénalités").getRow(1);
            assertThat(cell(penalty, "Étape").getNumericCellValue()).isEqualTo(8.0);
            assertThat(cell(penalty, "Étape déduite").getBooleanCellValue()).isTrue();
            assertThat(workbook.getProperties().getCoreProperties().getSubject())
                    .isEqualTo("Résultats à l’issue de l’étape 8, provisoire");
        }
        try (XSSFWorkbook workbook = write(Report.of(Dakar2002Fixture.withAwardedTimes(), FRENCH), "fr-awarded.xlsx")) {
            List<Row> awarded = rowsWhere(workbook.getSheet("Épreuve"), "Rubrique", "Temps forfaitaire");
            assertThat(awarded).extracting(row -> cell(row, "Clé").getStringCellValue()).containsExactly(
                    "Trucks, étape 4 (déduite par les contrôles de Podium)", "Trucks, étape non précisée");
        }
    }

    private XSSFWorkbook write(Report report, String name) throws Exception {
        return Workbooks.read(Workbooks.write(report, dir.resolve(name)));
    }
}
