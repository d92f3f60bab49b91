package org.podium.exporters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.excel.Workbooks.days;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.testkit.SampleArticles;
import org.podium.testkit.SampleEvents;

/**
 * The Charts sheet, read back with POI: the race charts' numbers as cells, and native charts whose
 * series are those cells. The Dakar excerpt for exact values (its general classifications after
 * stages 2 and 3 give the top three, Despres and Roma tied first after stage 3), the bundled 2002
 * article for a real event's ten crews over sixteen stages.
 */
class ExcelChartsSheetTest {

    private static final String CHARTS = "Charts";

    @TempDir
    static Path dir;
    static XSSFWorkbook article;

    @BeforeAll
    static void writeTheArticle() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("article"));
        Event event = new WikiImporter().read(ImportRequest.of(SampleArticles.dakar2002(folder),
                Diagnostics.collector()));
        article = Workbooks.read(Workbooks.write(Workbooks.report(event), dir.resolve("article.xlsx")));
    }

    @AfterAll
    static void close() throws Exception {
        article.close();
    }

    @Test
    void theChartsSheetFollowsTheStandingsItDrawsFrom() throws Exception {
        try (XSSFWorkbook workbook = write(Workbooks.report(SampleEvents.dakarExcerpt()), "order.xlsx")) {
            assertThat(Workbooks.sheetNames(workbook)).containsExactly("Event", "Stages", "Entries", "Results",
                    "Final standings (Bikes)", CHARTS, "Penalties", "Notes", "Checks");
        }
    }

    @Test
    void theCellsHoldTheFinalStandingsWhereNoGeneralClassificationListsTheCrews() throws Exception {
        try (XSSFWorkbook workbook = write(Workbooks.report(SampleEvents.dakarExcerpt()), "excerpt.xlsx")) {
            XSSFSheet sheet = workbook.getSheet(CHARTS);
            Block positions = block(sheet, "Bikes: position in the general classification");
            assertThat(positions.header()).containsExactly("Crew", "2", "3", "Final");
            assertThat(positions.crews()).containsExactly("Meoni", "Ullevålseter");
            // Meoni won; neither he nor Ullevålseter is in the top three after stages 2 and 3: empty, never 0.
            assertThat(positions.values("Meoni")).containsExactly(null, null, 1.0);
            assertThat(positions.values("Ullevålseter")).containsExactly(null, null, 2.0);

            Block gaps = block(sheet, "Bikes: gap to the leader in the general classification");
            assertThat(gaps.values("Meoni")).containsExactly(null, null, 0.0);
            assertThat(gaps.values("Ullevålseter")).containsExactly(null, null, days(6, 11, 22));
            assertThat(gaps.cell("Ullevålseter", 3).getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");

            Block bikeWins = block(sheet, "Bikes: stage wins by make");
            assertThat(bikeWins.header()).containsExactly("Make", "Stage wins", "Stages won");
            assertThat(bikeWins.row("KTM").getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(bikeWins.row("KTM").getCell(2).getStringCellValue()).isEqualTo("2, 3");
            // The trucks have a stage winner and no general classification: their wins, and no lines.
            assertThat(block(sheet, "Trucks: stage wins by make").row("Kamaz").getCell(1).getNumericCellValue())
                    .isEqualTo(1.0);
            assertThat(find(sheet, "Trucks: position in the general classification")).isNull();
        }
    }

    @Test
    void afterStage3DespresAndRomaAreTiedFirstAndBothLead() throws Exception {
        Report report = Workbooks.report(SampleEvents.dakarExcerpt(), Workbooks.defaults(), List.of(), "3");
        try (XSSFWorkbook workbook = write(report, "after-3.xlsx")) {
            XSSFSheet sheet = workbook.getSheet(CHARTS);
            Block positions = block(sheet, "Bikes: position in the general classification");
            assertThat(positions.header()).containsExactly("Crew", "2", "3");
            assertThat(positions.crews()).containsExactly("Despres", "Roma", "Tiainen");
            assertThat(positions.values("Despres")).containsExactly(null, 1.0);
            assertThat(positions.values("Roma")).containsExactly(3.0, 1.0);
            assertThat(positions.values("Tiainen")).containsExactly(2.0, 3.0);

            // Both at 0:32:38 after stage 3: no gap to the leader for either.
            Block gaps = block(sheet, "Bikes: gap to the leader in the general classification");
            assertThat(gaps.values("Despres")).containsExactly(null, 0.0);
            assertThat(gaps.values("Roma")).containsExactly(days(0, 0, 15), 0.0);
            assertThat(gaps.values("Tiainen")).containsExactly(days(0, 0, 5), days(0, 0, 21));

            // The leaders are bold beside their rows and drawn thicker in the charts.
            assertThat(isBold(positions.row("Despres").getCell(0))).isTrue();
            assertThat(isBold(positions.row("Roma").getCell(0))).isTrue();
            assertThat(isBold(positions.row("Tiainen").getCell(0))).isFalse();
            XSSFChart chart = chart(sheet, "Bikes: position in the general classification");
            List<Double> widths = new ArrayList<>();
            for (CTLineSer series : chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray()) {
                widths.add(series.getSpPr().getLn().getW() / 12_700.0);
            }
            assertThat(widths.get(0)).isEqualTo(widths.get(1)).isGreaterThan(widths.get(2));
        }
    }

    @Test
    void eachCategoryHasItsChartsOfTheRightKinds() throws Exception {
        try (XSSFWorkbook workbook = write(Workbooks.report(SampleEvents.dakarExcerpt()), "kinds.xlsx")) {
            Map<String, String> kinds = kinds(workbook.getSheet(CHARTS));
            assertThat(kinds).containsExactly(
                    Map.entry("Bikes: gap to the leader in the general classification", "line"),
                    Map.entry("Bikes: position in the general classification", "line"),
                    Map.entry("Bikes: stage wins by make", "bar"),
                    Map.entry("Trucks: stage wins by make", "bar"));
        }
        Map<String, String> kinds = kinds(article.getSheet(CHARTS));
        assertThat(kinds).hasSize(9);
        for (String category : List.of("Bikes", "Cars", "Trucks")) {
            assertThat(kinds).containsEntry(category + ": position in the general classification", "line")
                    .containsEntry(category + ": gap to the leader in the general classification", "line")
                    .containsEntry(category + ": stage wins by make", "bar");
        }
    }

    @Test
    void everySeriesIsTheCellsOfItsCrewsRowAndTheChartCachesWhatTheyHold() {
        XSSFSheet sheet = article.getSheet(CHARTS);
        Block positions = block(sheet, "Bikes: position in the general classification");
        assertThat(positions.crews()).hasSize(10).startsWith("Meoni", "Cox", "Sainct");
        assertThat(positions.values("Meoni").get(positions.header().indexOf("Final") - 1)).isEqualTo(1.0);

        for (String title : List.of("Bikes: position in the general classification",
                "Bikes: gap to the leader in the general classification", "Cars: position in the general classification",
                "Trucks: gap to the leader in the general classification")) {
            Block block = block(sheet, title);
            XDDFChartData data = chart(sheet, title).getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(block.crews().size());
            for (int i = 0; i < data.getSeriesCount(); i++) {
                XDDFChartData.Series series = data.getSeries(i);
                int row = block.firstRow() + i;
                assertThat(series.getCategoryData().getDataRangeReference())
                        .isEqualTo(range(block.headerRow(), 1, block.header().size() - 1));
                assertThat(series.getValuesData().getDataRangeReference())
                        .isEqualTo(range(row, 1, block.header().size() - 1));
                CTLineSer ct = ((XDDFLineChartData.Series) series).getCTLineSer();
                assertThat(ct.getTx().getStrRef().getF()).isEqualTo("Charts!$A$" + (row + 1));
                assertThat(cached(ct)).as(title + ", " + block.crews().get(i))
                        .isEqualTo(cellValues(sheet, series.getValuesData().getDataRangeReference()));
            }
        }
        Block wins = block(sheet, "Cars: stage wins by make");
        XDDFChartData.Series series = chart(sheet, "Cars: stage wins by make").getChartSeries().get(0).getSeries(0);
        assertThat(series.getCategoryData().getDataRangeReference())
                .isEqualTo("Charts!$A$" + (wins.firstRow() + 1) + ":$A$" + (wins.firstRow() + wins.crews().size()));
        assertThat(series.getValuesData().getDataRangeReference())
                .isEqualTo("Charts!$B$" + (wins.firstRow() + 1) + ":$B$" + (wins.firstRow() + wins.crews().size()));
    }

    @Test
    void thePositionAxisIsReversedAndAMissingValueIsAGapInTheLine() {
        XSSFSheet sheet = article.getSheet(CHARTS);
        for (String category : List.of("Bikes", "Cars", "Trucks")) {
            XSSFChart positions = chart(sheet, category + ": position in the general classification");
            XDDFValueAxis axis = valueAxis(positions);
            assertThat(axis.getOrientation()).as("1 at the top").isEqualTo(AxisOrientation.MAX_MIN);
            assertThat(axis.getMinimum()).isEqualTo(1.0);
            assertThat(positions.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
            XSSFChart gaps = chart(sheet, category + ": gap to the leader in the general classification");
            assertThat(valueAxis(gaps).getNumberFormat()).isEqualTo("[h]:mm:ss");
            assertThat(gaps.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
        }
        // Cox is not listed after stage 2: no cell, and no point in the chart's cache.
        Block positions = block(sheet, "Bikes: position in the general classification");
        assertThat(positions.cell("Cox", 1)).isNull();
        CTLineSer cox = lineSeries(chart(sheet, "Bikes: position in the general classification"), 1);
        assertThat(cox.getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("Cox");
        assertThat(cox.getVal().getNumRef().getNumCache().getPtList()).extracting(CTNumVal::getIdx)
                .doesNotContain(0L);
    }

    @Test
    void chartsOverlapNeitherTheCellsNorEachOther() {
        XSSFSheet sheet = article.getSheet(CHARTS);
        List<CTTwoCellAnchor> anchors = List.of(sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray());
        assertThat(anchors).hasSize(9);
        for (int i = 0; i < anchors.size(); i++) {
            int[] a = area(anchors.get(i));
            for (Row row : sheet) {
                for (Cell cell : row) {
                    boolean inside = row.getRowNum() >= a[0] && row.getRowNum() <= a[2]
                            && cell.getColumnIndex() >= a[1] && cell.getColumnIndex() <= a[3];
                    assertThat(inside && cell.getCellType() != CellType.BLANK)
                            .as("chart %d covers %s", i, cell.getAddress()).isFalse();
                }
            }
            for (int j = i + 1; j < anchors.size(); j++) {
                int[] b = area(anchors.get(j));
                boolean apart = a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1];
                assertThat(apart).as("charts %d and %d", i, j).isTrue();
            }
        }
    }

    /**
     * The first row and column a chart covers, then its last: a chart that ends at the very edge of
     * a cell ({@code to} with no offset) does not cover it.
     */
    private static int[] area(CTTwoCellAnchor anchor) {
        long rowOffset = Long.parseLong(anchor.getTo().getRowOff().toString());
        long colOffset = Long.parseLong(anchor.getTo().getColOff().toString());
        return new int[] {anchor.getFrom().getRow(), anchor.getFrom().getCol(),
                anchor.getTo().getRow() - (rowOffset == 0 ? 1 : 0), anchor.getTo().getCol() - (colOffset == 0 ? 1 : 0)};
    }

    @Test
    void inFrenchTheSheetAndTheChartsSpeakFrench() throws Exception {
        DocumentOptions french = DocumentOptions.builder(Workbooks.ISSUED_AT).language("fr").build();
        try (XSSFWorkbook workbook = write(Report.of(SampleEvents.dakarExcerpt(), french), "fr.xlsx")) {
            XSSFSheet sheet = workbook.getSheet("Graphiques");
            assertThat(sheet).isNotNull();
            Block positions = block(sheet, "Bikes : position au classement général");
            assertThat(positions.header()).containsExactly("Équipage", "2", "3", "Final");
            XSSFChart chart = chart(sheet, "Bikes : écart sur le premier du classement général");
            assertThat(chart.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getRPr().getLang())
                    .as("the words' language is the report's, never the machine's").isEqualTo("fr");
            assertThat(kinds(sheet)).containsKey("Trucks : victoires d’étape par marque");
        }
    }

    @Test
    void noChartsLeavesTheSheetOut() throws Exception {
        DocumentOptions noCharts = DocumentOptions.builder(Workbooks.ISSUED_AT).charts(false).build();
        try (XSSFWorkbook workbook = write(Report.of(SampleEvents.dakarExcerpt(), noCharts), "no-charts.xlsx")) {
            assertThat(Workbooks.sheetNames(workbook)).doesNotContain(CHARTS).contains("Penalties");
        }
    }

    /**
     * A 300-character make: the bar chart reads its axis from the make cells, and whole such names
     * left it a speck under labels running off the sheet. The cells and the chart name it cut, as
     * the PDF's chart does.
     */
    @Test
    void aMakeTooLongForTheWinsChartIsCut() throws Exception {
        Event excerpt = SampleEvents.dakarExcerpt();
        String longMake = "KTM " + "Ü".repeat(296);
        Event event = new Event(excerpt.name(), excerpt.edition(), excerpt.startDate(), excerpt.finishDate(),
                excerpt.description(), excerpt.source(), excerpt.properties(), excerpt.categories(), excerpt.stages(),
                excerpt.entries().collect(e -> "KTM".equals(e.make()) ? new Entry(e.id(), e.categoryId(), e.number(),
                        e.crew(), longMake, e.entrant(), e.vehicleClass()) : e),
                excerpt.classifications(),
                excerpt.penalties(), excerpt.awardedTimes(), excerpt.notes());
        try (XSSFWorkbook workbook = write(Workbooks.report(event), "long-make.xlsx")) {
            XSSFSheet sheet = workbook.getSheet(CHARTS);
            String cut = "KTM " + "Ü".repeat(19) + "…";
            assertThat(block(sheet, "Bikes: stage wins by make").crews()).containsExactly(cut);
            XDDFChartData.Series series = chart(sheet, "Bikes: stage wins by make").getChartSeries().get(0)
                    .getSeries(0);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo(cut);
            assertThat(sheet.getColumnWidth(0)).isLessThanOrEqualTo(40 * 256);
        }
    }

    @Test
    void anEventWithNothingToDrawHasNoChartsSheet() throws Exception {
        try (XSSFWorkbook workbook = write(Workbooks.report(SampleEvents.empty()), "empty.xlsx")) {
            assertThat(Workbooks.sheetNames(workbook)).doesNotContain(CHARTS);
        }
    }

    // Reading the sheet back.

    /**
     * A block of the sheet: a title cell, a header row, then a row per crew (or make) up to the
     * first empty row.
     */
    record Block(XSSFSheet sheet, int headerRow, int firstRow, List<String> header, List<String> crews) {

        Row row(String crew) {
            int index = crews.indexOf(crew);
            assertThat(index).as(crew + " in " + crews).isNotNegative();
            return sheet.getRow(firstRow + index);
        }

        Cell cell(String crew, int column) {
            return row(crew).getCell(column);
        }

        /** The numbers after the name, null where a cell is empty. */
        List<Double> values(String crew) {
            Row row = row(crew);
            List<Double> values = new ArrayList<>();
            for (int column = 1; column < header.size(); column++) {
                Cell cell = row.getCell(column);
                values.add(cell == null ? null : cell.getNumericCellValue());
            }
            return values;
        }
    }

    private static Block block(XSSFSheet sheet, String title) {
        Row titleRow = find(sheet, title);
        assertThat(titleRow).as("a block titled '" + title + "'").isNotNull();
        int headerRow = titleRow.getRowNum() + 1;
        List<String> header = new ArrayList<>();
        for (Cell cell : sheet.getRow(headerRow)) {
            header.add(cell.getStringCellValue());
        }
        List<String> crews = new ArrayList<>();
        for (int r = headerRow + 1; sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null; r++) {
            crews.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        return new Block(sheet, headerRow, headerRow + 1, header, crews);
    }

    private static Row find(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        return null;
    }

    private static XSSFChart chart(XSSFSheet sheet, String title) {
        return sheet.getDrawingPatriarch().getCharts().stream()
                .filter(chart -> chart.getTitleText().getString().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no chart titled '" + title + "'"));
    }

    /** Each chart's title and kind, sorted by title. */
    private static Map<String, String> kinds(XSSFSheet sheet) {
        Map<String, String> kinds = new TreeMap<>();
        for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
            List<XDDFChartData> data = chart.getChartSeries();
            assertThat(data).hasSize(1);
            kinds.put(chart.getTitleText().getString(), data.get(0) instanceof XDDFLineChartData ? "line"
                    : data.get(0) instanceof XDDFBarChartData ? "bar" : data.get(0).getClass().getSimpleName());
        }
        return kinds;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart) {
        for (XDDFChartAxis axis : chart.getAxes()) {
            if (axis instanceof XDDFValueAxis value) {
                return value;
            }
        }
        throw new AssertionError("no value axis");
    }

    private static CTLineSer lineSeries(XSSFChart chart, int index) {
        return chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(index);
    }

    private static String range(int row, int firstColumn, int lastColumn) {
        return "Charts!$" + CellReference.convertNumToColString(firstColumn) + "$" + (row + 1) + ":$"
                + CellReference.convertNumToColString(lastColumn) + "$" + (row + 1);
    }

    /** The chart's cached values by point, as numbers. */
    private static Map<Long, Double> cached(CTLineSer series) {
        Map<Long, Double> values = new TreeMap<>();
        for (CTNumVal point : series.getVal().getNumRef().getNumCache().getPtList()) {
            values.put(point.getIdx(), Double.valueOf(point.getV()));
        }
        return values;
    }

    /** The numbers of the cells a reference names, by their place in it; empty cells left out. */
    private static Map<Long, Double> cellValues(XSSFSheet sheet, String reference) {
        Map<Long, Double> values = new TreeMap<>();
        CellReference[] cells = new AreaReference(reference, sheet.getWorkbook().getSpreadsheetVersion())
                .getAllReferencedCells();
        for (int i = 0; i < cells.length; i++) {
            Row row = sheet.getRow(cells[i].getRow());
            Cell cell = row == null ? null : row.getCell(cells[i].getCol());
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                values.put((long) i, cell.getNumericCellValue());
            }
        }
        return values;
    }

    private static boolean isBold(Cell cell) {
        return cell.getSheet().getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }

    private static XSSFWorkbook write(Report report, String name) throws Exception {
        return Workbooks.read(Workbooks.write(report, dir.resolve(name)));
    }
}
