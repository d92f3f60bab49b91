package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.launcher.ConversionListener;
import org.podium.launcher.ConversionRequest;
import org.podium.launcher.Input;
import org.podium.launcher.Launcher;
import org.podium.launcher.RunResult;
import org.podium.report.DocumentOptions;
import org.podium.report.Scope;
import org.podium.spi.Plugins;
import org.podium.testkit.SampleArticles;

/**
 * One meaning of "as of stage N" in every document, on the bundled article, through the real
 * plugins as a run finds them. The article gives De Mévius's 18-minute penalty without a stage;
 * the checks place it on stage 8. A document after stage 7 cannot know it; after stage 8 every
 * document shows it. Each document is read back with an independent reader.
 */
class BundledArticleScopeTest {

    /** The penalty's reason, as the article words it: in the penalty lists and in the note. */
    private static final String DE_MEVIUS_REASON = "failing to complete the liaison section";
    private static final String SLUG = "2002-arras-madrid-dakar-rally";

    @TempDir
    Path dir;

    @Test
    void afterStage7NoDocumentShowsDeMeviussPenaltyAndAfterStage8EveryOneDoes() throws Exception {
        Path after7 = convert("7", "en");
        assertThat(markdownText(after7.resolve(SLUG + "-stage7.md"))).doesNotContain(DE_MEVIUS_REASON)
                .contains("8:07:40");
        assertThat(pdfText(after7.resolve(SLUG + "-stage7.pdf"))).doesNotContain(DE_MEVIUS_REASON)
                .contains("8:07:40");
        assertThat(penaltyRows(after7.resolve(SLUG + "-stage7.xlsx"), "Penalties"))
                .as("Peterhansel's 14 minutes, placed on stage 6, were known after stage 7")
                .containsExactly("Stéphane Peterhansel / Jean-Paul Cottret|6|0:14:00");

        Path after8 = convert("8", "en");
        assertThat(markdownText(after8.resolve(SLUG + "-stage8.md"))).contains(DE_MEVIUS_REASON)
                .contains("stage 8 (placed by Podium's checks)");
        assertThat(pdfText(after8.resolve(SLUG + "-stage8.pdf"))).contains(DE_MEVIUS_REASON);
        assertThat(penaltyRows(after8.resolve(SLUG + "-stage8.xlsx"), "Penalties")).containsExactly(
                "Grégoire De Mévius / Alain Guehennec|8|0:18:00",
                "Stéphane Peterhansel / Jean-Paul Cottret|6|0:14:00");
    }

    @Test
    void frenchLabelsInEveryDocument() throws Exception {
        Path out = convert("8", "fr");
        String markdown = Files.readString(out.resolve(SLUG + "-stage8-fr.md"));
        assertThat(headings(markdown)).contains("Itinéraire", "Étape 8",
                "Classement général à l’issue de l’étape 8");
        assertThat(pdfText(out.resolve(SLUG + "-stage8-fr.pdf"))).contains("Classement général à l’issue de l’étape 8",
                "PROVISOIRE", "Équipage");
        try (XSSFWorkbook book = new XSSFWorkbook(out.resolve(SLUG + "-stage8-fr.xlsx").toFile())) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Épreuve", "Étapes", "Engagés", "Résultats", "Pénalités");
            assertThat(header(book.getSheet("Résultats"))).contains("Temps", "Temps (ms)", "Écart");
        }
        assertThat(penaltyRows(out.resolve(SLUG + "-stage8-fr.xlsx"), "Pénalités"))
                .contains("Grégoire De Mévius / Alain Guehennec|8|0:18:00");
    }

    private Path convert(String stage, String language) throws Exception {
        Path out = dir.resolve("stage" + stage + "-" + language);
        Path article = SampleArticles.dakar2002(Files.createDirectories(dir.resolve("in-" + stage + language)));
        DocumentOptions options = DocumentOptions.builder(OffsetDateTime.parse("2002-01-13T18:00:00Z"))
                .language(language).build();
        RunResult result = new Launcher(Plugins.load(getClass().getClassLoader())).convert(
                ConversionRequest.builder(out, options)
                        .exporters(List.of("md", "pdf", "xlsx")).scope(Scope.of(List.of(), stage))
                        .languageInNames(!language.equals("en")).build(),
                List.of(Input.of(article)), new ConversionListener() { });
        assertThat(result.outcome(false)).isEqualTo(RunResult.Outcome.DONE);
        assertThat(result.outputsWritten()).isEqualTo(3);
        return out;
    }

    private static String markdownText(Path file) throws Exception {
        Node document = parser().parse(Files.readString(file));
        return TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(document);
    }

    private static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        parser().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        text.append(t.getLiteral());
                    }
                }
                headings.add(text.toString());
            }
        });
        return headings;
    }

    private static Parser parser() {
        return Parser.builder().extensions(List.of(TablesExtension.create())).build();
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Each penalty row as {@code crew|stage|time}, shown as the workbook formats it. */
    private static List<String> penaltyRows(Path workbook, String sheetName) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = book.getSheet(sheetName);
            List<String> header = header(sheet);
            boolean french = sheetName.equals("Pénalités");
            int crew = header.indexOf(french ? "Équipage" : "Crew");
            int stage = header.indexOf(french ? "Étape" : "Stage");
            int time = header.indexOf(french ? "Temps" : "Time");
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(shown.formatCellValue(row.getCell(crew)) + "|" + shown.formatCellValue(row.getCell(stage))
                            + "|" + shown.formatCellValue(row.getCell(time)));
                }
            }
            return rows;
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }
}
