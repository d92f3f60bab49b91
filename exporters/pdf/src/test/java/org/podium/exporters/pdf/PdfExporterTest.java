package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.Event;
import org.podium.spi.BulletinStatus;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.OutputKind;
import org.podium.testkit.SampleEvents;

class PdfExporterTest {

    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2002-01-03T20:15:00Z");

    @TempDir
    Path dir;

    @Test
    void describesItselfAsTheIntegratorExpects() {
        FormatDescriptor descriptor = new PdfExporter().descriptor();
        assertThat(descriptor.id()).isEqualTo("pdf");
        assertThat(descriptor.displayName()).isEqualTo("PDF bulletin");
        assertThat(descriptor.version()).isEqualTo("0.1.0");
        assertThat(descriptor.extensions()).containsExactly("pdf");
        assertThat(descriptor.mediaType()).isEqualTo("application/pdf");
        assertThat(descriptor.outputKind()).isEqualTo(OutputKind.FILE);
        assertThat(descriptor.options()).singleElement().satisfies(option -> {
            assertThat(option.key()).isEqualTo("paper");
            assertThat(option.defaultValue()).isEqualTo("a4");
        });
    }

    @Test
    void finalStandingsRowReadsWithItsTime() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), options());
        assertThat(ReadBack.lines(pdf))
                .anySatisfy(line -> assertThat(line).matches("1 201 Hiroshi Masuoka JPN Mitsubishi .*46:11:30\\s*"))
                .anySatisfy(line -> assertThat(line).contains("Jutta Kleinschmidt DEU").contains("46:33:31*")
                        .endsWith("+0:22:01"));
    }

    @Test
    void carsBulletinAfterStage7IsLedByMasuoka() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("7", "en", BulletinStatus.PROVISIONAL));
        List<String> lines = ReadBack.lines(pdf);
        assertThat(lines).contains("Classification after Stage 7 — Cars");
        int general = lines.indexOf("General classification after stage 7");
        assertThat(general).isPositive();
        assertThat(lines.get(general + 2)).startsWith("1 201 Hiroshi Masuoka JPN").endsWith("8:03:39");
        assertThat(lines.get(general + 4)).startsWith("2 210 Kenjiro Shinozuka JPN").endsWith("8:07:04 +0:03:25");
        assertThat(lines.get(general + 6)).startsWith("3 Grégoire De Mévius BEL").endsWith("8:07:40 +0:04:01");
        assertThat(ReadBack.text(pdf)).contains("Top 3 only, as the source reports them")
                .doesNotContain("Stage 6");
    }

    @Test
    void namesExtractWholeAsTheSourceSpellsThem() throws Exception {
        String cars = ReadBack.text(write(Dakar2002Cars.event(), options()));
        assertThat(cars).contains("Grégoire De Mévius", "Stéphane Peterhansel", "Jean-Pierre Fontenay",
                "Mitsubishi Galp TMN Chesterfield Team");
        String sample = ReadBack.text(write(SampleEvents.dakarExcerpt(), options()));
        assertThat(sample).contains("Tomáš Tomeček", "Pål Anders Ullevålseter", "André de Azevedo",
                "Jaromír Martinec", "Châteauroux");
    }

    @Test
    void greekAndCyrillicNamesPrint() throws Exception {
        Event event = Dakar2002Cars.event(Lists.immutable.of(
                Dakar2002Cars.entry("cars-300", 300, "ГАЗ", null, "Владимир Чагин", "RUS", "Γιώργος Παπαδόπουλος", "GRE")));
        Path pdf = write(event, options());
        assertThat(ReadBack.text(pdf)).doesNotContain("Владимир Чагин");
        Event ranked = withFinalRowFor(event, "cars-300");
        assertThat(ReadBack.text(write(ranked, options()))).contains("Владимир Чагин", "Γιώργος Παπαδόπουλος", "ГАЗ");
    }

    @ParameterizedTest
    @CsvSource({"محمد بن سليم,U+0645,ARABIC LETTER MEEM", "王海,U+738B,CJK UNIFIED IDEOGRAPHS 738B"})
    void aNameTheFontsCannotPrintIsAnErrorNamingCodePointAndCrew(String name, String codePoint, String unicodeName) {
        Event event = Dakar2002Cars.event(Lists.immutable.of(
                Dakar2002Cars.entry("cars-299", 299, "Toyota", null, name, "QAT")));
        Path target = dir.resolve("refused.pdf");
        assertThatThrownBy(() -> new PdfExporter().write(event, request(target, options())))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(codePoint)
                .hasMessageContaining(unicodeName)
                .hasMessageContaining("crew 299 (" + name + ") in cars");
        assertThat(target).doesNotExist();
    }

    @Test
    void fontsAreEmbeddedSubsetsOfLiberationSans() throws Exception {
        Path pdf = write(SampleEvents.dakarExcerpt(), options());
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = ReadBack.load(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans(-Bold)?");
                assertThat(font.getSubType()).isEqualTo("Type0");
            });
        }
    }

    @Test
    void everyPageSaysPageNOfMAndCarriesTheHeader() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), options());
        List<String> pages = ReadBack.pages(pdf);
        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i))
                    .contains("page " + (i + 1) + " of " + pages.size())
                    .contains("2002 Arras–Madrid–Dakar Rally")
                    .contains("PROVISIONAL")
                    .contains("Bulletin 12")
                    .contains("Issued 3 Jan 2002 21:15 Europe/Paris (UTC+01:00)");
        }
        assertThat(pages.get(pages.size() - 1)).contains("Final classification — Cars");
    }

    @Test
    void anOfficialBulletinCarriesNoProvisionalMark() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("7", "en", BulletinStatus.OFFICIAL));
        assertThat(ReadBack.text(pdf)).contains("OFFICIAL").doesNotContain("PROVISIONAL", "UNOFFICIAL");
    }

    @Test
    void frenchLabelsComeFromTheBundle() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("7", "fr", BulletinStatus.OFFICIAL));
        assertThat(ReadBack.text(pdf)).contains("Classement à l’issue de l’étape 7 — Cars", "OFFICIEL",
                "Classement général à l’issue de l’étape 7", "Équipage", "Écart", "page 1 sur 1",
                "Publié le 3 janv. 2002 20:15 UTC");
    }

    @Test
    void metadataNamesTheBulletin() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("7", "en", BulletinStatus.PROVISIONAL));
        try (PDDocument document = ReadBack.load(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("2002 Arras–Madrid–Dakar Rally — Classification after Stage 7");
            assertThat(info.getSubject()).isEqualTo("Classification after Stage 7 — Cars, provisional bulletin");
            assertThat(info.getAuthor()).isEqualTo("Podium results service");
            assertThat(info.getCreator()).isEqualTo("Podium PDF bulletin 0.1.0");
            assertThat(info.getKeywords()).contains("Cars", "Stage 7", "provisional", "Bulletin 12");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(ISSUED.toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(ISSUED.toInstant());
        }
    }

    @Test
    void bookmarksLeadToEachCategoryAndStage() throws Exception {
        Path pdf = write(SampleEvents.dakarExcerpt(), options());
        try (PDDocument document = ReadBack.load(pdf)) {
            List<String> top = new ArrayList<>();
            List<String> bikes = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Bikes")) {
                    item.children().forEach(child -> bikes.add(child.getTitle()));
                }
            }
            assertThat(top).containsExactly("Itinerary", "Bikes", "Trucks");
            assertThat(bikes).containsExactly("Stage 1", "Stage 2", "Stage 3", "Stage 10", "Final classification");
        }
    }

    @Test
    void sameIssueTimeGivesIdenticalBytesAnotherDoesNot() throws Exception {
        Path first = write(Dakar2002Cars.event(), options());
        Path second = write(Dakar2002Cars.event(), options());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        ExportOptions later = new ExportOptions(Lists.immutable.empty(), null, BulletinStatus.PROVISIONAL, 12,
                ISSUED.plusHours(1), ZoneId.of("Europe/Paris"), "en", false);
        assertThat(Files.readAllBytes(write(Dakar2002Cars.event(), later))).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void tiesDerivedTimesAndTopNSayWhatTheyAre() throws Exception {
        String text = ReadBack.text(write(SampleEvents.dakarExcerpt(), options()));
        assertThat(text).contains("1= Cyril Despres FRA KTM 0:32:38", "1= Nani Roma ESP KTM 0:32:38",
                "Crews on equal time share a position, marked 1=.",
                "54:12:21*", "* Time derived by Podium: the winner's time plus the reported gap.",
                "Top 2 only, as the source reports them");
    }

    @Test
    void aLiaisonOrCancelledStageSaysSoInsteadOfAnEmptyTable() throws Exception {
        assertThat(ReadBack.text(write(Dakar2002Cars.event(), stageBulletin("1", "en", BulletinStatus.PROVISIONAL))))
                .contains("Stage 1 was a liaison only for Cars: no timed special, no classification.")
                .doesNotContain("Pos.");
        ExportOptions trucks = new ExportOptions(Lists.immutable.of("trucks"), "2", BulletinStatus.PROVISIONAL, null,
                ISSUED, ZoneId.of("UTC"), "en", false);
        assertThat(ReadBack.text(write(SampleEvents.dakarExcerpt(), trucks)))
                .contains("Stage 2 was cancelled for Trucks. The source gives an awarded time of 0:50:00 without"
                        + " stating its stage.");
    }

    @Test
    void notesAndPenaltiesStandBesideTheirCategory() throws Exception {
        String text = ReadBack.text(write(Dakar2002Cars.event(), stageBulletin("7", "en", BulletinStatus.PROVISIONAL)));
        assertThat(text).contains("Peterhansel had a 14-minute penalty added to his time",
                "Stéphane Peterhansel (FRA), Jean-Paul Cottret (FRA): 0:14:00 for speeding in the liaison section,"
                        + " stage not stated");
    }

    @Test
    void letterPaperIsUsLetterPortrait() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        new PdfExporter().write(Dakar2002Cars.event(), new ExportRequest(pdf, options(),
                Maps.immutable.of("paper", "LETTER"), Diagnostics.collector()));
        try (PDDocument document = ReadBack.load(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
        try (PDDocument document = ReadBack.load(write(Dakar2002Cars.event(), options()))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
        }
    }

    @Test
    void wrongOptionsAreErrorsThatSayWhatToUse() {
        assertThatThrownBy(() -> new PdfExporter().write(Dakar2002Cars.event(), new ExportRequest(dir.resolve("a.pdf"),
                options(), Maps.immutable.of("paper", "a3"), Diagnostics.collector())))
                .isInstanceOf(ExportException.class).hasMessageContaining("a4 or letter");
        assertThatThrownBy(() -> write(Dakar2002Cars.event(), stageBulletin("99", "en", BulletinStatus.OFFICIAL)))
                .isInstanceOf(ExportException.class).hasMessageContaining("no stage '99'").hasMessageContaining("1, 2, 3");
        ExportOptions german = new ExportOptions(Lists.immutable.empty(), null, BulletinStatus.OFFICIAL, null, ISSUED,
                ZoneId.of("UTC"), "de", false);
        assertThatThrownBy(() -> write(Dakar2002Cars.event(), german))
                .isInstanceOf(ExportException.class).hasMessageContaining("use en or fr");
    }

    @Test
    void aLongClassificationRepeatsItsHeaderAndKeepsRowsWhole() throws Exception {
        Event large = LargeEvents.cars(400);
        Path pdf = write(large, stageBulletin("1", "en", BulletinStatus.PROVISIONAL));
        List<String> pages = ReadBack.pages(pdf);
        assertThat(pages).hasSizeGreaterThan(5);
        Pattern header = Pattern.compile("(?m)^Pos\\. No\\. Crew Make Time Gap$");
        for (String page : pages.subList(1, pages.size() - 1)) {
            assertThat(header.matcher(page).find()).as(page).isTrue();
        }
        String text = String.join("\n", pages);
        for (int i = 1; i <= 400; i++) {
            assertThat(text).contains("Driver Number" + i + " FRA");
            assertThat(text).contains("Navigator Number" + i + " BEL");
        }
        // A row split across pages would leave its driver at the foot of one page, its navigator atop the next.
        for (String page : pages) {
            List<String> lines = List.of(page.split("\n"));
            int firstNavigator = -1;
            int firstDriver = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (firstNavigator < 0 && lines.get(i).startsWith("Navigator ")) {
                    firstNavigator = i;
                }
                if (firstDriver < 0 && lines.get(i).contains("Driver ")) {
                    firstDriver = i;
                }
            }
            if (firstNavigator >= 0) {
                assertThat(firstDriver).isLessThan(firstNavigator);
            }
        }
    }

    private Event withFinalRowFor(Event event, String entryId) {
        return LargeEvents.withFinalRow(event, entryId);
    }

    private ExportOptions options() {
        return new ExportOptions(Lists.immutable.empty(), null, BulletinStatus.PROVISIONAL, 12, ISSUED,
                ZoneId.of("Europe/Paris"), "en", false);
    }

    private ExportOptions stageBulletin(String stage, String language, BulletinStatus status) {
        return new ExportOptions(Lists.immutable.of("cars"), stage, status, 12, ISSUED, ZoneId.of("UTC"), language,
                false);
    }

    private int written;

    private Path write(Event event, ExportOptions options) throws IOException, ExportException {
        Path target = dir.resolve("bulletin-" + (++written) + ".pdf");
        new PdfExporter().write(event, request(target, options));
        return target;
    }

    private static ExportRequest request(Path target, ExportOptions options) {
        ImmutableMap<String, String> none = Maps.immutable.empty();
        return new ExportRequest(target, options, none, Diagnostics.collector());
    }
}
