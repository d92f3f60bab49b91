package org.podium.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Classification;
import org.podium.model.ClassificationKind;
import org.podium.model.ClassificationRow;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.ResultStatus;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportRequest;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The race charts of the bundled 2002 Dakar article as SVG pictures beside its Markdown document,
 * written through the host's SafeExport as a run writes them: the links read back with
 * commonmark-java, the pictures with the JDK's XML parser.
 */
class MarkdownRaceChartsTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final List<String> WHOLE_EVENT = List.of("dakar-bikes-positions.svg", "dakar-bikes-gaps.svg",
            "dakar-bikes-wins.svg", "dakar-cars-positions.svg", "dakar-cars-gaps.svg", "dakar-cars-wins.svg",
            "dakar-trucks-positions.svg", "dakar-trucks-gaps.svg", "dakar-trucks-wins.svg");

    @TempDir
    Path dir;

    @Test
    void eachCategorysThreeChartsAreLinkedFromTheirSectionAndWrittenBesideTheDocument() throws Exception {
        DocumentOptions options = Written.options().checks(true).charts(true).build();
        String markdown = Written.read(write(report(options, null), "dakar.md"));

        List<Image> images = images(markdown);
        assertThat(images).extracting(Image::getDestination).containsExactlyElementsOf(WHOLE_EVENT);
        assertThat(images).extracting(MarkdownRaceChartsTest::alt).startsWith(
                "Positions in the general classification of the final top 10", "Gap to the leader of the final top 10",
                "Stage wins by make");
        assertThat(files()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of("dakar.md"), WHOLE_EVENT.stream()).toList());
        // After the categories, before the checks, as in the PDF bulletin.
        ParsedDocument document = new ParsedDocument(markdown);
        assertThat(document.headings(2)).endsWith("Trucks", "Race charts", "Consistency checks");
        assertThat(document.textUnder("Race charts", "Bikes")).contains(
                "Positions in the general classification of the final top 10\n",
                "No general classification after stage 1.\n",
                "In no general classification the source gives, so without a line: Esteve, Sala, Bernard,"
                        + " Ullevålseter, Marques.\n");
        assertThat(document.textUnder("Race charts", "Trucks")).contains("No general classification after stages 1, 2, 4.");
    }

    @Test
    void thePicturesShowTheArticlesLeadersTheGapsInHoursAndMinutesAndKtmsStageWins() throws Exception {
        write(report(Written.options().charts(true).build(), null), "dakar.md");

        assertThat(texts("dakar-bikes-positions.svg")).contains("1. Meoni", "2. Cox", "3. Sainct", "Final");
        assertThat(texts("dakar-cars-positions.svg")).contains("1. Masuoka", "2. Kleinschmidt", "3. Shinozuka");
        assertThat(texts("dakar-trucks-positions.svg")).contains("1. Chagin", "2. Loprais");
        assertThat(texts("dakar-bikes-gaps.svg")).contains("0:00", "0:15", "Gap to the leader (h:mm)");
        assertThat(titles("dakar-bikes-gaps.svg")).containsExactly("Bikes: Gap to the leader of the final top 10");
        // The article's stage results, counted here: every bike stage from 2 to 16 was won on a KTM.
        long ktmWins = stageWinsOf(Written.dakar2002(), "bikes", "KTM");
        assertThat(ktmWins).isEqualTo(15);
        assertThat(texts("dakar-bikes-wins.svg")).contains("KTM", Long.toString(ktmWins));
        assertThat(texts("dakar-trucks-wins.svg")).contains("Kamaz", "7", "Tatra 815");
    }

    @Test
    void theSameReportGivesTheSamePicturesOnEveryRunAndUnderAnotherLocale() throws Exception {
        Report report = report(Written.options().charts(true).build(), null);
        List<byte[]> first = pictures(write(report, "first/dakar.md"));
        assertThat(pictures(write(report, "second/dakar.md"))).containsExactlyElementsOf(first);
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (String tag : List.of("fr-FR", "de-DE")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(pictures(write(report, tag + "/dakar.md"))).as("written where the locale is " + tag)
                        .containsExactlyElementsOf(first);
            }
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }

    @Test
    void withoutChartsThereIsNoSectionAndNothingBesideTheDocument() throws Exception {
        String markdown = Written.read(write(report(Written.options().charts(false).build(), null), "dakar.md"));

        assertThat(images(markdown)).isEmpty();
        assertThat(new ParsedDocument(markdown).headings(2)).doesNotContain("Race charts");
        assertThat(files()).containsExactly("dakar.md");
    }

    @Test
    void aBulletinAfterStage7HasOnlyTheGapsUpToItsStage() throws Exception {
        String markdown = Written.read(write(report(Written.options().charts(true).build(), "7"), "dakar.md"));

        assertThat(images(markdown)).extracting(Image::getDestination)
                .containsExactly("dakar-bikes-gaps.svg", "dakar-cars-gaps.svg", "dakar-trucks-gaps.svg");
        assertThat(new ParsedDocument(markdown).textUnder("Race charts", "Bikes"))
                .startsWith("Gap to the leader of the top 3 after stage 7\n");
        // The stage axis ends at stage 7; the leader then was Roma.
        assertThat(texts("dakar-bikes-gaps.svg")).contains("1. Roma", "7").doesNotContain("8", "Meoni");
    }

    @Test
    void aHostThatGivesNoCompanionsGetsTheDocumentWithoutCharts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().write(report(Written.options().charts(true).build(), null),
                ExportRequest.toStream(out).build());
        String markdown = out.toString(StandardCharsets.UTF_8);

        assertThat(images(markdown)).isEmpty();
        assertThat(markdown).doesNotContain("Race charts", ".svg");
    }

    @Test
    void theLinksArePercentEncodedWhateverTheDocumentIsCalled() throws Exception {
        String markdown = Written.read(write(report(Written.options().charts(true).build(), "7"), "Dakar 2002 (é).md"));

        String link = images(markdown).get(0).getDestination();
        assertThat(link).isEqualTo("Dakar%202002%20%28%C3%A9%29-bikes-gaps.svg");
        assertThat(dir.resolve(URLDecoder.decode(link, StandardCharsets.UTF_8))).isRegularFile();
    }

    @Test
    void theChartsSpeakTheDocumentsLanguage() throws Exception {
        String markdown = Written.read(write(report(Written.options().language("fr").charts(true).build(), null),
                "dakar.md"));

        assertThat(new ParsedDocument(markdown).headings(2)).contains("Graphiques de la course");
        assertThat(images(markdown)).extracting(MarkdownRaceChartsTest::alt)
                .contains("Places au classement général des 10 premiers du classement final");
        assertThat(titles("dakar-bikes-wins.svg")).containsExactly("Bikes : Victoires d’étape par marque");
        assertThat(texts("dakar-bikes-gaps.svg")).contains("Écart au leader (h:mm)", "Étape");
    }

    private Path write(Report report, String name) throws Exception {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        return Written.file(report, target.getParent(), target.getFileName().toString(), Diagnostics.collector());
    }

    private static Report report(DocumentOptions options, String stage) throws Exception {
        return Written.report(Written.dakar2002(), options, List.of(), stage);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** The bytes of the pictures beside a document, in name order. */
    private static List<byte[]> pictures(Path document) throws Exception {
        try (Stream<Path> files = Files.list(document.getParent())) {
            List<byte[]> pictures = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".svg")).sorted().toList()) {
                pictures.add(Files.readAllBytes(file));
            }
            assertThat(pictures).hasSize(9);
            return pictures;
        }
    }

    /** The images of a document as GitHub reads it. */
    private static List<Image> images(String markdown) {
        List<Image> images = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        return images;
    }

    private static String alt(Image image) {
        return ParsedDocument.text(image);
    }

    private List<String> texts(String picture) throws Exception {
        return elementTexts(picture, "text");
    }

    private List<String> titles(String picture) throws Exception {
        return elementTexts(picture, "title");
    }

    /** The text of each element of a picture, read with the JDK's XML parser. */
    private List<String> elementTexts(String picture, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg;
        try (InputStream in = Files.newInputStream(dir.resolve(picture))) {
            svg = factory.newDocumentBuilder().parse(in);
        }
        NodeList nodes = svg.getElementsByTagNameNS(SVG, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The stage wins of a make in a category, counted from the event's stage results. */
    private static long stageWinsOf(Event event, String category, String make) {
        long wins = 0;
        for (Classification stage : event.classificationsOf(category)) {
            if (stage.kind() != ClassificationKind.STAGE) {
                continue;
            }
            for (ClassificationRow row : stage.rows()) {
                Entry entry = event.entriesById().get(row.entryId());
                if (row.status() == ResultStatus.CLASSIFIED && Integer.valueOf(1).equals(row.position())
                        && entry != null && make.equals(entry.make())) {
                    wins++;
                }
            }
        }
        return wins;
    }
}
