package org.podium.charts;

import java.awt.Dimension;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ErrorHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGCSSStyler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGGraphics2DRuntimeException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A chart as an SVG document, in UTF-8: text as text (a reader can select and search it, and a
 * screen reader read it), in Liberation Sans or, where a reader does not have it, Arial, whose
 * letters have the same widths, so that every label keeps the room it was measured for
 * ({@link ChartFonts}); a {@code viewBox}, so that the picture scales to the page; its title as
 * the picture's {@code <title>}.
 *
 * <p>Apache Batik's SVG generator turns JFreeChart's Java 2D drawing into the elements of a DOM
 * (the JDK's own), which the JDK's XML serialiser writes: it escapes every name, and no DOCTYPE
 * is written (Batik's own writer would point at a DTD a parser tries to fetch).
 *
 * <p>The same chart gives the same bytes on every machine and every run: ids are numbered from
 * the picture's own key, which also keeps them apart when several pictures are inlined in one
 * page; Batik's generator comment is left out; numbers are rounded to hundredths of a pixel with
 * a point, never through the machine's locale.
 */
public final class ChartSvg {

    /** The fonts a picture names, first to last, for every text in it. */
    public static final String FONT_FAMILIES = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    /** What a key may be: it is part of every id of a picture, so it is kept to what an id allows anywhere. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private static final String SVG = "http://www.w3.org/2000/svg";

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
        Document document = emptyDocument();
        // An id begins with a letter.
        String idPrefix = "chart-" + key + "-";
        SVGGraphics2D g2 = new FractionalGraphics(new Context(document, idPrefix));
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();

        Element root = g2.getRoot(document.getDocumentElement());
        ownGenericDefinitions(root, idPrefix);
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        Element heading = document.createElementNS(SVG, "title");
        heading.setTextContent(title);
        root.insertBefore(heading, root.getFirstChild());
        keepToXml(root);
        // In a style attribute, as a page's own style sheet would override a presentation attribute
        // where the picture is inlined.
        SVGCSSStyler.style(root);
        return write(document);
    }

    /**
     * Batik's Graphics2D, measuring text as a browser lays it out: with fractional advances, where
     * Java 2D would round each letter's to a whole pixel and every legend be wider than it draws.
     */
    private static final class FractionalGraphics extends SVGGraphics2D {

        FractionalGraphics(SVGGeneratorContext context) {
            // Text as text, not as the outlines of its letters.
            super(context, false);
            measureFractionally();
        }

        private FractionalGraphics(FractionalGraphics original) {
            super(original);
            measureFractionally();
        }

        private void measureFractionally() {
            // The font render context that getStringBounds and line metrics are measured in...
            setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            // ... and the image whose font metrics getFontMetrics gives (JFreeChart's string widths).
            fmg.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }

        @Override
        public java.awt.Graphics create() {
            return new FractionalGraphics(this);
        }
    }

    /**
     * Batik's generator set up to give the same document every time: its ids begin with {@code idPrefix},
     * no comment, numbers with at most two decimals.
     */
    private static final class Context extends SVGGeneratorContext {

        Context(Document document, String idPrefix) {
            super(document);
            setIDGenerator(new SVGIDGenerator() {
                @Override
                public String generateID(String prefix) {
                    return idPrefix + super.generateID(prefix);
                }
            });
            setExtensionHandler(new DefaultExtensionHandler());
            setImageHandler(new ImageHandlerBase64Encoder());
            setStyleHandler(new DefaultStyleHandler());
            // Batik's default handler prints on stderr and goes on: a picture it could not write whole is an error.
            setErrorHandler(new ErrorHandler() {
                @Override
                public void handleError(SVGGraphics2DIOException e) throws SVGGraphics2DIOException {
                    throw e;
                }

                @Override
                public void handleError(SVGGraphics2DRuntimeException e) {
                    throw e;
                }
            });
            // Batik would write "Generated by the Batik Graphics2D SVG Generator" in every picture.
            setComment(null);
            setPrecision(2);
            // Batik's own formats (with a point too, whatever the locale) are shared by every
            // generator in the JVM, and a DecimalFormat is not safe for two threads at once.
            decimalFormat = new Hundredths();
        }
    }

    /**
     * The format Batik's generator writes every number through that is not a whole one (see
     * {@link SVGGeneratorContext#doubleString}): {@link #decimal}'s hundredths, where a
     * DecimalFormat would write a tiny negative number as "-0".
     */
    private static final class Hundredths extends DecimalFormat {

        private static final long serialVersionUID = 1L;

        Hundredths() {
            super("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        }

        @Override
        public StringBuffer format(double number, StringBuffer result, FieldPosition position) {
            return result.append(decimal(number, 2));
        }
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
     * Batik's {@code <defs id="genericDefs">}, the one id it does not take from the generator:
     * left out where it is empty (JFreeChart's drawing needs none), else given the picture's own id.
     */
    private static void ownGenericDefinitions(Element root, String idPrefix) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element defs && "genericDefs".equals(defs.getAttribute("id"))) {
                if (defs.hasChildNodes()) {
                    defs.setAttribute("id", idPrefix + "genericDefs");
                } else {
                    root.removeChild(defs);
                }
                return;
            }
        }
    }

    /** A number as every picture writes it: what Batik's generator makes of it with the settings above. */
    static String number(double value) {
        return new Context(emptyDocument(), "number-").doubleString(value);
    }

    /** A document whose root is an empty {@code svg} element, in the JDK's own DOM. */
    private static Document emptyDocument() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is not available", e);
        }
    }

    /**
     * Names every text with {@link #FONT_FAMILIES}, where Batik writes the Java font's family, and
     * takes out of every text and attribute the characters XML 1.0 cannot hold (U+FFFE, U+FFFF;
     * control characters and lone surrogates, which the import takes out of names, but a report
     * built by a library user may still hold): a name with one still gives a document every
     * reader parses.
     */
    private static void keepToXml(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            node.setNodeValue(xmlCharacters(node.getNodeValue()));
            return;
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                attribute.setValue("font-family".equals(attribute.getName()) ? FONT_FAMILIES
                        : xmlCharacters(attribute.getValue()));
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            keepToXml(child);
        }
    }

    /** The document in UTF-8, with an XML declaration and no DOCTYPE, written by the JDK's serialiser. */
    private static byte[] write(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML serialiser failed on a chart", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** {@code text} without the characters XML 1.0 cannot hold. */
    static String xmlCharacters(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed && kept != null) {
                kept.appendCodePoint(c);
            }
            i = next;
        }
        return kept == null ? text : kept.toString();
    }
}
