package org.podium.exporters.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.podium.charts.CategoryChartPlan;
import org.podium.charts.ChartFonts;
import org.podium.charts.ChartSizes;
import org.podium.charts.ChartSvg;
import org.podium.charts.RaceChartPictures;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.spi.Companions;

/**
 * The document's "Race charts" section: per category, each chart of its {@link CategoryChartPlan}
 * (the PDF bulletin's, in the same words) as an SVG picture written beside the document and
 * linked from it, under its heading and above the sentences that say what it cannot show.
 */
final class RaceChartSection {

    /**
     * The pictures' width in pixels: GitHub shows a document in a column about 880 pixels wide,
     * where a picture keeps its own size; a narrower page scales it down by its viewBox.
     */
    static final int WIDTH = 720;

    private final MarkdownWriter out;
    private final Labels labels;
    private final Companions companions;
    private final ChartNames names;
    private final RaceChartPictures pictures;

    RaceChartSection(MarkdownWriter out, Labels labels, Companions companions, ChartNames names, ChartFonts fonts) {
        this.out = out;
        this.labels = labels;
        this.companions = companions;
        this.names = names;
        this.pictures = new RaceChartPictures(fonts, labels, ChartSizes.SCREEN);
    }

    /**
     * Writes the section, and each picture as a companion.
     *
     * @param asOfStage the stage of a bulletin after a stage (only the gaps up to it are drawn), or null
     * @throws IOException when a picture cannot be written
     */
    void write(RaceCharts charts, String asOfStage) throws IOException {
        out.heading(2, labels.text("heading.charts"));
        for (CategoryCharts category : charts.categories()) {
            CategoryChartPlan plan = CategoryChartPlan.of(category, labels, asOfStage);
            String name = category.category().name();
            out.heading(3, name);
            for (String sentence : plan.lead()) {
                out.paragraph(sentence);
            }
            for (CategoryChartPlan.Chart chart : plan.charts()) {
                String suffix = names.suffix(category.category().id(), chart.kind());
                int height = Math.round(ChartSizes.SCREEN.height(chart.kind(), category.stageWins().size()));
                // The key of the picture's ids: its suffix without ".svg", unique among the document's pictures.
                writePicture(suffix, ChartSvg.svg(pictures.chart(category, chart.kind()), WIDTH, height,
                        labels.text("text.item", name, chart.heading()), suffix.substring(0, suffix.lastIndexOf('.'))));
                out.strong(chart.heading());
                out.image(chart.heading(), ChartNames.linkTo(companions.name(suffix)));
                for (String note : chart.notes()) {
                    out.paragraph(note);
                }
            }
        }
    }

    private void writePicture(String suffix, byte[] svg) throws IOException {
        try (OutputStream file = companions.create(suffix)) {
            file.write(svg);
        }
    }
}
