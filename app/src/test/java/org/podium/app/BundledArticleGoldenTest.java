package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.launcher.ConversionListener;
import org.podium.launcher.ConversionRequest;
import org.podium.launcher.Input;
import org.podium.launcher.Launcher;
import org.podium.launcher.RunResult;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.spi.Plugins;
import org.podium.spi.Severity;
import org.podium.testkit.SampleArticles;

/**
 * The whole first path, through the plugins the app finds: the bundled article in, the data
 * package and the Markdown document out, read back with independent readers (Commons CSV,
 * commonmark-java) and checked against the article by hand.
 */
class BundledArticleGoldenTest {

    private static Path packageDir;
    private static Path markdown;
    private static Path workbook;
    private static Path bulletin;
    private static Event event;

    @BeforeAll
    static void convert(@TempDir Path dir) throws Exception {
        Plugins plugins = Plugins.load(BundledArticleGoldenTest.class.getClassLoader());
        Path article = SampleArticles.dakar2002(dir);
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        event = plugins.importer("wiki").read(ImportRequest.of(article, diagnostics));
        assertThat(diagnostics.has(Severity.ERROR) || diagnostics.has(Severity.WARNING)).isFalse();
        // The run as `podium convert` makes it: one report, every exporter, outputs moved into place.
        Path out = dir.resolve("out");
        RunResult result = new Launcher(plugins).convert(ConversionRequest.builder(out,
                DocumentOptions.defaults(OffsetDateTime.parse("2002-01-13T18:00:00Z")))
                        .exporters(List.of("csv", "md", "pdf", "xlsx")).build(),
                List.of(Input.of(article)), new ConversionListener() { });
        assertThat(result.outcome(true)).as("the article's two contradictions fail only --strict")
                .isEqualTo(RunResult.Outcome.STRICT);
        assertThat(result.outputsWritten()).isEqualTo(4);
        String slug = "2002-arras-madrid-dakar-rally";
        packageDir = out.resolve(slug);
        markdown = out.resolve(slug + ".md");
        bulletin = out.resolve(slug + ".pdf");
        workbook = out.resolve(slug + ".xlsx");
    }

    @Test
    void everyNameExtractsFromTheBulletinExactlyAsInTheSource() throws Exception {
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bulletin.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        List<String> names = event.entries().flatCollect(e -> e.crew()).collect(p -> p.name()).castToList();
        assertThat(names).hasSizeGreaterThan(70).contains("Tomáš Tomeček", "Pål Anders Ullevålseter", "Grégoire De Mévius");
        assertThat(names).allSatisfy(name -> assertThat(text).contains(name));
        assertThat(text).contains("46:11:30", "8:03:39");
    }

    @Test
    void theWorkbookHoldsTheWinnersTimesAsDurationsThatAddUp() throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                workbook.toFile())) {
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter(
                    java.util.Locale.ROOT);
            for (String[] winner : new String[][] {{"Bikes", "48:00:59"}, {"Cars", "46:11:30"}, {"Trucks", "65:12:14"}}) {
                org.apache.poi.ss.usermodel.Sheet standings = book.getSheet("Final standings (" + winner[0] + ")");
                org.apache.poi.ss.usermodel.Cell time = standings.getRow(1).getCell(column(standings, "Time"));
                assertThat(time.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(shown.formatCellValue(time)).isEqualTo(winner[1]);
            }
            // Nani Roma's stage times on stages 2 to 4 add up to his general time after stage 4, 38:07.
            org.apache.poi.ss.usermodel.Sheet results = book.getSheet("Results");
            int crew = column(results, "Crew");
            int kind = column(results, "Classification");
            int stage = column(results, "Stage");
            int time = column(results, "Time");
            double sum = 0;
            double generalAfter4 = -1;
            for (org.apache.poi.ss.usermodel.Row row : results) {
                if (row.getRowNum() == 0 || !row.getCell(crew).getStringCellValue().equals("Nani Roma")) {
                    continue;
                }
                double label = row.getCell(stage).getNumericCellValue();
                String classification = row.getCell(kind).getStringCellValue();
                if (classification.equals("stage") && label >= 2 && label <= 4) {
                    sum += row.getCell(time).getNumericCellValue();
                } else if (classification.equals("general") && label == 4) {
                    generalAfter4 = row.getCell(time).getNumericCellValue();
                }
            }
            assertThat(Math.round(sum * 86_400)).isEqualTo(38 * 60 + 7);
            assertThat(Math.round(generalAfter4 * 86_400)).isEqualTo(38 * 60 + 7);
        }
    }

    private static int column(org.apache.poi.ss.usermodel.Sheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    @Test
    void resultsHoldEveryStageGeneralAndFinalRowOfTheArticle() throws Exception {
        List<CSVRecord> results = read("results.csv");
        assertThat(results.stream().filter(r -> !r.get("classification").equals("final"))).hasSize(258);
        assertThat(results.stream().filter(r -> r.get("classification").equals("final"))).hasSize(30);
        Map<String, Long> perCategory = results.stream()
                .collect(Collectors.groupingBy(r -> r.get("category"), Collectors.counting()));
        assertThat(perCategory).containsEntry("bikes", 100L).containsEntry("cars", 100L).containsEntry("trucks", 88L);
    }

    @Test
    void theTieAfterStage3() throws Exception {
        List<CSVRecord> general3 = select("results.csv",
                r -> r.get("category").equals("bikes") && r.get("classification").equals("general")
                        && r.get("stage").equals("3"));
        assertThat(general3).extracting(r -> r.get("position"), r -> r.get("crew"), r -> r.get("nationalities"),
                        r -> r.get("time"), r -> r.get("time_ms"), r -> r.get("gap"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "Cyril Despres", "FRA", "0:32:38", "1958000", ""),
                        org.assertj.core.groups.Tuple.tuple("1", "Nani Roma", "ESP", "0:32:38", "1958000", ""),
                        org.assertj.core.groups.Tuple.tuple("3", "Kari Tiainen", "FIN", "0:32:59", "1979000", "0:00:21"));
    }

    @Test
    void finalStandingsWithDerivedTotals() throws Exception {
        List<CSVRecord> cars = select("results.csv",
                r -> r.get("category").equals("cars") && r.get("classification").equals("final"));
        CSVRecord masuoka = cars.get(0);
        assertThat(masuoka.get("entry_id")).isEqualTo("cars-201");
        assertThat(masuoka.get("crew")).isEqualTo("Hiroshi Masuoka / Pascal Maimon");
        assertThat(masuoka.get("nationalities")).isEqualTo("JPN / FRA");
        assertThat(masuoka.get("make")).isEqualTo("Mitsubishi");
        assertThat(masuoka.get("time")).isEqualTo("46:11:30");
        assertThat(masuoka.get("time_derived")).isEqualTo("false");
        assertThat(masuoka.get("stage")).isEmpty();
        CSVRecord kleinschmidt = cars.get(1);
        assertThat(kleinschmidt.get("time")).isEqualTo("46:33:31");
        assertThat(kleinschmidt.get("time_derived")).isEqualTo("true");
        assertThat(kleinschmidt.get("gap")).isEqualTo("0:22:01");
        assertThat(kleinschmidt.get("gap_ms")).isEqualTo("1321000");

        List<CSVRecord> trucks = select("results.csv",
                r -> r.get("category").equals("trucks") && r.get("classification").equals("final"));
        assertThat(trucks.get(0).get("time")).isEqualTo("65:12:14");
        assertThat(trucks.get(1).get("make")).isEqualTo("Tatra 815");
        assertThat(trucks.get(9).get("crew")).isEqualTo("André de Azevedo / Tomáš Tomeček / Jaromír Martinec");
        assertThat(select("results.csv", r -> r.get("category").equals("bikes")
                && r.get("classification").equals("final")).get(0).get("time")).isEqualTo("48:00:59");
    }

    @Test
    void stagesAreTheSixteenAndTheRestDayWithIsoDates() throws Exception {
        List<CSVRecord> stages = read("stages.csv");
        assertThat(stages).hasSize(17);
        assertThat(fields(stages.get(0), "ordinal", "stage", "date", "start", "start_country", "finish",
                "distance_km", "type"))
                .containsExactly("1", "1", "2001-12-28", "Arras", "FRA", "Châteauroux", "465", "liaison");
        assertThat(fields(stages.get(9), "ordinal", "stage", "date", "start", "finish", "type"))
                .containsExactly("10", "", "2002-01-06", "Atar", "", "rest");
        assertThat(fields(stages.get(16), "stage", "date", "start", "finish", "finish_country", "distance_km"))
                .containsExactly("16", "2002-01-13", "Dakar", "Dakar", "SEN", "69");
        List<CSVRecord> trucksCancelled = select("stage_status.csv",
                r -> r.get("category").equals("trucks") && r.get("status").equals("cancelled"));
        assertThat(trucksCancelled).extracting(r -> r.get("stage")).containsExactly("2", "4");
    }

    @Test
    void penaltiesAndTheAwardedTimeTakeTheStageTheChecksPlaceThemOnMarkedInferred() throws Exception {
        assertThat(event.penalties()).as("the article names no stage").allMatch(p -> p.stageLabel() == null);
        assertThat(read("penalties.csv")).extracting(r -> r.get("entry_id"), r -> r.get("stage"),
                        r -> r.get("stage_inferred"), r -> r.get("time"), r -> r.get("note_id"))
                .as("rows by entry, in entries.csv order")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cars-gregoire-de-mevius", "8", "true", "0:18:00", "n3"),
                        org.assertj.core.groups.Tuple.tuple("cars-stephane-peterhansel", "6", "true", "0:14:00", "n2"));
        assertThat(read("awarded_times.csv")).extracting(r -> r.get("category"), r -> r.get("stage"),
                        r -> r.get("stage_inferred"), r -> r.get("time"), r -> r.get("note_id"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("trucks", "4", "true", "0:50:00", "n4"));
    }

    @Test
    void theMarkdownShowsTheSameClassifications() throws Exception {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build()
                .parse(Files.readString(markdown, StandardCharsets.UTF_8));
        List<String> cells = Lists.mutable.<String>empty();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    collectCells(block, cells);
                }
            }
        });
        assertThat(cells).contains("46:11:30", "48:00:59", "65:12:14", "Team Nippon Oil Mitsubishi Ralliart",
                "0:32:38", "Châteauroux (FRA)",
                "André de Azevedo (BRA), Tomáš Tomeček (CZE), Jaromír Martinec (CZE)");
        assertThat(cells.stream().filter(c -> c.contains("Hiroshi Masuoka"))).isNotEmpty();
    }

    private static void collectCells(Node node, List<String> cells) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCell) {
                StringBuilder text = new StringBuilder();
                appendText(child, text);
                cells.add(text.toString().strip());
            } else {
                collectCells(child, cells);
            }
        }
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else {
                appendText(child, text);
            }
        }
    }

    private static List<String> fields(CSVRecord record, String... names) {
        return java.util.Arrays.stream(names).map(record::get).toList();
    }

    private static List<CSVRecord> select(String file, Predicate<CSVRecord> wanted) throws Exception {
        return read(file).stream().filter(wanted).toList();
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (Reader reader = Files.newBufferedReader(packageDir.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
