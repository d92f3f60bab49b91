package org.podium.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * The fonts the charts are laid out with: Liberation Sans, regular and bold, as Java 2D fonts for
 * JFreeChart to measure every label with, from the same files the PDF bulletin embeds
 * (openpdf-fonts-extra's).
 *
 * <p>JFreeChart places every label by measuring it with a Java 2D font. A logical font
 * ({@code SansSerif}) is whatever the machine has (DejaVu here, Arial there), so labels would move
 * from one machine to the next and the same report would not give the same bytes; and a PDF
 * stretches each string to the measured width, so the embedded font would print at another font's
 * widths. Made from the very file a document embeds (or, for an SVG picture, names first:
 * Liberation Sans, then Arial, which has the same widths), the Java 2D font measures exactly what
 * is shown, on every machine.
 *
 * <p>The Java 2D fonts are made once for the whole run and kept. Java caches a font's metrics under
 * any equal font (same name and size), whatever file it came from: fonts made per document from a
 * file removed after the export would hand their stale metrics to the next document, whose labels
 * would then move or overlap. Java makes a font from a file only, so it copies the font once into
 * the system's temporary folder and removes the copy when the run ends.
 */
public final class ChartFonts {

    /** The regular face's file, a resource of openpdf-fonts-extra. */
    public static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    /** The bold face's file. */
    public static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private static final Object LOCK = new Object();
    private static ChartFonts shared;

    private final Font regular;
    private final Font bold;

    private ChartFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * The fonts of this run, made the first time they are asked for.
     *
     * @throws IOException when Java cannot copy the fonts into the temporary folder (asked again
     *                     next time: a folder made writable meanwhile is then used)
     */
    public static ChartFonts shared() throws IOException {
        synchronized (LOCK) {
            if (shared == null) {
                Font regular = load(REGULAR);
                shared = new ChartFonts(regular, load(BOLD));
            }
            return shared;
        }
    }

    /**
     * The fonts of this run, or, when they cannot be made, a warning that the charts are left out
     * of the {@code document} ("bulletin") and nothing: a temporary folder that cannot be written
     * costs the charts, not the document, and the user reads why they are missing.
     */
    public static Optional<ChartFonts> sharedOrWarn(Diagnostics diagnostics, String document) {
        try {
            return Optional.of(shared());
        } catch (IOException e) {
            diagnostics.report(Diagnostic.warning(SourcePosition.UNKNOWN, "the race charts are left out of the "
                    + document + ": " + e.getMessage() + "; give Java a writable temporary folder"
                    + " (JAVA_OPTS=-Djava.io.tmpdir=DIR ./podium …)"));
            return Optional.empty();
        }
    }

    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    /**
     * The bold face at this size. A font made from a file has the plain style whatever its face,
     * so it is marked bold here (the measures are the file's, Java adds no weight of its own to a
     * face that is bold already): a writer that knows only the style (an SVG's font-weight) then
     * says bold too.
     */
    public Font bold(float size) {
        return bold.deriveFont(Font.BOLD, size);
    }

    /** Whether a Java 2D font is this run's bold face (a document picks its own bold font for it). */
    public boolean isBold(Font font) {
        return font.isBold() || font.getFontName(Locale.ROOT).equals(bold.getFontName(Locale.ROOT));
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
