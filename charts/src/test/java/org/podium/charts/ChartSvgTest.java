package org.podium.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.podium.model.Category;
import org.podium.model.ClassificationKind;
import org.podium.report.RaceCharts.CategoryCharts;
import org.podium.report.RaceCharts.ChartCrew;
import org.podium.report.RaceCharts.MakeWins;
import org.podium.report.RaceCharts.Reference;
import org.podium.report.RaceCharts.StagePoint;
import org.podium.report.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The charts as SVG documents, read back with the JDK's own XML parser: text as text in the
 * Liberation Sans stack, a title and a viewBox, the same bytes on every run and under every
 * default locale, and names that would be markup escaped.
 */
class ChartSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void theBikesPositionsOfTheArticleAreTextInTheLiberationStackWithATitleAndAViewBox() throws Exception {
        Report report = Article.report("en", null);
        byte[] bikesPositions = ChartSvg.svg(pictures(report).positions(Article.charts(report, "bikes")), 720, 360,
                "Bikes: positions", "bikes-positions");
        Document svg = parse(bikesPositions);
        Element root = svg.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getAttribute("width")).isEqualTo("720");
        assertThat(root.getAttribute("height")).isEqualTo("360");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 360");
        assertThat(texts(svg, "title")).containsExactly("Bikes: positions");
        assertThat(texts(svg, "text")).contains("1. Meoni", "2. Cox", "10. Marques", "Position", "Stage", "Final");
        List<Element> texts = elements(svg, "text");
        assertThat(texts).allSatisfy(text -> assertThat(property(text, "font-family"))
                .isEqualTo("\"Liberation Sans\", Arial, Helvetica, sans-serif"));
        // The leader's name is bold in the legend, as in the PDF; the others are not.
        Element leader = text(texts, "1. Meoni");
        assertThat(property(leader, "font-weight")).isEqualTo("bold");
        assertThat(property(leader, "font-size")).isEqualTo("12px");
        assertThat(property(text(texts, "2. Cox"), "font-weight")).isEqualTo("normal");
        // The ids are the picture's own: two pictures in one page never share one.
        assertThat(elements(svg, "clipPath")).isNotEmpty();
        List<Element> withIds = elements(svg, "*").stream().filter(element -> element.hasAttribute("id")).toList();
        assertThat(withIds).allSatisfy(element -> assertThat(element.getAttribute("id"))
                .startsWith("chart-bikes-positions-"));
        // Nothing of the generator's own: no comment, no element outside SVG's namespace.
        assertThat(new String(bikesPositions, StandardCharsets.UTF_8)).doesNotContain("<!--");
        assertThat(elements(svg, "*")).hasSize(svg.getElementsByTagName("*").getLength());
    }

    @Test
    void theGapsAreInHoursAndMinutesAndTheWinsCountKtmsFifteenStages() throws Exception {
        Report report = Article.report("en", null);
        RaceChartPictures pictures = pictures(report);
        Document gaps = parse(ChartSvg.svg(pictures.gaps(Article.charts(report, "bikes")), 720, 320, "gaps", "g"));
        Document wins = parse(ChartSvg.svg(pictures.wins(Article.charts(report, "bikes")), 720, 96, "wins", "w"));

        assertThat(texts(gaps, "text")).contains("0:00", "0:15", "1:30", "Gap to the leader (h:mm)");
        // Every stage from 2 to 16 was won on a KTM.
        assertThat(texts(wins, "text")).contains("KTM", "15", "Stage wins");
    }

    @Test
    void theSameChartGivesTheSameBytesOnEveryRunAndUnderEveryDefaultLocale() throws Exception {
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.ROOT);
            byte[] expected = gapsOfTheCars();
            assertThat(gapsOfTheCars()).as("a second run").isEqualTo(expected);
            // Decimals with a point, as attributes, where a French or German machine would write a comma.
            assertThat(new String(expected, StandardCharsets.UTF_8)).containsPattern("=\"\\d+\\.\\d+\"");
            for (String tag : List.of("fr-FR", "de-DE", "tr-TR", "ar-EG", "th-TH-u-nu-thai")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(gapsOfTheCars()).as("written where the locale is " + tag).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }

    @Test
    void namesThatWouldBeMarkupAreEscapedAndTheDocumentParses() throws Exception {
        Category category = new Category("bikes", "Bikes", Lists.immutable.empty());
        ChartCrew hostile = crew(1, "<script>&\"'");
        // U+FFFF cannot be in an XML document at all: it is left out, not the whole picture.
        ChartCrew nonCharacter = crew(2, "Ab\uFFFFc");
        // Written in UTF-8, a letter beyond the Basic Multilingual Plane too (U+1D518).
        ChartCrew beyondAscii = crew(3, "Ülle \uD835\uDD18");
        CategoryCharts charts = new CategoryCharts(category, Lists.immutable.of(new StagePoint("1", 1, true, true)),
                new Reference(ClassificationKind.GENERAL, "1", true), Lists.immutable.of(hostile, nonCharacter, beyondAscii),
                Lists.immutable.of(new MakeWins("</text><x>", 1, Lists.immutable.of("1"))));
        Report report = Article.report("en", null);
        byte[] gaps = ChartSvg.svg(pictures(report).gaps(charts), 720, 320, "<title> & \"more\"", "bikes-gaps");
        byte[] wins = ChartSvg.svg(pictures(report).wins(charts), 720, 96, "wins", "bikes-wins");

        // Quotes need no escaping in text, and the JDK's serialiser leaves them.
        assertThat(new String(gaps, StandardCharsets.UTF_8)).contains("1. &lt;script&gt;&amp;\"'")
                .doesNotContain("<script>");
        Document read = parse(gaps);
        assertThat(texts(read, "text")).contains("1. <script>&\"'", "2. Abc", "3. Ülle \uD835\uDD18");
        assertThat(texts(read, "title")).containsExactly("<title> & \"more\"");
        assertThat(texts(parse(wins), "text")).contains("</text><x>");
        // UTF-8, as declared; the JDK's serialiser writes a letter beyond the Basic Multilingual
        // Plane as a character reference, which the parse above read back as the letter.
        assertThat(new String(gaps, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .contains("3. Ülle &#120088;");
        assertThat(gaps).containsSequence("Ülle".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersAreWrittenWithAPointAndNoExponent() {
        assertThat(ChartSvg.decimal(1234.5678, 2)).isEqualTo("1234.57");
        assertThat(ChartSvg.decimal(-0.001, 2)).isEqualTo("0");
        assertThat(ChartSvg.decimal(6.123233995736766E-17, 4)).isEqualTo("0");
        assertThat(ChartSvg.decimal(1e21, 2)).isEqualTo("1000000000000000000000");
        assertThat(ChartSvg.decimal(12, 2)).isEqualTo("12");
        // As Batik's generator writes them in a picture: through decimal, whole numbers as integers.
        assertThat(ChartSvg.number(1234.5678)).isEqualTo("1234.57");
        assertThat(ChartSvg.number(-0.001)).isEqualTo("0");
        assertThat(ChartSvg.number(6.123233995736766E-17)).isEqualTo("0");
        assertThat(ChartSvg.number(12345678.9)).isEqualTo("12345678.9");
        assertThat(ChartSvg.number(0.5)).isEqualTo("0.5");
        assertThat(ChartSvg.number(-12)).isEqualTo("-12");
    }

    @Test
    void aKeyThatCouldNotBeAnIdIsRefused() throws Exception {
        Report report = Article.report("en", null);
        var chart = pictures(report).wins(Article.charts(report, "cars"));
        assertThatThrownBy(() -> ChartSvg.svg(chart, 720, 96, "wins", "Cars wins")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("Cars wins");
    }

    private static byte[] gapsOfTheCars() throws Exception {
        Report report = Article.report("en", null);
        return ChartSvg.svg(pictures(report).gaps(Article.charts(report, "cars")), 720, 320, "Cars: gaps", "cars-gaps");
    }

    private static RaceChartPictures pictures(Report report) throws Exception {
        return new RaceChartPictures(ChartFonts.shared(), report.labels(), ChartSizes.SCREEN);
    }

    private static ChartCrew crew(int position, String label) {
        return new ChartCrew("entry-" + position, position, label, label, "KTM", position, Lists.immutable.of(position),
                Lists.immutable.of(Duration.ofMinutes(position - 1)), null, null);
    }

    /** Parsed as any reader parses it: namespaces on, no external entity or DTD fetched. */
    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<String> texts(Document svg, String name) {
        return elements(svg, name).stream().map(Element::getTextContent).toList();
    }

    private static Element text(List<Element> texts, String content) {
        return texts.stream().filter(text -> text.getTextContent().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no text " + content));
    }

    /**
     * The value of a style property as a reader applies it to {@code element}: from its own
     * {@code style} attribute or, where that does not set it, the nearest ancestor's.
     */
    private static String property(Element element, String name) {
        for (Node node = element; node instanceof Element styled; node = node.getParentNode()) {
            for (String declaration : styled.getAttribute("style").split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && declaration.substring(0, colon).trim().equals(name)) {
                    return declaration.substring(colon + 1).trim();
                }
            }
        }
        throw new AssertionError("no " + name + " for " + element.getTextContent());
    }
}
