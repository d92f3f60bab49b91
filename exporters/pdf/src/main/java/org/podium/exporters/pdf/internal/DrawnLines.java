package org.podium.exporters.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/**
 * Draws a table cell's lines once OpenPDF has placed the cell, where OpenPDF itself would set them
 * (see {@link TableKit#rowText}): the first baseline its ascender below the top padding, each next
 * one its font size lower (a cell's leading is one font size), flush left or flush right inside the
 * padding, a muted suffix after the text in the regular font a point smaller.
 */
final class DrawnLines implements PdfPCellEvent {

    private final List<TableKit.Line> lines;
    private final BaseFont font;
    private final Color ink;
    private final float size;
    private final BaseFont suffixFont;
    private final int alignment;

    DrawnLines(List<TableKit.Line> lines, BaseFont font, Color ink, float size, BaseFont suffixFont, int alignment) {
        this.lines = List.copyOf(lines);
        this.font = font;
        this.ink = ink;
        this.size = size;
        this.suffixFont = suffixFont;
        this.alignment = alignment;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
        float left = position.getLeft() + cell.getEffectivePaddingLeft();
        float right = position.getRight() - cell.getEffectivePaddingRight();
        float suffixSize = size - 1f;
        float baseline = position.getTop() - cell.getEffectivePaddingTop();
        for (int i = 0; i < lines.size(); i++) {
            TableKit.Line line = lines.get(i);
            String suffix = line.suffix() == null ? null : " " + line.suffix();
            baseline -= i > 0 ? size : suffix == null ? font.getFontDescriptor(BaseFont.ASCENT, size)
                    : Math.max(font.getFontDescriptor(BaseFont.ASCENT, size),
                            suffixFont.getFontDescriptor(BaseFont.ASCENT, suffixSize));
            if (line.text().isEmpty() && suffix == null) {
                continue;
            }
            float width = font.getWidthPoint(line.text(), size)
                    + (suffix == null ? 0f : suffixFont.getWidthPoint(suffix, suffixSize));
            float x = switch (alignment) {
                case Element.ALIGN_RIGHT -> right - width;
                case Element.ALIGN_CENTER -> (left + right - width) / 2f;
                default -> left;
            };
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(ink);
            canvas.setTextMatrix(x, baseline);
            canvas.showText(line.text());
            if (suffix != null) {
                canvas.setFontAndSize(suffixFont, suffixSize);
                canvas.setColorFill(Style.MUTED);
                canvas.showText(suffix);
            }
            canvas.endText();
        }
    }
}
