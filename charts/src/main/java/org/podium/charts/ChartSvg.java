package org.podium.charts;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * A chart as an SVG document, in UTF-8: text as text (a reader can select and search it, and a
 * screen reader read it), in Liberation Sans or, where a reader does not have it, Arial, whose
 * letters have the same widths, so that every label keeps the room it was measured for
 * ({@link ChartFonts}); a {@code viewBox}, so that the picture scales to the page; its title as
 * the picture's {@code <title>}.
 *
 * <p>The same chart gives the same bytes on every machine and every run. JFreeSVG, which writes
 * the document from JFreeChart's Java 2D drawing, would otherwise begin its internal ids (the
 * clip paths') with the clock's nanoseconds; here they begin with the picture's own key, which
 * also keeps them apart when several pictures are inlined in one page. Numbers are written here,
 * rounded to hundredths of a pixel (a ten-thousandth in a transformation), never through the
 * machine's locale.
 */
public final class ChartSvg {

    /**
     * The fonts a picture names, first to last. In double quotes: JFreeSVG puts the list inside a
     * {@code style} attribute that it quotes with single ones.
     */
    public static final String FONT_FAMILIES = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    /** What a key may be: it is part of every id of a picture, so it is kept to what an id allows anywhere. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private ChartSvg() {
    }

    /**
     * The SVG document of {@code chart} drawn at {@code width} × {@code height} pixels.
     *
     * @param title what the picture shows, in words (its heading in the document)
     * @param key   unique to this picture among those a page may show (what its file's name ends
     *              with, say): lower-case letters, digits, '-' and '.', beginning with a letter or
     *              a digit; its ids are {@code chart-KEY-…}
     * @throws IllegalArgumentException when the key is not one
     */
    public static byte[] svg(JFreeChart chart, int width, int height, String title, String key) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(title, "title");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a picture's key is lower-case letters, digits, '-' and '.',"
                    + " beginning with a letter or a digit: " + key);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // An id begins with a letter.
        g2.setDefsKeyPrefix("chart-" + key + "-");
        g2.setGeomDoubleConverter(value -> decimal(value, 2));
        g2.setTransformDoubleConverter(value -> decimal(value, 4));
        g2.setFontFunction(family -> FONT_FAMILIES);
        // Written where it is set: the first child of the picture after its definitions.
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        String element = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xmlCharacters(element) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A number with at most {@code places} decimals, a point for the decimal separator, no exponent. */
    static String decimal(double value, int places) {
        if (!Double.isFinite(value)) {
            // Never drawn by a chart; written as Java writes it rather than fail the document.
            return Double.toString(value);
        }
        // BigDecimal has no negative zero: -0.001 rounds to "0", not "-0".
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * The document without the characters XML 1.0 cannot hold (U+FFFE, U+FFFF; control characters
     * and lone surrogates, which the import takes out of names, but a report built by a library
     * user may still hold): a name with one still gives a document every reader parses.
     */
    static String xmlCharacters(String document) {
        StringBuilder kept = null;
        for (int i = 0; i < document.length(); ) {
            int c = document.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed && kept == null) {
                kept = new StringBuilder(document.length()).append(document, 0, i);
            }
            if (allowed && kept != null) {
                kept.appendCodePoint(c);
            }
            i = next;
        }
        return kept == null ? document : kept.toString();
    }
}
