package org.podium.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.DefaultCategoryDataset;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.RaceCharts.ChartCrew;
import org.podium.report.RaceCharts.MakeWins;
import org.podium.report.RaceCharts.StagePoint;

/**
 * The race charts of one category as JFreeChart charts, from {@link CategoryCharts}: the positions
 * of the followed crews in the general classification (1 at the top), their gaps to the leader
 * ({@code h:mm}, the leader on the top line), and the stage wins of each make. Every font is set
 * here to the chart fonts at the sizes of the medium ({@link ChartSizes}), every number is
 * formatted here without the default locale, and a value the source does not give is left out (a
 * line breaks there), never drawn as zero. The PDF bulletin draws these charts into its pages and
 * the Markdown document writes them as SVG pictures ({@link ChartSvg}), so both show the same lines.
 */
public final class RaceChartPictures {
    /**
     * The lowest place the positions chart shows: a top ten that came from 90th would otherwise be
     * squeezed into the top of the chart. A line from further down comes in from the chart's foot.
     */
    static final int DEEPEST_PLACE = 20;
    /** Past this many stages, their labels stand upright so that they never run into each other. */
    private static final int UPRIGHT_LABELS = 24;

    private final ChartFonts fonts;
    private final Labels labels;
    private final ChartSizes sizes;

    /** Charts whose words are in the report's language ({@code labels}), at the sizes of the medium they are shown in. */
    public RaceChartPictures(ChartFonts fonts, Labels labels, ChartSizes sizes) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.sizes = Objects.requireNonNull(sizes, "sizes");
    }

    /** The chart of this kind. */
    public JFreeChart chart(CategoryCharts charts, ChartKind kind) {
        return switch (kind) {
            case POSITIONS -> positions(charts);
            case GAPS -> gaps(charts);
            case WINS -> wins(charts);
        };
    }

    /**
     * A line of a chart (a crew, as its legend names it) or a column (a stage, the final standings,
     * a make): its text is what the chart prints, its index its place in the chart's order.
     */
    private record Key(int index, String text) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** What the legend calls a crew: its place in the reference classification and its short name. */
    public static String legendName(ChartCrew crew) {
        return crew.referencePosition() + ". " + crew.label();
    }

    /**
     * Positions after each stage with a general classification, and in the final standings when
     * the scope has them: every followed crew, whose place the final standings give.
     */
    public JFreeChart positions(CategoryCharts charts) {
        ImmutableList<StagePoint> stages = charts.generalStages();
        ImmutableList<Integer> columns = generalColumns(charts);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int c = 0; c < charts.crews().size(); c++) {
            ChartCrew crew = charts.crews().get(c);
            Key series = new Key(c, legendName(crew));
            for (int s = 0; s < stages.size(); s++) {
                data.addValue(crew.positions().get(columns.get(s)), series, new Key(s, stages.get(s).label()));
            }
            if (charts.hasFinal()) {
                data.addValue(crew.finalPosition(), series, new Key(stages.size(), labels.text("chart.final")));
            }
        }
        int shown = Math.max(Math.min(lowestPlace(charts), DEEPEST_PLACE), charts.crews().size());
        NumberAxis places = new NumberAxis(null);
        places.setInverted(true);
        places.setRange(0.5, shown + 0.5);
        places.setTickUnit(new NumberTickUnit(shown <= 12 ? 1 : shown <= 30 ? 2 : 5, integers()), false, true);
        return lineChart(charts, data, places, labels.text("chart.axis.position"), stages.size()
                + (charts.hasFinal() ? 1 : 0));
    }

    /** The lowest place a positions chart would show: a crew's place after some stage, or in the final standings. */
    static int lowestPlace(CategoryCharts charts) {
        int lowest = 1;
        for (ChartCrew crew : charts.crews()) {
            // A crew has a position only after a stage with a general classification.
            for (Integer position : crew.positions()) {
                lowest = Math.max(lowest, position == null ? 1 : position);
            }
            if (crew.finalPosition() != null) {
                lowest = Math.max(lowest, crew.finalPosition());
            }
        }
        return lowest;
    }

    /** Gaps to the leader after each stage with a general classification, for the crews the source gives one. */
    public JFreeChart gaps(CategoryCharts charts) {
        ImmutableList<StagePoint> stages = charts.generalStages();
        ImmutableList<Integer> columns = generalColumns(charts);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double largest = 0;
        for (int c = 0; c < charts.crews().size(); c++) {
            ChartCrew crew = charts.crews().get(c);
            if (crew.gaps().allSatisfy(Objects::isNull)) {
                // Listed in no general classification: a legend entry without a line would puzzle.
                continue;
            }
            Key series = new Key(c, legendName(crew));
            for (int s = 0; s < stages.size(); s++) {
                Duration gap = crew.gaps().get(columns.get(s));
                Double minutes = gap == null ? null : gap.toMillis() / 60_000.0;
                data.addValue(minutes, series, new Key(s, stages.get(s).label()));
                largest = Math.max(largest, minutes == null ? 0 : minutes);
            }
        }
        NumberAxis behind = new NumberAxis(null);
        behind.setInverted(true);
        double step = gapStep(largest);
        // A little room above the leader's line, so its dots are not cut by the plot's edge.
        behind.setRange(-step * 0.06, Math.max(step, Math.ceil(largest * 1.04 / step) * step));
        behind.setTickUnit(new NumberTickUnit(step, new HoursMinutes()), false, true);
        return lineChart(charts, data, behind, labels.text("chart.axis.gap"), stages.size());
    }

    /** Stage wins of each make, most first, as horizontal bars with their count. */
    public JFreeChart wins(CategoryCharts charts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Key wins = new Key(0, labels.text("chart.axis.wins"));
        int most = 1;
        for (int m = 0; m < charts.stageWins().size(); m++) {
            MakeWins make = charts.stageWins().get(m);
            data.addValue(make.wins(), wins, new Key(m,
                    make.make() == null ? labels.text("chart.unknownMake") : RaceCharts.cut(make.make())));
            most = Math.max(most, make.wins());
        }
        CategoryAxis makes = categoryAxis(null);
        makes.setCategoryMargin(0.25);
        NumberAxis count = new NumberAxis(labels.text("chart.axis.wins"));
        axisFonts(count);
        count.setRange(0, most + Math.max(1, most / 8.0));
        count.setTickUnit(new NumberTickUnit(most <= 10 ? 1 : most <= 25 ? 5 : 10, integers()), false, true);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, ChartColours.ACCENT);
        bars.setMaximumBarWidth(0.7);
        // The count stands just past the end of its bar.
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelInsets(new RectangleInsets(3, 3, 3, 3));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", integers()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(fonts.bold(sizes.tick()));
        bars.setDefaultItemLabelPaint(ChartColours.INK);

        CategoryPlot plot = new CategoryPlot(data, makes, count, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plainPlot(plot);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, fonts.bold(sizes.axis()), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 0, 2, 4));
        return chart;
    }

    /** Where in {@link CategoryCharts#stages()} each general stage is, in order. */
    private static ImmutableList<Integer> generalColumns(CategoryCharts charts) {
        return charts.stages().collectWithIndex((stage, i) -> stage.hasGeneral() ? i : -1).select(i -> i >= 0);
    }

    private JFreeChart lineChart(CategoryCharts charts, DefaultCategoryDataset data, NumberAxis values,
            String valueTitle, int columns) {
        axisFonts(values);
        CategoryAxis stages = categoryAxis(labels.text("chart.axis.stage"));
        if (columns > UPRIGHT_LABELS) {
            stages.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        lines.setUseOutlinePaint(false);
        for (int row = 0; row < data.getRowCount(); row++) {
            Key series = (Key) data.getRowKey(row);
            ChartCrew crew = charts.crews().get(series.index());
            boolean leader = crew.isLeader();
            Color colour = leader && series.index() == 0 ? ChartColours.LEADER : ChartColours.line(series.index());
            float width = leader ? 2.6f : 1.3f;
            double dot = leader ? 6.0 : 4.2;
            lines.setSeriesPaint(row, colour);
            lines.setSeriesStroke(row, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            lines.setSeriesShape(row, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
            lines.setLegendTextFont(row, leader ? fonts.bold(sizes.legend()) : fonts.regular(sizes.legend()));
        }
        CategoryPlot plot = new CategoryPlot(data, stages, values, lines);
        plainPlot(plot);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        // The leader is drawn last, over the others.
        plot.setRowRenderingOrder(SortOrder.DESCENDING);

        JFreeChart chart = new JFreeChart(null, fonts.bold(sizes.axis()), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 0, 2, 2));
        // The value axis's title stands level above it, where it reads without turning the page.
        TextTitle title = new TextTitle(valueTitle, fonts.regular(sizes.axis()));
        title.setPaint(ChartColours.MUTED);
        title.setPosition(RectangleEdge.TOP);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(0, 2, 3, 0));
        chart.addSubtitle(title);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(fonts.regular(sizes.legend()));
        legend.setItemPaint(ChartColours.INK);
        legend.setPosition(RectangleEdge.RIGHT);
        // The plot draws the leader last, over the others; the legend still lists it first.
        legend.setSortOrder(SortOrder.DESCENDING);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemLabelPadding(new RectangleInsets(1.5, 3, 1.5, sizes.legendRoom()));
        legend.setMargin(new RectangleInsets(0, 8, 0, 0));
        chart.addSubtitle(legend);
        return chart;
    }

    private CategoryAxis categoryAxis(String title) {
        CategoryAxis axis = new CategoryAxis(title);
        axisFonts(axis);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setCategoryMargin(0.1);
        axis.setMaximumCategoryLabelLines(2);
        return axis;
    }

    private void axisFonts(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(fonts.regular(sizes.axis()));
        axis.setLabelPaint(ChartColours.MUTED);
        axis.setTickLabelFont(fonts.regular(sizes.tick()));
        axis.setTickLabelPaint(ChartColours.INK);
        axis.setAxisLinePaint(ChartColours.RULE);
        axis.setTickMarkPaint(ChartColours.RULE);
    }

    private static void plainPlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(ChartColours.GRID);
        plot.setRangeGridlinePaint(ChartColours.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        plot.setInsets(new RectangleInsets(2, 2, 2, 6));
    }

    /** Whole numbers, with the digits and no grouping of every locale alike. */
    private static NumberFormat integers() {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setGroupingUsed(false);
        return format;
    }

    /** A tick every so many minutes, so that a gap axis has about six of them. */
    static double gapStep(double largestMinutes) {
        double[] steps = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320, 7200, 14_400};
        for (double step : steps) {
            if (largestMinutes / step <= 6) {
                return step;
            }
        }
        return Math.ceil(largestMinutes / 6 / 14_400) * 14_400;
    }

    /** Minutes as {@code h:mm}: 0:00, 0:30, 1:20, 26:00. */
    static final class HoursMinutes extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double minutes, StringBuffer out, FieldPosition position) {
            return format(Math.round(minutes), out, position);
        }

        @Override
        public StringBuffer format(long minutes, StringBuffer out, FieldPosition position) {
            long whole = Math.abs(minutes);
            if (minutes < 0) {
                out.append('-');
            }
            out.append(whole / 60).append(':');
            long rest = whole % 60;
            return out.append(rest < 10 ? "0" : "").append(rest);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return null;
        }
    }
}
