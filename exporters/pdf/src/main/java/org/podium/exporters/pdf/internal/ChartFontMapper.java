package org.podium.exporters.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import org.podium.charts.ChartFonts;

/**
 * Prints the charts' Java 2D fonts ({@link ChartFonts}, which JFreeChart measured every label with)
 * in the document's own embedded fonts: the same Liberation Sans files, so each string prints at
 * exactly the width it was laid out for.
 */
final class ChartFontMapper implements FontMapper {

    private final BulletinFonts pdf;
    private final ChartFonts fonts;

    ChartFontMapper(BulletinFonts pdf, ChartFonts fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
    }

    /** The document's embedded font for a Java 2D font: bold for the bold face, else regular. */
    @Override
    public BaseFont awtToPdf(Font font) {
        return fonts.isBold(font) ? pdf.bold : pdf.regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return font == pdf.bold ? fonts.bold(size) : fonts.regular(size);
    }
}
