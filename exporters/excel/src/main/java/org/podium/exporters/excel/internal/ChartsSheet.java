package org.podium.exporters.excel.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.eclipse.collections.api.list.ImmutableList;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.RaceCharts.ChartCrew;
import org.podium.report.RaceCharts.MakeWins;
import org.podium.report.RaceCharts.StagePoint;
import org.podium.report.Report;

/**
 * The Charts sheet: per category, the numbers of {@link RaceCharts} as ordinary cells, and native
 * Excel charts drawn from those cells, so a statistician can restyle a chart and it follows the
 * data. Per category, in this order and each only when the category has something for it:
 * <ul>
 *   <li>the position in the general classification of the chart's crews after each stage that has
 *       one (then the final standings): a block of a header row of stages and a row per crew, and
 *       a line chart with the position axis reversed, 1 at the top (a bump chart);</li>
 *   <li>their gap to the leader, as durations ({@code [h]:mm:ss}), and a line chart of it;</li>
 *   <li>the stage wins by make, and a bar chart of it.</li>
 * </ul>
 * What the source does not give stays an empty cell, never 0, and the line charts leave a gap
 * there instead of dropping to zero. The leader's lines are drawn thicker.
 *
 * <p>The workbook streams its rows, so POI's cell-range data sources, which read the cells back
 * from the sheet, would find none: each series is given its values as written and the reference
 * of the cells that hold them ({@link XDDFDataSourcesFactory#fromArray(Number[], String)}). The
 * chart then carries the reference and a cache of the same values, as Excel writes it; Excel and
 * LibreOffice draw from the cells.
 */
final class ChartsSheet {

    /** Column widths in characters: the crews' names, then a stage each (a duration up to 999:59:59). */
    private static final int MIN_NAME_WIDTH = 14;
    private static final int MAX_NAME_WIDTH = 40;
    private static final int STAGE_WIDTH = 10;
    /** Chart sizes, in characters of width and rows of height. */
    private static final int LINE_CHART_WIDTH = 100;
    private static final int LINE_CHART_ROWS = 24;
    private static final int BAR_CHART_WIDTH = 64;
    private static final int BAR_CHART_ROWS = 18;
    /** A spreadsheet time is a fraction of a day. */
    private static final double MILLIS_PER_DAY = 86_400_000.0;
    private static final long[] GAP_STEPS_MINUTES = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
    /** The charts' line widths in points: the leader's stands out. */
    private static final double LINE_WIDTH = 1.5;
    private static final double LEADER_LINE_WIDTH = 4.0;
    /**
     * The crews' colours, told apart in print and on screen; fixed, so a workbook looks the same in
     * every application (their own palettes differ) and the same report gives the same bytes.
     */
    private static final List<byte[]> PALETTE = List.of(rgb(0x1F77B4), rgb(0xD62728), rgb(0x2CA02C),
            rgb(0xFF7F0E), rgb(0x9467BD), rgb(0x8C564B), rgb(0xE377C2), rgb(0x7F7F7F), rgb(0xBCBD22),
            rgb(0x17BECF), rgb(0x393B79), rgb(0xAD494A));
    private static final byte[] BAR_COLOUR = rgb(0x1F77B4);

    private final Labels labels;
    private final RaceCharts charts;

    private WorkbookParts parts;
    private SXSSFSheet sheet;
    private XSSFDrawing drawing;
    private String sheetName;
    private CellStyle titleStyle;
    private CellStyle indentedStyle;
    private CellStyle numbersHeaderStyle;
    private CellStyle indentedHeaderStyle;
    private int nextRow;
    /** The last column a block of stages fills. */
    private int lastColumn;

    ChartsSheet(Report report, RaceCharts charts) {
        this.labels = report.labels();
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    /** Writes the sheet; the caller leaves it out when {@link RaceCharts#isEmpty()}. */
    void write(WorkbookParts parts) {
        this.parts = parts;
        sheetName = parts.names().sheetName(labels.text("sheet.charts"));
        sheet = parts.workbook().createSheet(sheetName);
        // The drawing belongs to the underlying sheet, which streaming keeps and writes out with its parts.
        drawing = parts.workbook().getXSSFWorkbook().getSheet(sheetName).createDrawingPatriarch();
        titleStyle = titleStyle();
        // The stages a make won, kept apart from the count before them, which stands at the right of its cell.
        indentedStyle = parts.workbook().createCellStyle();
        indentedStyle.setIndention((short) 1);
        // Over the numbers, which stand at the right of their cells.
        numbersHeaderStyle = parts.workbook().createCellStyle();
        numbersHeaderStyle.cloneStyleFrom(parts.styles().header);
        numbersHeaderStyle.setAlignment(HorizontalAlignment.RIGHT);
        indentedHeaderStyle = parts.workbook().createCellStyle();
        indentedHeaderStyle.cloneStyleFrom(parts.styles().header);
        indentedHeaderStyle.setIndention((short) 1);
        for (CategoryCharts category : charts.categories()) {
            if (category.hasAnything()) {
                category(category);
            }
        }
        sizeColumns();
    }

    private void category(CategoryCharts category) {
        textRow(category.category().name(), titleStyle);
        ImmutableList<StagePoint> without = category.stagesWithoutGeneral();
        if (without.notEmpty() && (hasPositions(category) || hasGaps(category))) {
            textRow(labels.text(without.size() == 1 ? "xlsx.chart.noGeneral.one" : "xlsx.chart.noGeneral.other",
                    without.collect(StagePoint::label).makeString(", ")), parts.styles().plain);
        }
        if (category.partial() && (hasPositions(category) || hasGaps(category))) {
            textRow(labels.text("xlsx.chart.partial"), parts.styles().plain);
        }
        nextRow++;
        Block positions = hasPositions(category) ? positionsBlock(category) : null;
        Block gaps = hasGaps(category) ? gapsBlock(category) : null;
        Block wins = category.hasWins() ? winsBlock(category) : null;

        int chartsRow = nextRow;
        int column = 0;
        if (positions != null) {
            positionsChart(category, positions, chartsRow, column);
            // A column's gutter between the two charts.
            column = columnAfter(column, LINE_CHART_WIDTH) + 2;
        }
        if (gaps != null) {
            gapsChart(category, gaps, chartsRow, column);
        }
        if (positions != null || gaps != null) {
            nextRow += LINE_CHART_ROWS + 1;
        }
        if (wins != null) {
            winsChart(category, wins, nextRow);
            nextRow += BAR_CHART_ROWS + 1;
        }
        nextRow++;
    }

    /** Whether some crew has a position after some stage or in the final standings. */
    private static boolean hasPositions(CategoryCharts category) {
        return category.hasPositions() || category.crews().anySatisfy(crew -> crew.finalPosition() != null);
    }

    /** Whether some crew has a gap after some stage or in the final standings. */
    private static boolean hasGaps(CategoryCharts category) {
        return category.hasGaps() || category.crews().anySatisfy(crew -> crew.finalGap() != null);
    }

    /**
     * Where a block's table lies: its header row (the stages, or the make's columns), its first and
     * last data rows and its last column; and for a crews' block, each row's numbers from column 1
     * on, null where a cell is empty.
     */
    private record Block(int headerRow, int firstRow, int lastRow, int lastColumn, List<Double[]> series) {
    }

    /** The stages of the horizontal axis: those with a general classification, then the final standings. */
    private List<String> axisLabels(CategoryCharts category) {
        List<String> axis = new ArrayList<>(category.generalStages().collect(StagePoint::label).castToList());
        if (category.hasFinal()) {
            axis.add(labels.text("xlsx.chart.final"));
        }
        return axis;
    }

    private Block positionsBlock(CategoryCharts category) {
        return crewBlock(category, "xlsx.chart.positions", crew -> generalColumns(category).stream()
                .map(index -> {
                    Integer position = index < 0 ? crew.finalPosition() : crew.positions().get(index);
                    return position == null ? null : new Value(position, parts.styles().integer);
                }).toList());
    }

    private Block gapsBlock(CategoryCharts category) {
        return crewBlock(category, "xlsx.chart.gaps", crew -> generalColumns(category).stream()
                .map(index -> {
                    Duration gap = index < 0 ? crew.finalGap() : crew.gaps().get(index);
                    return gap == null ? null : new Value(gap.toMillis() / MILLIS_PER_DAY,
                            gap.toMillis() % 1000 == 0 ? parts.styles().duration : parts.styles().durationMillis);
                }).toList());
    }

    /** The index in {@link CategoryCharts#stages()} of each column's stage; -1 for the final standings. */
    private static List<Integer> generalColumns(CategoryCharts category) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < category.stages().size(); i++) {
            if (category.stages().get(i).hasGeneral()) {
                indexes.add(i);
            }
        }
        if (category.hasFinal()) {
            indexes.add(-1);
        }
        return indexes;
    }

    /** A number as a cell holds it, with its style. */
    private record Value(double number, CellStyle style) {
    }

    /**
     * A block of a title, a header row of stages and a row per crew, the crew's short name first,
     * then its values: a null value is an empty cell.
     */
    private Block crewBlock(CategoryCharts category, String titleKey, Function<ChartCrew, List<Value>> values) {
        textRow(labels.text(titleKey, category.category().name()), parts.styles().header);
        int headerRow = nextRow;
        Row header = sheet.createRow(nextRow++);
        headerCell(header, 0, labels.text("xlsx.col.crew"), parts.styles().header);
        List<String> axis = axisLabels(category);
        for (int i = 0; i < axis.size(); i++) {
            headerCell(header, i + 1, axis.get(i), numbersHeaderStyle);
        }
        lastColumn = Math.max(lastColumn, axis.size());
        int firstRow = nextRow;
        List<Double[]> series = new ArrayList<>();
        for (ChartCrew crew : category.crews()) {
            Row row = sheet.createRow(nextRow++);
            Cell name = row.createCell(0);
            name.setCellValue(crew.label());
            name.setCellStyle(crew.isLeader() ? parts.styles().header : parts.styles().plain);
            List<Value> cells = values.apply(crew);
            Double[] numbers = new Double[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                Value value = cells.get(i);
                if (value != null) {
                    Cell cell = row.createCell(i + 1);
                    cell.setCellValue(value.number());
                    cell.setCellStyle(value.style());
                    numbers[i] = value.number();
                }
            }
            series.add(numbers);
        }
        nextRow++;
        return new Block(headerRow, firstRow, nextRow - 2, axis.size(), series);
    }

    private Block winsBlock(CategoryCharts category) {
        textRow(labels.text("xlsx.chart.wins", category.category().name()), parts.styles().header);
        int headerRow = nextRow;
        Row header = sheet.createRow(nextRow++);
        headerCell(header, 0, labels.text("xlsx.col.make"), parts.styles().header);
        headerCell(header, 1, labels.text("xlsx.chart.winsCount"), numbersHeaderStyle);
        headerCell(header, 2, labels.text("xlsx.chart.stagesWon"), indentedHeaderStyle);
        int firstRow = nextRow;
        for (MakeWins make : category.stageWins()) {
            Row row = sheet.createRow(nextRow++);
            Cell makeCell = row.createCell(0);
            makeCell.setCellValue(makeName(make));
            makeCell.setCellStyle(parts.styles().plain);
            Cell wins = row.createCell(1);
            wins.setCellValue(make.wins());
            wins.setCellStyle(parts.styles().integer);
            // Text, as the stage labels are: "2, 3, 12A".
            Cell stages = row.createCell(2);
            stages.setCellValue(make.stages().makeString(", "));
            stages.setCellStyle(indentedStyle);
        }
        nextRow++;
        return new Block(headerRow, firstRow, nextRow - 2, 2, List.of());
    }

    private void positionsChart(CategoryCharts category, Block block, int row, int column) {
        LineChart chart = lineChart(labels.text("xlsx.chart.positions", category.category().name()),
                labels.text("xlsx.col.position"), row, column);
        // 1 at the top: the leader leads the picture.
        chart.values().setMinimum(1);
        int last = category.crews().collectInt(crew -> Math.max(
                crew.positions().collectInt(p -> p == null ? 1 : p).maxIfEmpty(1),
                crew.finalPosition() == null ? 1 : crew.finalPosition())).maxIfEmpty(1);
        chart.values().setMaximum(Math.max(2, last));
        if (last <= 15) {
            chart.values().setMajorUnit(1);
        }
        lineSeries(chart, category, block);
    }

    private void gapsChart(CategoryCharts category, Block block, int row, int column) {
        LineChart chart = lineChart(labels.text("xlsx.chart.gaps", category.category().name()),
                labels.text("xlsx.col.gap"), row, column);
        // The leader at the top, as in the positions' chart: a crew falling behind goes down.
        chart.values().setMinimum(0);
        chart.values().setNumberFormat(CellStyles.DURATION_FORMAT);
        long longest = category.crews().collectLong(crew -> Math.max(
                crew.gaps().collectLong(g -> g == null ? 0 : g.toMillis()).maxIfEmpty(0),
                crew.finalGap() == null ? 0 : crew.finalGap().toMillis())).maxIfEmpty(0);
        chart.values().setMajorUnit(gapStep(longest) / MILLIS_PER_DAY);
        lineSeries(chart, category, block);
    }

    /** A line chart's frame, before its series: the stages at the bottom, the values down from the top. */
    private record LineChart(XSSFChart chart, XDDFCategoryAxis stages, XDDFValueAxis values) {
    }

    /**
     * A line chart of stages against positions or gaps, both counted down from the top: the leader
     * at the top, a crew falling behind goes down.
     */
    private LineChart lineChart(String title, String valueTitle, int row, int column) {
        XSSFChart chart = chart(title, row, column, LINE_CHART_WIDTH, LINE_CHART_ROWS);
        XDDFCategoryAxis stages = chart.createCategoryAxis(AxisPosition.BOTTOM);
        stages.setTitle(labels.text("xlsx.col.stage"));
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(valueTitle);
        values.setOrientation(AxisOrientation.MAX_MIN);
        values.getOrAddMajorGridProperties().setLineProperties(gridLine());
        // With the values' axis reversed, the stages' axis would sit at the top: put it at the bottom.
        stages.setCrosses(AxisCrosses.MAX);
        return new LineChart(chart, stages, values);
    }

    /**
     * A step of the gaps' axis a reader counts in (a minute, five, a quarter of an hour, an hour…),
     * about eight of them down to the longest gap, rather than the application's 1:12:00.
     */
    static long gapStep(long longestMillis) {
        for (long minutes : GAP_STEPS_MINUTES) {
            if (longestMillis <= minutes * 60_000 * 8) {
                return minutes * 60_000;
            }
        }
        long day = 24 * 60 * 60_000L;
        return (longestMillis / (day * 8) + 1) * day;
    }

    private void lineSeries(LineChart frame, CategoryCharts category, Block block) {
        XSSFChart chart = frame.chart();
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, frame.stages(), frame.values());
        data.setVaryColors(false);
        XDDFCategoryDataSource axis = XDDFDataSourcesFactory.fromArray(axisLabels(category).toArray(new String[0]),
                reference(block.headerRow(), block.headerRow(), 1, block.lastColumn()));
        for (int i = 0; i < category.crews().size(); i++) {
            ChartCrew crew = category.crews().get(i);
            int row = block.firstRow() + i;
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(axis,
                    XDDFDataSourcesFactory.fromArray(block.series().get(i),
                            reference(row, row, 1, block.lastColumn())));
            series.setTitle(crew.label(), new CellReference(sheetName, row, 0, true, true));
            series.setSmooth(false);
            byte[] colour = PALETTE.get(i % PALETTE.size());
            XDDFLineProperties line = new XDDFLineProperties(solid(colour));
            line.setWidth(crew.isLeader() ? LEADER_LINE_WIDTH : LINE_WIDTH);
            series.setLineProperties(line);
            // A crew listed after one stage between two it is not is a point with no line to it: markers show it.
            // Of the default size: POI's poi-ooxml-lite schemas have no type for a marker's size.
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFShapeProperties marker = new XDDFShapeProperties();
            marker.setFillProperties(solid(colour));
            marker.setLineProperties(new XDDFLineProperties(solid(colour)));
            series.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
        }
        chart.plot(data);
        inLanguage(chart);
        // A position or gap the source does not give is a hole in the line, never a drop to zero.
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
    }

    private void winsChart(CategoryCharts category, Block block, int row) {
        XSSFChart chart = chart(labels.text("xlsx.chart.wins", category.category().name()), row, 0,
                BAR_CHART_WIDTH, BAR_CHART_ROWS);
        XDDFCategoryAxis makes = chart.createCategoryAxis(AxisPosition.BOTTOM);
        makes.setTitle(labels.text("xlsx.col.make"));
        XDDFValueAxis wins = chart.createValueAxis(AxisPosition.LEFT);
        wins.setTitle(labels.text("xlsx.chart.winsCount"));
        wins.setMinimum(0);
        int most = category.stageWins().collectInt(MakeWins::wins).maxIfEmpty(1);
        if (most <= 10) {
            wins.setMajorUnit(1);
        }
        wins.getOrAddMajorGridProperties().setLineProperties(gridLine());
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, makes, wins);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        String[] names = category.stageWins().collect(this::makeName).toArray(new String[0]);
        Integer[] counts = category.stageWins().collect(MakeWins::wins).toArray(new Integer[0]);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(names, reference(block.firstRow(), block.lastRow(), 0, 0)),
                XDDFDataSourcesFactory.fromArray(counts, reference(block.firstRow(), block.lastRow(), 1, 1)));
        series.setTitle(labels.text("xlsx.chart.winsCount"), new CellReference(sheetName, block.headerRow(), 1,
                true, true));
        series.setFillProperties(solid(BAR_COLOUR));
        chart.plot(data);
        inLanguage(chart);
    }

    /**
     * Marks the chart's words (title, axis titles) as in the report's language. POI marks them with
     * the JVM's default locale, which a workbook must never depend on: the same report gives the
     * same bytes wherever it is written.
     */
    private void inLanguage(XSSFChart chart) {
        String language = labels.locale().toLanguageTag();
        CTChart ct = chart.getCTChart();
        List<CTTitle> titles = new ArrayList<>();
        if (ct.isSetTitle()) {
            titles.add(ct.getTitle());
        }
        CTPlotArea plot = ct.getPlotArea();
        for (CTCatAx axis : plot.getCatAxArray()) {
            if (axis.isSetTitle()) {
                titles.add(axis.getTitle());
            }
        }
        for (CTValAx axis : plot.getValAxArray()) {
            if (axis.isSetTitle()) {
                titles.add(axis.getTitle());
            }
        }
        for (CTTitle title : titles) {
            if (title.isSetTx() && title.getTx().isSetRich()) {
                for (CTTextParagraph paragraph : title.getTx().getRich().getPArray()) {
                    for (CTRegularTextRun run : paragraph.getRArray()) {
                        if (run.isSetRPr()) {
                            run.getRPr().setLang(language);
                        }
                    }
                    if (paragraph.isSetEndParaRPr()) {
                        paragraph.getEndParaRPr().setLang(language);
                    }
                }
            }
        }
    }

    /** A chart anchored at a row and column, about {@code width} characters wide and {@code rows} high. */
    private XSSFChart chart(String title, int row, int column, int width, int rows) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, row, columnAfter(column, width) + 1,
                row + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        return chart;
    }

    /** The last column a chart of {@code width} characters starting at {@code column} covers. */
    private int columnAfter(int column, int width) {
        int covered = 0;
        int c = column;
        for (; ; c++) {
            covered += widthOf(c);
            if (covered >= width) {
                return c;
            }
        }
    }

    /**
     * The width of the names' column: decided before the charts are anchored, from every name the
     * sheet will hold, so that the anchors and the columns agree.
     */
    private int nameWidth() {
        int width = MIN_NAME_WIDTH;
        for (CategoryCharts category : charts.categories()) {
            for (ChartCrew crew : category.crews()) {
                width = Math.max(width, crew.label().length() + 2);
            }
            for (MakeWins make : category.stageWins()) {
                width = Math.max(width, makeName(make).length() + 2);
            }
        }
        return Math.min(MAX_NAME_WIDTH, width);
    }

    /**
     * A make as the sheet and its bar chart name it: cut as a crew's name is ({@link RaceCharts#cut}),
     * since the chart's axis reads its labels from these cells, and a 300-character make would
     * leave no room for the bars. The Entries sheet has the make whole.
     */
    private String makeName(MakeWins make) {
        return make.make() == null ? labels.text("xlsx.chart.makeUnknown") : RaceCharts.cut(make.make());
    }

    private String reference(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString(sheetName, true);
    }

    private void textRow(String text, CellStyle style) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private void headerCell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /**
     * A column's width in characters: the names' column, then the stages' columns; the second is
     * also the stage wins' column, as wide as its header.
     */
    private int widthOf(int column) {
        if (column == 0) {
            return nameWidth();
        }
        return column == 1 ? Math.max(STAGE_WIDTH, labels.text("xlsx.chart.winsCount").length() + 2) : STAGE_WIDTH;
    }

    private void sizeColumns() {
        for (int column = 0; column <= Math.max(2, lastColumn); column++) {
            sheet.setColumnWidth(column, widthOf(column) * 256);
        }
        sheet.setDefaultColumnWidth(STAGE_WIDTH);
        // Printed, the blocks and the charts beside each other stay on one page's width.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private CellStyle titleStyle() {
        Font font = parts.workbook().createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 13);
        CellStyle style = parts.workbook().createCellStyle();
        style.setFont(font);
        return style;
    }

    private static XDDFLineProperties gridLine() {
        XDDFLineProperties line = new XDDFLineProperties(solid(rgb(0xD9D9D9)));
        line.setWidth(0.75);
        return line;
    }

    private static XDDFSolidFillProperties solid(byte[] colour) {
        return new XDDFSolidFillProperties(XDDFColor.from(colour));
    }

    private static byte[] rgb(int colour) {
        return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
    }
}
