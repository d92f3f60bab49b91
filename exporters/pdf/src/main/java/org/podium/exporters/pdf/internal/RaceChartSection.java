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
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.podium.model.Stage;
import org.podium.report.Labels;
import org.podium.report.RaceCharts;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.RaceCharts.ChartCrew;
import org.podium.report.RaceCharts.StagePoint;

/**
 * The bulletin's "Race charts" section, after the sign-off (pictures of the results, not what the
 * official signs): per category, the general-classification positions of the followed crews, their
 * gaps to the leader and the stage wins by make; a stage bulletin, the gaps up to its stage alone.
 * Each chart is drawn by JFreeChart as vectors into a PDF form, with the document's own embedded
 * fonts, and kept on one page with its heading and the sentences that say what it cannot show.
 */
final class RaceChartSection {

    private static final float POSITIONS_HEIGHT = 250f;
    private static final float GAPS_HEIGHT = 220f;
    private static final float CATEGORY_HEADING = 30f;
    private static final float CHART_HEADING = 22f;
    private static final float CAPTION_LINE = 11f;

    private final Document document;
    private final PdfWriter writer;
    private final Style style;
    private final Labels labels;
    private final ChartFonts fonts;
    private final ChartPictures pictures;
    /** The stage a stage bulletin is after, or null for the whole event. */
    private final Stage asOf;

    RaceChartSection(Document document, PdfWriter writer, Style style, Labels labels, ChartFonts fonts, Stage asOf) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.labels = labels;
        this.fonts = fonts;
        this.pictures = new ChartPictures(fonts, labels);
        this.asOf = asOf;
    }

    /** Whether a bulletin (after a stage, or of the whole event) has a chart to draw for some category. */
    static boolean drawsAnything(RaceCharts charts, boolean stageBulletin) {
        return charts.categories().anySatisfy(category -> draws(category, stageBulletin));
    }

    private static boolean draws(CategoryCharts category, boolean stageBulletin) {
        return drawsGaps(category) || !stageBulletin && (drawsPositions(category) || category.hasWins());
    }

    private static boolean drawsPositions(CategoryCharts category) {
        return category.generalStages().notEmpty() && category.hasPositions();
    }

    private static boolean drawsGaps(CategoryCharts category) {
        return category.hasGaps();
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
            writeCategory(category, outline);
        }
    }

    private void writeCategory(CategoryCharts category, PdfOutline outline) throws DocumentException {
        boolean stageBulletin = asOf != null;
        float width = document.right() - document.left();
        String name = category.category().name();
        List<String> notes = notes(category);
        List<String> gapNotes = new ArrayList<>(notes);
        List<String> unlisted = category.crews().select(crew -> crew.gaps().allSatisfy(java.util.Objects::isNull))
                .collect(ChartCrew::label).castToList();
        if (!unlisted.isEmpty()) {
            // The gap chart has no line for them (the positions chart has their final place).
            gapNotes.add(labels.text("chart.unlisted", String.join(", ", unlisted)));
        }
        List<String> positionNotes = new ArrayList<>(notes);
        if (ChartPictures.lowestPlace(category) > ChartPictures.DEEPEST_PLACE) {
            positionNotes.add(labels.text("chart.offChart", Integer.toString(ChartPictures.DEEPEST_PLACE)));
        }
        float positionsBlock = CHART_HEADING + POSITIONS_HEIGHT + captionHeight(positionNotes, width);
        float gapsBlock = CHART_HEADING + GAPS_HEIGHT + captionHeight(gapNotes, width);
        float winsBlock = CHART_HEADING + ChartPictures.winsHeight(category.stageWins().size());

        String anchor = "charts-" + category.category().id();
        boolean positions = !stageBulletin && drawsPositions(category);
        boolean gaps = drawsGaps(category);
        boolean wins = !stageBulletin && category.hasWins();
        float first = positions ? positionsBlock : gaps ? gapsBlock : wins ? winsBlock : 2 * CAPTION_LINE;
        ensureSpace(CATEGORY_HEADING + first);
        document.add(BulletinDocument.heading(name, style.stageHeading, anchor, 10f));
        new PdfOutline(outline, PdfAction.gotoLocalPage(anchor, false), name);

        if (!draws(category, stageBulletin)) {
            caption(List.of(stageBulletin ? labels.text("chart.nothing.stage", name, asOf.label())
                    : labels.text("chart.nothing", name)), style.body);
            return;
        }
        int followed = Math.min(category.crews().size(), RaceCharts.TOP);
        String count = Integer.toString(followed);
        if (!stageBulletin && category.generalStages().notEmpty() && category.crews().notEmpty() && !positions
                && !gaps) {
            // The tables list other crews (the test kit's excerpt: leaders who did not finish in the top ten).
            caption(List.of(labels.text("chart.noneListed", count)), style.body);
        }
        if (positions) {
            ensureSpace(positionsBlock);
            chartHeading(reference(category, "chart.positions", count));
            draw(pictures.positions(category), width, POSITIONS_HEIGHT);
            caption(positionNotes, style.bodyMuted);
        }
        if (gaps) {
            ensureSpace(gapsBlock);
            chartHeading(reference(category, "chart.gaps", count));
            draw(pictures.gaps(category), width, GAPS_HEIGHT);
            caption(gapNotes, style.bodyMuted);
        }
        if (wins) {
            float height = ChartPictures.winsHeight(category.stageWins().size());
            ensureSpace(winsBlock);
            chartHeading(labels.text("chart.wins"));
            draw(pictures.wins(category), width, height);
        }
    }

    /** "… of the final top 10", or "… of the top 3 after stage 7". */
    private String reference(CategoryCharts category, String key, String count) {
        RaceCharts.Reference reference = category.reference();
        return reference.stageLabel() == null ? labels.text(key + ".final", count)
                : labels.text(key + ".general", count, reference.stageLabel());
    }

    /** What the lines cannot show: the stages without a general classification, and partial ones. */
    private List<String> notes(CategoryCharts category) {
        List<String> notes = new ArrayList<>();
        List<String> without = category.stagesWithoutGeneral().collect(StagePoint::label).castToList();
        if (!without.isEmpty()) {
            notes.add(labels.text(without.size() == 1 ? "chart.noGeneral.one" : "chart.noGeneral.other",
                    String.join(", ", without)));
        }
        if (category.partial()) {
            notes.add(labels.text("chart.partial"));
        }
        return notes;
    }

    private void draw(JFreeChart chart, float width, float height) throws DocumentException {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts);
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
