package org.podium.exporters.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a long table (a classification: thousands of rows, a bulletin hundreds of thousands),
 * built piece by piece, column by column. OpenPDF lays out each cell's text twice, once to measure
 * its row and once to write it, and that was most of a bulletin's time. So when every piece fits
 * its column without wrapping, as nearly every row's do, the row goes to OpenPDF as one cell
 * across the table that holds no text: its pieces are drawn where the row lands ({@link Drawn}),
 * at the baselines OpenPDF gives such cells (the first line its ascender below the top padding,
 * each next one a font size lower, flush left or right inside the padding), in a row as tall as
 * OpenPDF makes it ({@link TableKit#height}, measured once per shape of lines). The fill and the
 * rule under the row are those each cell had. A row with a piece that wraps is laid out by OpenPDF,
 * cell by cell. Not reusable: one row, then {@link #addTo}.
 */
final class TableRow {

    /** One column's text (or two columns', {@code colspan}); {@code extraRight} more padding on its right. */
    private record Piece(List<TableKit.Line> lines, BaseFont font, Color ink, float width, int alignment,
            float extraRight, int colspan, TableKit.Fit fit) {
    }

    private final TableKit kit;
    private final Style style;
    private final Color fill;
    private final List<Piece> pieces = new ArrayList<>();

    TableRow(TableKit kit, Style style, Color fill) {
        this.kit = kit;
        this.style = style;
        this.fill = fill;
    }

    /** A text in a column {@code width} wide. */
    TableRow text(String text, boolean bold, boolean muted, float width, int alignment) {
        return add(List.of(TableKit.Line.of(text)), bold ? style.fonts.bold : style.fonts.regular,
                muted ? Style.MUTED : Style.INK, width, alignment, 0f, 1);
    }

    /** The same, kept {@code extraRight} further from the column's right edge. */
    TableRow text(String text, boolean muted, float width, float extraRight) {
        return add(List.of(TableKit.Line.of(text)), style.fonts.regular, muted ? Style.MUTED : Style.INK, width,
                Element.ALIGN_RIGHT, extraRight, 1);
    }

    /** A muted text across {@code colspan} columns, {@code width} wide together, flush right. */
    TableRow across(String text, float width, int colspan) {
        return add(List.of(TableKit.Line.of(text)), style.fonts.regular, Style.MUTED, width, Element.ALIGN_RIGHT, 0f,
                colspan);
    }

    /** Lines (a crew, a name per line) flush left. */
    TableRow lines(List<TableKit.Line> lines, float width) {
        return add(lines, style.fonts.regular, Style.INK, width, Element.ALIGN_LEFT, 0f, 1);
    }

    private TableRow add(List<TableKit.Line> lines, BaseFont font, Color ink, float width, int alignment,
            float extraRight, int colspan) {
        float available = width - 2 * Style.CELL_PADDING - 1f;
        pieces.add(new Piece(List.copyOf(lines), font, ink, width, alignment, extraRight, colspan,
                kit.fit(lines, font, available, Style.TABLE_SIZE)));
        return this;
    }

    /** Adds the row to {@code table}: one drawn cell across it, or a cell per piece when one wraps. */
    void addTo(PdfPTable table) {
        if (pieces.stream().anyMatch(piece -> piece.fit().wrap())) {
            for (Piece piece : pieces) {
                float available = piece.width() - 2 * Style.CELL_PADDING - 1f;
                PdfPCell cell = kit.laidOut(piece.lines(), piece.font(), piece.ink(), fill, piece.alignment(),
                        piece.fit().size(), piece.fit().wrap(), available);
                cell.setPaddingRight(cell.getPaddingRight() + piece.extraRight());
                cell.setColspan(piece.colspan());
                table.addCell(cell);
            }
            return;
        }
        float height = 0f;
        int columns = 0;
        for (Piece piece : pieces) {
            height = Math.max(height, kit.height(piece.lines(), piece.font(), piece.ink(), piece.alignment(),
                    piece.fit().size()));
            columns += piece.colspan();
        }
        // No phrase at all: an empty one would still be copied and scanned at every layout.
        PdfPCell cell = new PdfPCell((Phrase) null);
        TableKit.frame(cell, fill, Element.ALIGN_LEFT);
        cell.setNoWrap(true);
        cell.setColspan(columns);
        cell.setMinimumHeight(height);
        cell.setCellEvent(new Drawn(List.copyOf(pieces), style.fonts.regular));
        table.addCell(cell);
    }

    /** Draws a row's pieces once OpenPDF has placed the row. */
    private record Drawn(List<Piece> pieces, BaseFont suffixFont) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
            float top = position.getTop() - Style.CELL_PADDING;
            float columnLeft = position.getLeft();
            for (Piece piece : pieces) {
                draw(canvas, piece, columnLeft + Style.CELL_PADDING,
                        columnLeft + piece.width() - Style.CELL_PADDING - piece.extraRight(), top);
                columnLeft += piece.width();
            }
        }

        private void draw(PdfContentByte canvas, Piece piece, float left, float right, float top) {
            float size = piece.fit().size();
            float suffixSize = size - 1f;
            BaseFont font = piece.font();
            float baseline = top;
            for (int i = 0; i < piece.lines().size(); i++) {
                TableKit.Line line = piece.lines().get(i);
                String suffix = line.suffix() == null ? null : " " + line.suffix();
                baseline -= i > 0 ? size : suffix == null ? font.getFontDescriptor(BaseFont.ASCENT, size)
                        : Math.max(font.getFontDescriptor(BaseFont.ASCENT, size),
                                suffixFont.getFontDescriptor(BaseFont.ASCENT, suffixSize));
                if (line.text().isEmpty() && suffix == null) {
                    continue;
                }
                float x = left;
                if (piece.alignment() != Element.ALIGN_LEFT) {
                    float width = font.getWidthPoint(line.text(), size)
                            + (suffix == null ? 0f : suffixFont.getWidthPoint(suffix, suffixSize));
                    x = piece.alignment() == Element.ALIGN_RIGHT ? right - width : (left + right - width) / 2f;
                }
                canvas.beginText();
                canvas.setFontAndSize(font, size);
                canvas.setColorFill(piece.ink());
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
}
