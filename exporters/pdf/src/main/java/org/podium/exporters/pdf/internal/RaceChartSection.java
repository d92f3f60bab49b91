package org.podium.exporters.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.podium.charts.CategoryChartPlan;
import org.podium.charts.ChartFonts;
import org.podium.charts.ChartKind;
import org.podium.charts.ChartSizes;
import org.podium.charts.RaceChartPictures;
import org.podium.model.Stage;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;

/**
 * The bulletin's "Race charts" section, after the sign-off (pictures of the results, not what the
 * official signs): per category, the general-classification positions of the followed crews, their
 * gaps to the leader and the stage wins by make; a stage bulletin, the gaps up to its stage alone.
 * Which charts and sentences are the {@link CategoryChartPlan}'s, as in every document that draws
 * them; this class lays them out. Each chart is drawn by JFreeChart as vectors into a PDF form,
 * with the document's own embedded fonts, and kept on one page with its heading and the sentences
 * that say what it cannot show.
 */
final class RaceChartSection {

    private static final float CATEGORY_HEADING = 30f;
    private static final float CHART_HEADING = 22f;
    private static final float CAPTION_LINE = 11f;

    private final Document document;
    private final PdfWriter writer;
    private final Style style;
    private final Labels labels;
    private final FontMapper fontMapper;
    private final RaceChartPictures pictures;
    /** The stage a stage bulletin is after, or null for the whole event. */
    private final Stage asOf;

    RaceChartSection(Document document, PdfWriter writer, Style style, Labels labels, FontMapper fontMapper,
            ChartFonts fonts, Stage asOf) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.labels = labels;
        this.fontMapper = fontMapper;
        this.pictures = new RaceChartPictures(fonts, labels, ChartSizes.PRINT);
        this.asOf = asOf;
    }

    /** Starts the section on a new page, under {@code title.charts}, and draws every category's charts. */
    void write(RaceCharts charts, PageFrame frame) throws DocumentException {
        frame.setRunningTitle(labels.text("title.charts"));
        document.newPage();
        String anchor = "charts";
        document.add(BulletinDocument.heading(labels.text("heading.charts"), style.sectionHeading, anchor, 0f));
        PdfOutline outline = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false),
                labels.text("heading.charts"));
        for (CategoryCharts category : charts.categories()) {
            writeCategory(CategoryChartPlan.of(category, labels, asOf == null ? null : asOf.label()), outline);
        }
    }

    private void writeCategory(CategoryChartPlan plan, PdfOutline outline) throws DocumentException {
        CategoryCharts category = plan.category();
        float width = document.right() - document.left();
        String name = category.category().name();
        String anchor = "charts-" + category.category().id();
        float first = plan.charts().isEmpty() ? 2 * CAPTION_LINE : block(plan.charts().getFirst(), category, width);
        ensureSpace(CATEGORY_HEADING + first);
        document.add(BulletinDocument.heading(name, style.stageHeading, anchor, 10f));
        new PdfOutline(outline, PdfAction.gotoLocalPage(anchor, false), name);

        // Nothing to chart, or none of the crews listed: said in the body's voice, not as a caption.
        caption(plan.lead().castToList(), style.body);
        for (CategoryChartPlan.Chart chart : plan.charts()) {
            ensureSpace(block(chart, category, width));
            chartHeading(chart.heading());
            draw(pictures.chart(category, chart.kind()), width, height(chart.kind(), category));
            caption(chart.notes().castToList(), style.bodyMuted);
        }
    }

    /** The room a chart takes with its heading and its sentences, which a page must have for it. */
    private float block(CategoryChartPlan.Chart chart, CategoryCharts category, float width) {
        float block = CHART_HEADING + height(chart.kind(), category);
        // The wins chart has no sentences under it.
        return chart.kind() == ChartKind.WINS ? block : block + captionHeight(chart.notes().castToList(), width);
    }

    private static float height(ChartKind kind, CategoryCharts category) {
        return ChartSizes.PRINT.height(kind, category.stageWins().size());
    }

    private void draw(JFreeChart chart, float width, float height) throws DocumentException {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fontMapper);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        Image image = Image.getInstance(template);
        image.setSpacingBefore(2f);
        document.add(image);
    }

    private void chartHeading(String text) throws DocumentException {
        Paragraph paragraph = new Paragraph(new Chunk(text, style.tableHeading));
        paragraph.setLeading(CHART_HEADING);
        document.add(paragraph);
    }

    private void caption(List<String> lines, com.lowagie.text.Font font) throws DocumentException {
        for (String line : lines) {
            document.add(new Paragraph(CAPTION_LINE, line, font));
        }
    }

    /** About the height of the sentences under a chart, each wrapped to the width. */
    private float captionHeight(List<String> lines, float width) {
        float height = 0f;
        for (String line : lines) {
            float text = style.fonts.regular.getWidthPoint(line, style.bodyMuted.getSize());
            height += CAPTION_LINE * (float) Math.ceil(text / (width * 0.9f));
        }
        return height + 4f;
    }

    /** Starts a new page when less than {@code points} are left, so a chart stays with its heading. */
    private void ensureSpace(float points) {
        BulletinDocument.ensureSpace(document, writer, points);
    }
}
