package org.podium.exporters.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * Cells whose text stays inside its column. A line too wide for its column is first set in a
 * smaller size, down to {@link Style#MIN_TABLE_SIZE}, so that an ordinary name stays on one line
 * (a name that wrapped would no longer read, or extract, as one string); a line too wide even then
 * (a name of a thousand characters, a 60-character entrant in a crowded table) wraps at the table
 * size, and a word longer than the column is broken ({@link #breakable}). No cell is ever set
 * without wrapping when its text does not fit, so nothing runs into the next column or off the page.
 */
final class TableKit {

    /** One line of a cell: a main text and an optional muted suffix (a nationality code). */
    record Line(String text, String suffix) {
        static Line of(String text) {
            return new Line(text, null);
        }
    }

    /** Where a word too long for its column may break; prints and extracts as nothing. */
    static final char ZERO_WIDTH_SPACE = '\u200B';
    /** How far past its room a line at the smallest size may reach, into the cell's padding. */
    private static final float EDGE = 1f;

    private final Style style;
    private final java.util.Map<Shape, Float> heights = new java.util.HashMap<>();

    TableKit(Style style) {
        this.style = style;
    }

    /** The width a line needs at the table size, padding included. */
    float naturalWidth(BaseFont font, Line line) {
        float width = font.getWidthPoint(line.text(), Style.TABLE_SIZE);
        if (line.suffix() != null) {
            width += style.fonts.regular.getWidthPoint(" " + line.suffix(), Style.TABLE_SIZE - 1f);
        }
        return width + 2 * Style.CELL_PADDING + 1f;
    }

    /**
     * Column widths that fill {@code total}: fixed columns keep theirs, flexible ones (marked by a
     * width below zero, holding minus their natural width) share the rest in proportion to need.
     */
    /** {@link #widths(float, float[])} for a plan built up column by column. */
    static float[] widths(float total, java.util.List<Float> plan) {
        float[] planned = new float[plan.size()];
        for (int i = 0; i < planned.length; i++) {
            planned[i] = plan.get(i);
        }
        return widths(total, planned);
    }

    static float[] widths(float total, float[] plan) {
        float fixed = 0f;
        float wanted = 0f;
        for (float width : plan) {
            if (width >= 0) {
                fixed += width;
            } else {
                wanted += -width;
            }
        }
        float share = Math.max(0f, total - fixed);
        float[] widths = new float[plan.length];
        for (int i = 0; i < plan.length; i++) {
            widths[i] = plan[i] >= 0 ? plan[i] : share * (-plan[i] / wanted);
        }
        return widths;
    }

    PdfPTable table(float[] widths, float totalWidth) {
        PdfPTable table = new PdfPTable(widths.length);
        try {
            table.setTotalWidth(widths);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("one width per column", e);
        }
        table.setTotalWidth(totalWidth);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        // A row moves whole to the next page rather than being cut in two.
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setSpacingBefore(3f);
        table.setSpacingAfter(4f);
        return table;
    }

    PdfPCell header(String text, float width, int alignment) {
        PdfPCell cell = cell(List.of(Line.of(text)), style.fonts.bold, java.awt.Color.WHITE, Style.HEADER_FILL, width,
                alignment, 8f);
        cell.setPaddingTop(3.5f);
        cell.setPaddingBottom(4.5f);
        return cell;
    }

    PdfPCell text(String text, boolean bold, boolean muted, java.awt.Color fill, float width, int alignment) {
        return cell(List.of(Line.of(text)), bold ? style.fonts.bold : style.fonts.regular,
                muted ? Style.MUTED : Style.INK, fill, width, alignment, Style.TABLE_SIZE);
    }

    /**
     * The size a cell's lines are set in, and whether they wrap: a line too wide for its column is
     * set smaller, down to {@link Style#MIN_TABLE_SIZE}; what does not fit even then wraps at the
     * base size.
     */
    record Fit(float size, boolean wrap) {
    }

    Fit fit(List<Line> lines, BaseFont font, float available, float baseSize) {
        float size = baseSize;
        boolean wrap = false;
        for (Line line : lines) {
            float needed = font.getWidthPoint(line.text(), baseSize);
            if (line.suffix() != null) {
                needed += style.fonts.regular.getWidthPoint(" " + line.suffix(), baseSize - 1f);
            }
            if (needed > available) {
                size = Math.min(size, Math.max(Style.MIN_TABLE_SIZE, baseSize * available / needed));
                // A line within a point of fitting at the smallest size stays whole: the cell's
                // padding holds it, and column plans that set text at the smallest size round.
                wrap |= needed * Style.MIN_TABLE_SIZE / baseSize > available + EDGE;
            }
        }
        return wrap ? new Fit(baseSize, true) : new Fit(size, false);
    }

    /** A row of a long table, built piece by piece ({@link TableRow}). */
    TableRow row(java.awt.Color fill) {
        return new TableRow(this, style, fill);
    }

    /** What decides the height OpenPDF gives a cell of lines that do not wrap: its fonts and their sizes. */
    private record Shape(BaseFont font, float size, String lines) {
        static Shape of(List<Line> lines, BaseFont font, float size) {
            StringBuilder shape = new StringBuilder();
            for (Line line : lines) {
                shape.append(line.text().isEmpty() ? '0' : 't').append(line.suffix() == null ? '.' : 's');
            }
            return new Shape(font, size, shape.toString());
        }
    }

    /** The height OpenPDF gives such a cell, measured once per shape on a cell it lays out. */
    float height(List<Line> lines, BaseFont font, java.awt.Color ink, int alignment, float size) {
        return heights.computeIfAbsent(Shape.of(lines, font, size),
                shape -> laidOut(lines, font, ink, null, alignment, size, false, 0f).getMaxHeight());
    }

    private PdfPCell cell(List<Line> lines, BaseFont font, java.awt.Color ink, java.awt.Color fill, float width,
            int alignment, float baseSize) {
        float available = width - 2 * Style.CELL_PADDING - 1f;
        Fit fit = fit(lines, font, available, baseSize);
        return laidOut(lines, font, ink, fill, alignment, fit.size(), fit.wrap(), available);
    }

    /** A cell whose lines OpenPDF lays out (measures, breaks and writes). */
    PdfPCell laidOut(List<Line> lines, BaseFont font, java.awt.Color ink, java.awt.Color fill, int alignment,
            float size, boolean wrap, float available) {
        Phrase phrase = new Phrase(size * 1.22f);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = wrap ? breakable(line.text(), font, size, available) : line.text();
            phrase.add(new Chunk(text, new Font(font, size, Font.NORMAL, ink)));
            if (line.suffix() != null) {
                phrase.add(new Chunk(" " + line.suffix(), new Font(style.fonts.regular, size - 1f, Font.NORMAL, Style.MUTED)));
            }
            if (i < lines.size() - 1) {
                phrase.add(Chunk.NEWLINE);
            }
        }
        PdfPCell cell = new PdfPCell(phrase);
        frame(cell, fill, alignment);
        // Shrinking made every line fit, and no-wrap then guards against rounding at the edge;
        // what does not fit even at the smallest size wraps.
        cell.setNoWrap(!wrap);
        return cell;
    }

    static void frame(PdfPCell cell, java.awt.Color fill, int alignment) {
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPadding(Style.CELL_PADDING);
        cell.setPaddingBottom(Style.CELL_PADDING + 1f);
        cell.setUseAscender(true);
        cell.setBorder(com.lowagie.text.Rectangle.BOTTOM);
        cell.setBorderColor(Style.STRIPE_FILL);
        cell.setBorderWidth(0.5f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
    }

    /**
     * The text with a zero-width space wherever a word longer than the column reaches its edge, so
     * that OpenPDF, which breaks lines only between words and would let such a word run over the
     * next column, breaks it there. Text that has no such word is returned as it is. The zero-width
     * space prints nothing and extracts as nothing.
     */
    static String breakable(String text, BaseFont font, float size, float available) {
        StringBuilder broken = null;
        float word = 0f;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || codePoint == '-' || codePoint == '/') {
                word = codePoint == '-' || codePoint == '/' ? font.getWidthPoint(text.substring(i, next), size) : 0f;
                if (broken != null) {
                    broken.append(text, i, next);
                }
                i = next;
                continue;
            }
            float width = font.getWidthPoint(text.substring(i, next), size);
            if (word + width > available && word > 0f) {
                if (broken == null) {
                    broken = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                broken.append(ZERO_WIDTH_SPACE);
                word = 0f;
            }
            word += width;
            if (broken != null) {
                broken.append(text, i, next);
            }
            i = next;
        }
        return broken == null ? text : broken.toString();
    }
}
