package org.podium.exporters.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.podium.report.Labels;

/**
 * Draws what every page carries: the header (event, document title, status, bulletin number,
 * issue time) and the footer (source, "page N of M"). M is unknown until the end, so each footer
 * shows one shared template that is filled in when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float PAGE_NUMBER_SIZE = 8f;
    private static final String ELLIPSIS = "…";

    private final Style style;
    private final Labels labels;
    private final String eventName;
    private final String statusMark;
    private final boolean alertStatus;
    private final String controlLine;
    private final String footerLine;

    private String runningTitle = "";
    private String pageTitle = "";
    private int pages;
    private PdfTemplate totalPages;

    PageFrame(Style style, Labels labels, String eventName, String statusMark, boolean alertStatus,
            String controlLine, String footerLine) {
        this.style = style;
        this.labels = labels;
        this.eventName = eventName;
        this.statusMark = statusMark;
        this.alertStatus = alertStatus;
        this.controlLine = controlLine;
        this.footerLine = footerLine;
    }

    /** The title printed on the pages that start from now on. */
    void setRunningTitle(String title) {
        this.runningTitle = title;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(40f, 12f);
    }

    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        pageTitle = runningTitle;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float top = page.getTop();

        float statusLeft = drawStatus(canvas, right, top - 34f);
        // Each line of the frame has one line of room: a text too long for it is cut with "…"
        // (the event's whole name is in the document's title).
        Font eventFont = new Font(style.fonts.bold, 10f, Font.NORMAL, Style.MUTED);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(fit(eventName, style.fonts.bold, 10f, statusLeft - 12f - left), eventFont),
                left, top - 32f, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(fit(pageTitle, style.fonts.bold, 14f, right - left),
                        new Font(style.fonts.bold, 14f, Font.NORMAL, Style.INK)), left, top - 52f, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(fit(controlLine, style.fonts.regular, style.bodyMuted.getSize(), right - left),
                        style.bodyMuted), left, top - 67f, 0);
        rule(canvas, left, right, top - 76f, 0.8f);

        float footerY = document.bottom() - 28f;
        rule(canvas, left, right, footerY + 11f, 0.4f);
        // Drawn as plain text operators: ColumnText would trim the space between "of" and the total.
        String pageOf = labels.text("footer.page", Integer.toString(pages));
        float x = right - style.fonts.regular.getWidthPoint(pageOf + "9999", PAGE_NUMBER_SIZE);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(fit(footerLine, style.fonts.regular, style.small.getSize(), x - 12f - left), style.small),
                left, footerY, 0);
        canvas.beginText();
        canvas.setFontAndSize(style.fonts.regular, PAGE_NUMBER_SIZE);
        canvas.setColorFill(Style.INK);
        canvas.setTextMatrix(x, footerY);
        canvas.showText(pageOf);
        canvas.endText();
        canvas.addTemplate(totalPages, x + style.fonts.regular.getWidthPoint(pageOf, PAGE_NUMBER_SIZE), footerY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(totalPages, Element.ALIGN_LEFT,
                new Phrase(Integer.toString(pages), new Font(style.fonts.regular, PAGE_NUMBER_SIZE, Font.NORMAL, Style.INK)),
                0f, 0f, 0);
    }

    /**
     * The text, or as much of it as fits in {@code width} followed by "…": a line of the frame has
     * room for one line only.
     */
    static String fit(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        float room = width - font.getWidthPoint(ELLIPSIS, size);
        float used = 0f;
        int end = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            used += font.getWidthPoint(text.substring(end, next), size);
            if (used > room) {
                break;
            }
            end = next;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * A provisional or unofficial bulletin carries a red stamp; an official one its status in plain
     * ink. Gives where the stamp's box starts, so the event's name can stop before it.
     */
    private float drawStatus(PdfContentByte canvas, float right, float baseline) {
        float size = 11f;
        float width = style.fonts.bold.getWidthPoint(statusMark, size);
        Font font = new Font(style.fonts.bold, size, Font.NORMAL, alertStatus ? Style.ALERT : Style.HEADER_FILL);
        float textRight = right - 6f;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(statusMark, font), textRight, baseline, 0);
        canvas.saveState();
        canvas.setColorStroke(alertStatus ? Style.ALERT : Style.HEADER_FILL);
        canvas.setLineWidth(alertStatus ? 1.6f : 0.8f);
        canvas.rectangle(textRight - width - 6f, baseline - 5f, width + 12f, size + 8f);
        canvas.stroke();
        canvas.restoreState();
        return textRight - width - 6f;
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y, float width) {
        canvas.saveState();
        canvas.setColorStroke(Style.RULE);
        canvas.setLineWidth(width);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
