package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.importers.wiki.WikiImporter;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportRequest;
import org.podium.testkit.SampleArticles;
import org.podium.testkit.SampleEvents;

/**
 * The race charts of the bundled 2002 Dakar article (Wikipedia, CC BY-SA), read by the wiki
 * importer as a run reads it, and read back from the bulletin with PDFBox: the chart's words are
 * text in the embedded fonts, the crews are the article's, and only what the bulletin asks for is
 * drawn.
 */
class PdfRaceChartsTest {

    private static Event article;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheArticle(@TempDir Path in) throws Exception {
        article = new WikiImporter().read(ImportRequest.of(SampleArticles.dakar2002(in), Diagnostics.collector()));
    }

    @Test
    void theFullBulletinEndsWithTheRaceChartsOfEachCategory() throws Exception {
        List<String> pages = ReadBack.pages(write(DocumentOptions.defaults(Bulletins.ISSUED), null, "full.pdf"));
        int first = firstPageWith(pages, "Race charts\nBikes\n");
        assertThat(first).as("a section of its own, after the classifications").isPositive();
        String charts = String.join("\n", pages.subList(first, pages.size()));

        // Bikes: the final top ten, followed through the general classifications, Meoni leading.
        assertThat(charts).contains("Positions in the general classification of the final top 10",
                "Gap to the leader of the final top 10", "Stage wins by make", "Position", "Stage",
                "Gap to the leader (h:mm)", "Stage wins", "Final");
        assertThat(charts).contains("1. Meoni", "2. Cox", "3. Sainct", "4. de Gavardo", "9. Ullevålseter",
                "10. Marques");
        // The gap axis in h:mm, whatever the machine's locale (the tests run in Turkish, whose decimal comma once showed).
        assertThat(charts).contains("0:00", "0:15", "1:30").doesNotContain("0,5");
        // What the lines cannot show is said: stage 1 was a liaison, the tables give a top three.
        assertThat(charts).contains("No general classification after stage 1.",
                "The source gives only part of some general classifications: a crew is drawn only after the stages"
                        + " where it is listed.",
                "In no general classification the source gives, so without a line: Esteve, Sala, Bernard,"
                        + " Ullevålseter, Marques.");
        // Trucks had no general classification after the liaison and the two cancelled stages.
        assertThat(charts).contains("Trucks", "1. Chagin", "2. Loprais", "No general classification after stages 1, 2, 4.",
                "Kamaz", "Tatra 815", "Mercedes-Benz");
        assertThat(charts).contains("Cars", "1. Masuoka", "2. Kleinschmidt", "3. Shinozuka");
        // The sign-off comes before the charts: they are not part of what the official signs.
        assertThat(String.join("\n", pages.subList(0, first))).contains("Clerk of the course");
    }

    @Test
    void theLeaderIsHighlightedAndEveryChartWordIsInTheEmbeddedLiberationSans() throws Exception {
        Path pdf = write(DocumentOptions.defaults(Bulletins.ISSUED), null, "full.pdf");
        Map<String, String> fonts = fontsOfWords(pdf);
        assertThat(fonts.get("1. Meoni")).as("the leader's name in the legend").contains("LiberationSans-Bold");
        assertThat(fonts.get("2. Cox")).doesNotContain("Bold").contains("LiberationSans");
        assertThat(fonts.values()).allSatisfy(font -> assertThat(font).contains("LiberationSans"));
    }

    @Test
    void noChartsLeavesTheSectionOut() throws Exception {
        Path with = write(DocumentOptions.defaults(Bulletins.ISSUED), null, "with.pdf");
        Path without = write(DocumentOptions.builder(Bulletins.ISSUED).charts(false).build(), null, "without.pdf");
        String text = ReadBack.text(without);
        assertThat(text).doesNotContain("Race charts", "Gap to the leader", "Positions in the general classification",
                "Stage wins by make", "1. Meoni");
        assertThat(ReadBack.pages(without).size()).isLessThan(ReadBack.pages(with).size());
        // The rest of the bulletin is the same.
        assertThat(text).contains("Clerk of the course", "Consistency checks", "Final classification");
    }

    @Test
    void aStageBulletinHasTheGapChartUpToItsStageOnly() throws Exception {
        String text = ReadBack.text(write(DocumentOptions.defaults(Bulletins.ISSUED), "7", "stage7.pdf"));
        int charts = text.indexOf("Race charts\nBikes");
        assertThat(charts).isPositive();
        String section = text.substring(charts);
        // After stage 7 Roma led the bikes, Masuoka the cars: the top three of the general classification then.
        assertThat(section).contains("Gap to the leader of the top 3 after stage 7", "1. Roma", "2. de Gavardo",
                "3. Cox", "1. Masuoka", "2. Shinozuka", "3. De Mévius", "Gap to the leader (h:mm)");
        assertThat(section).doesNotContain("Positions in the general classification", "Stage wins by make", "Final",
                "Meoni");
        // The stage axis runs from the first general classification to stage 7, not beyond.
        assertThat(section.lines()).contains("2 3 4 5 6 7").noneMatch(line -> line.startsWith("2 3 4 5 6 7 8"));
    }

    @Test
    void theChartsSpeakTheBulletinsLanguage() throws Exception {
        String text = ReadBack.text(write(DocumentOptions.builder(Bulletins.ISSUED).language("fr").build(), null,
                "fr.pdf"));
        assertThat(text).contains("Graphiques de la course", "Places au classement général des 10 premiers du"
                + " classement final", "Écart au leader (h:mm)", "Victoires d’étape par marque", "Étape",
                "Pas de classement général à l’issue de l’étape 1.", "1. Meoni");
    }

    @Test
    void theSameReportGivesTheSameBytesUnderAnotherLocaleAndZone() throws Exception {
        DocumentOptions options = DocumentOptions.defaults(Bulletins.ISSUED);
        byte[] here = Files.readAllBytes(write(options, null, "here.pdf"));
        Locale locale = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("th-TH-u-nu-thai"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            byte[] there = Files.readAllBytes(write(options, null, "there.pdf"));
            assertThat(there).isEqualTo(here);
        } finally {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.FORMAT, format);
            TimeZone.setDefault(zone);
        }
    }

    /** The excerpt's general classifications list leaders who did not finish in its final top two. */
    @Test
    void whenNoGeneralClassificationListsTheFinalTopTheChartsSaySo() throws Exception {
        Report report = Bulletins.report(SampleEvents.dakarExcerpt(), DocumentOptions.defaults(Bulletins.ISSUED),
                List.of(), null);
        String text = ReadBack.text(Bulletins.write(report, dir.resolve("excerpt.pdf")));
        String charts = text.substring(text.indexOf("Race charts\nBikes"));
        assertThat(charts).contains("The general classifications the source gives list none of the final top 2:"
                + " their places and gaps cannot be drawn.", "Stage wins by make", "KTM", "Trucks", "Kamaz")
                .doesNotContain("Positions in the general classification", "Gap to the leader");
    }

    /** A top ten that came from far down the field: the chart shows the first 20 places, and says so. */
    @Test
    void placesFarDownTheFieldRunOffTheChartAndTheChartSaysSo() throws Exception {
        Report report = Bulletins.report(SampleEvents.generated(300, 12), DocumentOptions.defaults(Bulletins.ISSUED),
                List.of("bikes"), null);
        String text = ReadBack.text(Bulletins.write(report, dir.resolve("generated.pdf")));
        String charts = text.substring(text.indexOf("Race charts\nBikes"));
        assertThat(charts).contains("Places below 20th are off the chart: a line from further down comes in at its"
                + " foot.");
        // The place axis: 2 to 20 every two places, nothing below.
        assertThat(charts.lines()).contains("20").doesNotContain("22", "30");
    }

    /**
     * Java caches a font's metrics under any equal font: charts measured with fonts of an earlier
     * document must not move the labels of a later one, however many documents the run writes.
     */
    @Test
    void aBulletinWrittenAfterOthersHasTheSameBytes() throws Exception {
        DocumentOptions options = DocumentOptions.defaults(Bulletins.ISSUED);
        byte[] first = Files.readAllBytes(write(options, "7", "first.pdf"));
        write(DocumentOptions.builder(Bulletins.ISSUED).language("fr").build(), null, "between.pdf");
        write(options, "12", "between-12.pdf");
        assertThat(Files.readAllBytes(write(options, "7", "again.pdf"))).isEqualTo(first);
    }

    private Path write(DocumentOptions options, String stage, String name) throws Exception {
        Report report = Bulletins.report(article, options, List.of(), stage);
        return Bulletins.write(report, dir.resolve(name));
    }

    private static int firstPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The font of each piece of text on the first page of the race charts, as PDFBox reads it. */
    private static Map<String, String> fontsOfWords(Path pdf) throws IOException {
        Map<String, String> fonts = new TreeMap<>();
        try (PDDocument document = ReadBack.load(pdf)) {
            List<String> pages = ReadBack.pages(pdf);
            int first = firstPageWith(pages, "Race charts\nBikes\n");
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (!positions.isEmpty()) {
                        fonts.putIfAbsent(text.strip(), positions.get(positions.size() - 1).getFont().getName());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(first + 1);
            stripper.setEndPage(first + 1);
            stripper.getText(document);
        }
        return fonts;
    }
}
