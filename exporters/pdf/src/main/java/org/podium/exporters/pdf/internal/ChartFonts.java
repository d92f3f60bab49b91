package org.podium.exporters.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The fonts the charts are laid out and printed with: Liberation Sans, regular and bold, as Java 2D
 * fonts for JFreeChart to measure text with, mapped to the document's own embedded fonts for
 * OpenPDF to print it with.
 *
 * <p>JFreeChart places every label by measuring it with a Java 2D font. A logical font
 * ({@code SansSerif}) is whatever the machine has (DejaVu here, Arial there), so labels would move
 * from one machine to the next and the same report would not give the same bytes; and OpenPDF
 * stretches each string to the measured width, so the embedded font would print at another font's
 * widths. Made from the very file the document embeds, the Java 2D font measures exactly what is
 * printed, on every machine.
 *
 * <p>The Java 2D fonts are made once for the whole run and kept. Java caches a font's metrics under
 * any equal font (same name and size), whatever file it came from: fonts made per document from a
 * file removed after the export would hand their stale metrics to the next document, whose labels
 * would then move or overlap. Java makes a font from a file only, so it copies the font once into
 * the system's temporary folder and removes the copy when the run ends.
 */
final class ChartFonts implements FontMapper {

    private static final Object LOCK = new Object();
    private static Font sharedRegular;
    private static Font sharedBold;

    private final BulletinFonts pdf;
    private final Font regular;
    private final Font bold;

    private ChartFonts(BulletinFonts pdf, Font regular, Font bold) {
        this.pdf = pdf;
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * The chart fonts of a document whose fonts are {@code pdf}.
     *
     * @throws IOException when Java cannot copy the fonts into the temporary folder (the first time only)
     */
    static ChartFonts create(BulletinFonts pdf) throws IOException {
        synchronized (LOCK) {
            if (sharedRegular == null) {
                Font regular = load(BulletinFonts.REGULAR);
                sharedBold = load(BulletinFonts.BOLD);
                sharedRegular = regular;
            }
            return new ChartFonts(pdf, sharedRegular, sharedBold);
        }
    }

    Font regular(float size) {
        return regular.deriveFont(size);
    }

    Font bold(float size) {
        return bold.deriveFont(size);
    }

    /** The document's embedded font for a Java 2D font: bold for the bold face, else regular. */
    @Override
    public BaseFont awtToPdf(Font font) {
        return font.getFontName(Locale.ROOT).equals(bold.getFontName(Locale.ROOT)) || font.isBold()
                ? pdf.bold : pdf.regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return (font == pdf.bold ? bold : regular).deriveFont((float) size);
    }

    private static Font load(String resource) throws IOException {
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: openpdf-fonts-extra must be on the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + resource + " is unusable", e);
        } catch (IOException e) {
            throw new IOException("cannot copy the charts' font into the temporary folder "
                    + Path.of(System.getProperty("java.io.tmpdir")) + ": " + e.getMessage(), e);
        }
    }
}
