package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.AwardedTime;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.report.BulletinStatus;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.OutputKind;
import org.podium.spi.PluginOptions;
import org.podium.spi.Plugins;
import org.podium.testkit.SampleEvents;

class PdfExporterTest {

    private static final String DE_MEVIUS_PENALTY = "Grégoire De Mévius (BEL), Alain Guehennec (FRA): 0:18:00 for"
            + " failing to complete the liaison section in the allotted time, stage 8 (placed by Podium's checks)";

    @TempDir
    Path dir;

    private int written;

    @Test
    void describesItselfAsTheIntegratorExpects() {
        ExporterDescriptor descriptor = new PdfExporter().descriptor();
        assertThat(descriptor.id()).isEqualTo("pdf");
        assertThat(descriptor.displayName()).isEqualTo("PDF bulletin");
        assertThat(descriptor.extensions()).containsExactly("pdf");
        assertThat(descriptor.mediaType()).isEqualTo("application/pdf");
        assertThat(descriptor.outputKind()).isEqualTo(OutputKind.FILE);
        assertThat(descriptor.options()).singleElement().satisfies(option -> {
            assertThat(option.key()).isEqualTo("paper");
            assertThat(option.defaultValue()).isEqualTo("a4");
            assertThat(option.allowed()).isEqualTo("a4, letter");
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
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("en", BulletinStatus.PROVISIONAL), "cars", "7");
        List<String> lines = ReadBack.lines(pdf);
        assertThat(lines).contains("Classification after Stage 7 — Cars");
        int general = lines.indexOf("General classification after stage 7");
        assertThat(general).isPositive();
        assertThat(lines.get(general + 2)).startsWith("1 201 Hiroshi Masuoka JPN").endsWith("8:03:39");
        assertThat(lines.get(general + 4)).startsWith("2 210 Kenjiro Shinozuka JPN").endsWith("8:07:04 +0:03:25");
        assertThat(lines.get(general + 6)).startsWith("3 Grégoire De Mévius BEL").endsWith("8:07:40 +0:04:01");
        assertThat(ReadBack.text(pdf)).contains("Top 3 only, as the source reports them")
                .doesNotContain("Stage 6", "Stage 8");
    }

    /** Issue 9: a bulletin after stage 7 shows nothing that was known only after stage 8. */
    @Test
    void deMeviussPenaltyPlacedOnStage8IsAbsentAfterStage7AndShownAfterStage8() throws Exception {
        String after7 = flat(write(Dakar2002Cars.event(), stageBulletin("en", BulletinStatus.PROVISIONAL), "cars", "7"));
        assertThat(after7).doesNotContain("0:18:00", "18-minute", "Alain Guehennec (FRA)")
                .contains("Stéphane Peterhansel (FRA), Jean-Paul Cottret (FRA): 0:14:00 for speeding in the liaison"
                        + " section, stage not stated");

        String after8 = flat(write(Dakar2002Cars.event(), stageBulletin("en", BulletinStatus.PROVISIONAL), "cars", "8"));
        assertThat(after8).contains("General classification after stage 8",
                "3 Grégoire De Mévius BEL Nissan 11:02:15 +0:20:55", Dakar2002Cars.DE_MEVIUS_NOTE,
                "Penalties – " + DE_MEVIUS_PENALTY);
        // Under stage 8, where the checks place it; not among those of no stage, before the stage.
        assertThat(after8.indexOf(DE_MEVIUS_PENALTY)).isGreaterThan(after8.indexOf("General classification after stage 8"));
    }

    @Test
    void peterhanselsPenaltyPlacedOnStage6IsAbsentAfterStage5AndShownAfterStage6() throws Exception {
        Event event = Dakar2002Cars.withGeneralAfterStage5();
        String after5 = flat(write(event, stageBulletin("en", BulletinStatus.PROVISIONAL), "cars", "5"));
        assertThat(after5).contains("General classification after stage 5", "3 Stéphane Peterhansel FRA")
                .doesNotContain("0:14:00", Dakar2002Cars.PETERHANSEL_NOTE);
        String after6 = flat(write(event, stageBulletin("en", BulletinStatus.PROVISIONAL), "cars", "6"));
        assertThat(after6).contains("Penalties – Stéphane Peterhansel (FRA), Jean-Paul Cottret (FRA): 0:14:00 for"
                + " speeding in the liaison section, stage 6 (placed by Podium's checks)")
                .doesNotContain("stage not stated");
    }

    @Test
    void theWholeEventListsAnInferredPenaltyUnderItsStageMarkedAsInferred() throws Exception {
        String text = flat(write(Dakar2002Cars.event(), options()));
        int stage8 = text.indexOf("Stage 8 4 Jan 2002");
        int stage9 = text.indexOf("Stage 9 5 Jan 2002");
        int penalty = text.indexOf(DE_MEVIUS_PENALTY);
        assertThat(stage8).isPositive();
        assertThat(penalty).isGreaterThan(stage8).isLessThan(stage9);
        assertThat(text).containsOnlyOnce("0:18:00 for failing");
        assertThat(text).contains("0:14:00 for speeding in the liaison section, stage not stated");
    }

    @Test
    void anAwardedTimePlacedByTheChecksSaysSo() throws Exception {
        Event base = SampleEvents.dakarExcerpt();
        Event placed = new Event(base.name(), base.edition(), base.startDate(), base.finishDate(), base.description(),
                base.source(), base.properties(), base.categories(), base.stages(), base.entries(),
                base.classifications(), base.penalties(),
                Lists.immutable.of(new AwardedTime("trucks", "2", Duration.ofMinutes(50), "n3", true)), base.notes());
        DocumentOptions en = DocumentOptions.builder(Bulletins.ISSUED).checks(false).build();
        assertThat(flat(write(placed, en, "trucks", "2")))
                .contains("Stage 2 was cancelled for Trucks. Every crew was awarded 0:50:00, stage 2 (placed by"
                        + " Podium's checks).")
                .doesNotContain("without stating its stage");
        DocumentOptions fr = DocumentOptions.builder(Bulletins.ISSUED).checks(false).language("fr").build();
        assertThat(flat(write(placed, fr, "trucks", "2")))
                .contains("L’étape 2 a été annulée pour la catégorie Trucks. Chaque équipage s’est vu attribuer"
                        + " 0:50:00, étape 2 (déduite par les contrôles de Podium).");
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
        Event ranked = LargeEvents.withFinalRow(event, "cars-300");
        assertThat(ReadBack.text(write(ranked, options()))).contains("Владимир Чагин", "Γιώργος Παπαδόπουλος", "ГАЗ");
    }

    @ParameterizedTest
    @CsvSource({"محمد بن سليم,U+0645,ARABIC LETTER MEEM", "王海,U+738B,CJK UNIFIED IDEOGRAPHS 738B"})
    void aNameTheFontsCannotPrintIsAnErrorNamingCodePointAndCrew(String name, String codePoint, String unicodeName)
            throws Exception {
        Event event = Dakar2002Cars.event(Lists.immutable.of(
                Dakar2002Cars.entry("cars-299", 299, "Toyota", null, name, "QAT")));
        Path target = dir.resolve("refused.pdf");
        Report report = Report.of(event, options());
        assertThatThrownBy(() -> Bulletins.write(report, target))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(codePoint)
                .hasMessageContaining(unicodeName)
                .hasMessageContaining("crew 299 (" + name + ") in cars");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no target and no temporary are left").isEmpty();
        }
    }

    @Test
    void aNameOutsideTheScopeDoesNotStopTheBulletin() throws Exception {
        Event base = SampleEvents.dakarExcerpt();
        Entry qatari = new Entry("trucks-500", "trucks", 500, Lists.immutable.of(new Person("محمد بن سليم", "QAT")),
                "Kamaz", null, null);
        Event event = new Event(base.name(), base.edition(), base.startDate(), base.finishDate(), base.description(),
                base.source(), base.properties(), base.categories(), base.stages(), base.entries().newWith(qatari),
                base.classifications(), base.penalties(), base.awardedTimes(), base.notes());
        assertThat(ReadBack.text(write(event, options(), "bikes", null))).contains("Cyril Despres");
        assertThatThrownBy(() -> write(event, options(), "trucks", null)).isInstanceOf(ExportException.class)
                .hasMessageContaining("crew 500");
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
        // The final classification ends the results; the race charts follow on pages of their own.
        int charts = pages.size() - 1;
        while (charts > 0 && pages.get(charts - 1).contains("\nRace charts\n")) {
            charts--;
        }
        assertThat(pages.get(charts)).contains("\nRace charts\n");
        assertThat(pages.get(charts - 1)).contains("Final classification — Cars");
    }

    @Test
    void anOfficialBulletinCarriesNoProvisionalMark() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("en", BulletinStatus.OFFICIAL), "cars", "7");
        assertThat(ReadBack.text(pdf)).contains("OFFICIAL").doesNotContain("PROVISIONAL", "UNOFFICIAL");
    }

    @Test
    void frenchLabelsComeFromTheBundle() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("fr", BulletinStatus.OFFICIAL), "cars", "7");
        assertThat(ReadBack.text(pdf)).contains("Classement à l’issue de l’étape 7 — Cars", "OFFICIEL",
                "Classement général à l’issue de l’étape 7", "Équipage", "Écart", "page 1 sur 2", "page 2 sur 2",
                "Graphiques de la course", "Écart au leader des 3 premiers à l’issue de l’étape 7",
                "Écart au leader (h:mm)", "Étape\n",
                "Publié le 3 janv. 2002 20:15 UTC", "Itinéraire", "Étape Date Départ Arrivée km Cars",
                "Pos. N° Équipage Marque Concurrent Temps Écart", "Pénalités",
                "Le directeur de course")
                .doesNotContain("Classification", "Crew", "Penalties", "Itinerary", "Clerk of the course");
    }

    @Test
    void aFrenchWholeEventBulletinSpeaksFrenchFromItineraryToFinal() throws Exception {
        DocumentOptions fr = DocumentOptions.builder(Bulletins.ISSUED).language("fr").status(BulletinStatus.FINAL)
                .checks(false).build();
        String text = flat(write(Dakar2002Cars.event(), fr));
        assertThat(text).contains("DÉFINITIF", "Classements des étapes et classements généraux — Cars",
                "Liaison seule", "L’étape 1 n’était qu’une liaison pour la catégorie Cars",
                "Classement de l’étape 8", "Classement final — Cars", "Seuls les 3 premiers",
                "* Temps calculé par Podium",
                "Grégoire De Mévius (BEL), Alain Guehennec (FRA) : 0:18:00 pour failing to complete the liaison"
                        + " section in the allotted time, étape 8 (déduite par les contrôles de Podium)",
                "Stéphane Peterhansel (FRA), Jean-Paul Cottret (FRA) : 0:14:00 pour speeding in the liaison section,"
                        + " étape non précisée",
                "Approuvé par le collège des commissaires sportifs");
    }

    @Test
    void metadataNamesTheBulletin() throws Exception {
        Path pdf = write(Dakar2002Cars.event(), stageBulletin("en", BulletinStatus.PROVISIONAL), "cars", "7");
        try (PDDocument document = ReadBack.load(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("2002 Arras–Madrid–Dakar Rally — Classification after Stage 7");
            assertThat(info.getSubject()).isEqualTo("Classification after Stage 7 — Cars, provisional bulletin");
            assertThat(info.getAuthor()).isEqualTo("Podium results service");
            // The version comes from the jar's manifest; classes outside a jar say "unknown".
            assertThat(info.getCreator()).isEqualTo("Podium PDF bulletin " + Plugins.version(new PdfExporter()))
                    .isEqualTo("Podium PDF bulletin unknown");
            assertThat(info.getKeywords()).contains("Cars", "Stage 7", "provisional", "Bulletin 12");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Bulletins.ISSUED.toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Bulletins.ISSUED.toInstant());
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
            assertThat(top).containsExactly("Itinerary", "Bikes", "Trucks", "Race charts");
            assertThat(bikes).containsExactly("Stage 1", "Stage 2", "Stage 3", "Stage 10", "Final classification");
        }
    }

    @Test
    void sameIssueTimeGivesIdenticalBytesAnotherDoesNot() throws Exception {
        Path first = write(Dakar2002Cars.event(), options());
        Path second = write(Dakar2002Cars.event(), options());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        DocumentOptions later = DocumentOptions.builder(Bulletins.ISSUED.plusHours(1)).bulletin(12)
                .zone(ZoneId.of("Europe/Paris")).checks(false).build();
        assertThat(Files.readAllBytes(write(Dakar2002Cars.event(), later))).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void differentScopesAndPapersGetDifferentFileIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Path pdf : List.of(write(Dakar2002Cars.event(), options()),
                write(Dakar2002Cars.event(), options(), "cars", "7"),
                write(Dakar2002Cars.event(), options(), "cars", "8"),
                Bulletins.write(Report.of(Dakar2002Cars.event(), options()), dir.resolve("letter-id.pdf"),
                        Map.of("paper", "letter")))) {
            try (PDDocument document = ReadBack.load(pdf)) {
                ids.add(document.getDocument().getDocumentID().toString());
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    /**
     * A short table is not cut, and what follows it (its legend, the stage's penalties) never opens
     * a page on its own: under the next page's running title it would seem to belong to another stage.
     */
    @Test
    void aTablesLegendAndTheStagesPenaltiesStayWithIt() throws Exception {
        List<String> pages = ReadBack.pages(write(LargeEvents.manyStages(16), options()));
        assertThat(pages).hasSizeGreaterThan(5);
        for (String page : pages.subList(1, pages.size())) {
            List<String> lines = page.lines().toList();
            int control = 0;
            while (!lines.get(control).contains("Issued ")) {
                control++;
            }
            // A page opens with a heading: a stage's, a table's, the category's, the final standings' or a chart's.
            assertThat(lines.get(control + 1)).as(page)
                    .matches("Cars|Stage \\d+|Stage \\d+ classification|General classification after stage \\d+"
                            + "|Final classification|Race charts|Positions in the general classification .*"
                            + "|Gap to the leader .*|Stage wins by make");
        }
        String text = flat(write(LargeEvents.manyStages(16), options()));
        for (int s = 3; s <= 16; s += 3) {
            assertThat(text).contains("Driver Number3 (FRA), Navigator Number3 (BEL): " + Bulletins.clock(s)
                    + " for a penalty reason");
        }
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
    void aRetiredCrewSaysSoWhereItsTimeWouldBe() throws Exception {
        String text = ReadBack.text(write(SampleEvents.dakarExcerpt(), options()));
        assertThat(text).contains("Cyril Despres FRA KTM Retired").doesNotContain("Classified");
    }

    @Test
    void aLiaisonOrCancelledStageSaysSoInsteadOfAnEmptyTable() throws Exception {
        assertThat(ReadBack.text(write(Dakar2002Cars.event(), stageBulletin("en", BulletinStatus.PROVISIONAL),
                "cars", "1")))
                .contains("Stage 1 was a liaison only for Cars: no timed special, no classification.")
                .doesNotContain("Pos.");
        DocumentOptions trucks = DocumentOptions.builder(Bulletins.ISSUED).zone(ZoneId.of("UTC")).checks(false).build();
        assertThat(ReadBack.text(write(SampleEvents.dakarExcerpt(), trucks, "trucks", "2")))
                .contains("Stage 2 was cancelled for Trucks. The source gives an awarded time of 0:50:00 without"
                        + " stating its stage.");
    }

    @Test
    void notesAndPenaltiesStandBesideTheirCategory() throws Exception {
        String text = ReadBack.text(write(Dakar2002Cars.event(), stageBulletin("en", BulletinStatus.PROVISIONAL),
                "cars", "7"));
        assertThat(text).contains("Peterhansel had a 14-minute penalty added to his time",
                "Stéphane Peterhansel (FRA), Jean-Paul Cottret (FRA): 0:14:00 for speeding in the liaison section,"
                        + " stage not stated");
    }

    @Test
    void letterPaperIsUsLetterPortrait() throws Exception {
        Report report = Report.of(Dakar2002Cars.event(), options());
        Path pdf = Bulletins.write(report, dir.resolve("letter.pdf"), Map.of("paper", "LETTER"));
        try (PDDocument document = ReadBack.load(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
        try (PDDocument document = ReadBack.load(write(Dakar2002Cars.event(), options()))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
        }
    }

    /** The host refuses a bad paper before any work, with what is allowed; the exporter never sees it. */
    @Test
    void aWrongPaperIsRefusedByTheOptionWithWhatToUse() {
        assertThatThrownBy(() -> PluginOptions.parse(new PdfExporter().descriptor().options(), Map.of("paper", "a3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a3'").hasMessageContaining("paper").hasMessageContaining("a4, letter");
    }

    @Test
    void aLongClassificationRepeatsItsHeaderAndKeepsRowsWhole() throws Exception {
        Event large = LargeEvents.cars(400);
        Path pdf = write(large, stageBulletin("en", BulletinStatus.PROVISIONAL), "cars", "1");
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

    private static DocumentOptions options() {
        return DocumentOptions.builder(Bulletins.ISSUED).status(BulletinStatus.PROVISIONAL).bulletin(12)
                .zone(ZoneId.of("Europe/Paris")).language("en").checks(false).build();
    }

    private static DocumentOptions stageBulletin(String language, BulletinStatus status) {
        return DocumentOptions.builder(Bulletins.ISSUED).status(status).bulletin(12).zone(ZoneId.of("UTC"))
                .language(language).checks(false).build();
    }

    /** The whole event, every category. */
    private Path write(Event event, DocumentOptions options) throws Exception {
        return write(event, options, null, null);
    }

    /** One category (null: all) as of one stage (null: the whole event). */
    private Path write(Event event, DocumentOptions options, String category, String stage) throws Exception {
        Report report = Bulletins.report(event, options, category == null ? List.of() : List.of(category), stage);
        return Bulletins.write(report, dir.resolve("bulletin-" + (++written) + ".pdf"));
    }

    /** The text as one line: a list item or sentence wrapped over lines reads back whole. */
    private static String flat(Path pdf) throws Exception {
        return ReadBack.text(pdf).replaceAll("\\s+", " ");
    }
}
