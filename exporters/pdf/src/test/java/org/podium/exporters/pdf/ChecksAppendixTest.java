package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.report.BulletinStatus;
import org.podium.report.DocumentOptions;
import org.podium.testkit.SampleEvents;

/** The consistency appendix as PDFBox reads it back: what it says, where it stands, and when it is absent. */
class ChecksAppendixTest {

    private static final String EXPLAINED = "In the general classification after stage 2 (Cars), Hiroshi Masuoka has"
            + " 3:18:00 where the previous general time and the stage time give 3:00:00; the 18-minute penalty"
            + " accounts for the difference, and places it on stage 2.";

    @TempDir
    Path dir;

    private int written;

    @Test
    void theLastPagesListTheContradictionAndTheExplainedDifferenceWithItsNote() throws Exception {
        List<String> pages = ReadBack.pages(write(CheckedEvents.event(), options("en", true), null));
        int first = firstAppendixPage(pages, "Consistency checks");
        assertThat(first).as("appendix page").isPositive();
        // The sign-off, then the race charts, then the appendix: neither is part of what the official signs.
        int charts = firstAppendixPage(pages, "Race charts");
        assertThat(charts).as("race charts page").isPositive().isLessThan(first);
        assertThat(pages.get(charts - 1)).as("the sign-off precedes the charts").contains("Clerk of the course");
        String appendix = flat(pages.subList(first, pages.size()));
        assertThat(appendix)
                .contains("Podium recomputed every time, gap and position that the source's own numbers allow:"
                        + " 1 contradiction, 1 difference explained by the source's notes,")
                .contains("Contradictions Category Stage Table Expected Found Cars 2 Stage result 0:04:42 0:04:12 "
                        + CheckedEvents.CONTRADICTION + " In the source: checked.txt:21:1, checked.txt:20:1")
                .contains("Explained by the notes", EXPLAINED + " Note: " + CheckedEvents.PENALTY_NOTE,
                        "Cars 2 General 3:00:00 3:18:00");
        assertThat(appendix.indexOf("Contradictions")).isLessThan(appendix.indexOf("Explained by the notes"));
        assertThat(pages.get(first)).contains("page " + (first + 1) + " of " + pages.size());
    }

    @Test
    void thePenaltyTheChecksPlaceIsListedUnderItsStageMarkedAsInferred() throws Exception {
        String body = flat(ReadBack.pages(write(CheckedEvents.event(), options("en", true), null)));
        String penalty = "Hiroshi Masuoka (JPN): 0:18:00 for missing a passage control, stage 2 (placed by Podium's"
                + " checks)";
        assertThat(body).containsOnlyOnce(penalty);
        assertThat(body.indexOf(penalty)).isGreaterThan(body.indexOf("General classification after stage 2"))
                .isLessThan(body.indexOf("Consistency checks"));
    }

    @Test
    void theAppendixHasItsBookmarkWithOneForEachKindOfFinding() throws Exception {
        try (PDDocument document = ReadBack.load(write(CheckedEvents.event(), options("en", true), null))) {
            List<String> top = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Consistency checks")) {
                    item.children().forEach(child -> sections.add(child.getTitle()));
                }
            }
            assertThat(top).containsExactly("Itinerary", "Cars", "Race charts", "Consistency checks");
            assertThat(sections).containsExactly("Contradictions", "Explained by the notes");
        }
    }

    @Test
    void whatATopThreeCannotShowIsListedAsNotVerifiable() throws Exception {
        List<String> pages = ReadBack.pages(write(Dakar2002Cars.event(), options("en", true), null));
        int first = firstAppendixPage(pages, "Consistency checks");
        assertThat(flat(pages.subList(first, pages.size()))).contains("Not verifiable from the source",
                "The 14-minute penalty of Stéphane Peterhansel could not be placed on a stage",
                "Note: " + Dakar2002Cars.PETERHANSEL_NOTE,
                "the 18-minute penalty accounts for the difference, and places it on stage 8.",
                "Note: " + Dakar2002Cars.DE_MEVIUS_NOTE);
    }

    @Test
    void withoutChecksThereIsNoAppendix() throws Exception {
        Path pdf = write(CheckedEvents.event(), options("en", false), null);
        assertThat(flat(ReadBack.pages(pdf))).doesNotContain("Consistency checks", CheckedEvents.CONTRADICTION,
                "In the source:");
        try (PDDocument document = ReadBack.load(pdf)) {
            List<String> top = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> top.add(item.getTitle()));
            assertThat(top).containsExactly("Itinerary", "Cars", "Race charts");
        }
    }

    @Test
    void frenchLabelsAroundTheSourcesSentences() throws Exception {
        List<String> pages = ReadBack.pages(write(CheckedEvents.event(), options("fr", true), null));
        int first = firstAppendixPage(pages, "Contrôles de cohérence");
        assertThat(first).isPositive();
        assertThat(flat(pages.subList(first, pages.size())))
                .contains("1 contradiction, 1 écart expliqué par les notes de la source",
                        "Catégorie Étape Tableau Attendu Publié Cars 2 Classement d’étape 0:04:42 0:04:12",
                        "Écarts expliqués par les notes", CheckedEvents.CONTRADICTION,
                        "Note : " + CheckedEvents.PENALTY_NOTE, "Dans la source : checked.txt:21:1");
    }

    @Test
    void aStageBulletinShowsOnlyThatStagesFindings() throws Exception {
        String stage1 = flat(ReadBack.pages(write(CheckedEvents.event(), options("en", true), "1")));
        assertThat(stage1).contains("Consistency checks",
                "The source's numbers agree with each other wherever they can be compared.")
                .doesNotContain(CheckedEvents.CONTRADICTION, "Contradictions", "0:18:00");
        String stage2 = flat(ReadBack.pages(write(CheckedEvents.event(), options("en", true), "2")));
        assertThat(stage2).contains(CheckedEvents.CONTRADICTION, EXPLAINED);
    }

    @Test
    void findingsOfCategoriesLeftOutAreLeftOut() throws Exception {
        Event twoCategories = SampleEvents.dakarExcerpt();
        String bikes = flat(ReadBack.pages(Bulletins.write(Bulletins.report(twoCategories, options("en", true),
                List.of("bikes"), null), dir.resolve("bikes.pdf"))));
        String trucks = flat(ReadBack.pages(Bulletins.write(Bulletins.report(twoCategories, options("en", true),
                List.of("trucks"), null), dir.resolve("trucks.pdf"))));
        assertThat(bikes).contains("Consistency checks", "(Bikes)").doesNotContain("(Trucks)");
        assertThat(trucks).contains("Consistency checks").doesNotContain("(Bikes)", "Despres");
    }

    @Test
    void manyFindingsRunOverPagesWholeUnderARepeatedHeader() throws Exception {
        int crews = 120;
        List<String> pages = ReadBack.pages(write(CheckedEvents.wrongGaps(crews), options("en", true), null));
        int first = firstAppendixPage(pages, "Consistency checks");
        assertThat(pages.size() - first).isGreaterThan(2);
        for (String page : pages.subList(first, pages.size())) {
            assertThat(page).contains("Category Stage Table Expected Found");
        }
        String appendix = flat(pages.subList(first, pages.size()));
        for (int i = 2; i <= crews; i++) {
            assertThat(appendix).contains("In the result of stage 1 (Cars), Driver Number" + i + " is given a gap of ");
        }
        // A finding cut at a page end would leave its sentence without its source line on one page.
        for (String page : pages.subList(first, pages.size())) {
            String flat = flat(List.of(page));
            int sentences = flat.split("In the result of stage 1", -1).length - 1;
            int sources = flat.split("In the source: ", -1).length - 1;
            assertThat(sources).as(page).isEqualTo(sentences);
        }
    }

    @Test
    void sameOptionsGiveIdenticalBytesWithChecks() throws Exception {
        Path first = write(CheckedEvents.event(), options("en", true), null);
        Path second = write(CheckedEvents.event(), options("en", true), null);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        Path without = write(CheckedEvents.event(), options("en", false), null);
        assertThat(Files.readAllBytes(without)).isNotEqualTo(Files.readAllBytes(first));
    }

    /** The index of the page whose running title is the appendix's, or -1. */
    private static int firstAppendixPage(List<String> pages, String title) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(title::equals)) {
                return i;
            }
        }
        return -1;
    }

    /** Pages as one line: a sentence wrapped in its cell reads back whole. */
    private static String flat(List<String> pages) {
        return String.join(" ", pages).replaceAll("\\s+", " ");
    }

    private static DocumentOptions options(String language, boolean checks) {
        return DocumentOptions.builder(Bulletins.ISSUED).status(BulletinStatus.PROVISIONAL).bulletin(3)
                .zone(ZoneId.of("UTC")).language(language).checks(checks).build();
    }

    private Path write(Event event, DocumentOptions options, String stage) throws Exception {
        return Bulletins.write(Bulletins.report(event, options, List.of(), stage),
                dir.resolve("checked-" + (++written) + ".pdf"));
    }
}
