package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Event;
import org.podium.spi.BulletinStatus;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;

/** The consistency appendix as PDFBox reads it back: what it says, where it stands, and when it is absent. */
class ChecksAppendixTest {

    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2002-01-03T20:15:00Z");
    private static final String EXPLAINED = "In the general classification after stage 2 (Cars), Hiroshi Masuoka has"
            + " 3:18:00 where the previous general time and the stage time give 3:00:00; the 18-minute penalty"
            + " accounts for the difference, and places it on stage 2.";

    @TempDir
    Path dir;

    private int written;

    @Test
    void theLastPagesListTheContradictionAndTheExplainedDifferenceWithItsNote() throws Exception {
        List<String> pages = ReadBack.pages(write(CheckedEvents.event(), options(null, "en", true)));
        int first = firstAppendixPage(pages, "Consistency checks");
        assertThat(first).as("appendix page").isPositive();
        assertThat(pages.get(first - 1)).as("the sign-off precedes the appendix").contains("Clerk of the course");
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
    void theAppendixHasItsBookmarkWithOneForEachKindOfFinding() throws Exception {
        try (PDDocument document = ReadBack.load(write(CheckedEvents.event(), options(null, "en", true)))) {
            List<String> top = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Consistency checks")) {
                    item.children().forEach(child -> sections.add(child.getTitle()));
                }
            }
            assertThat(top).containsExactly("Itinerary", "Cars", "Consistency checks");
            assertThat(sections).containsExactly("Contradictions", "Explained by the notes");
        }
    }

    @Test
    void whatATopThreeCannotShowIsListedAsNotVerifiable() throws Exception {
        List<String> pages = ReadBack.pages(write(Dakar2002Cars.event(), options(null, "en", true)));
        int first = firstAppendixPage(pages, "Consistency checks");
        assertThat(flat(pages.subList(first, pages.size()))).contains("Not verifiable from the source",
                "The 14-minute penalty of Stéphane Peterhansel could not be placed on a stage",
                "Note: Peterhansel had a 14-minute penalty added to his time");
    }

    @Test
    void withoutChecksThereIsNoAppendix() throws Exception {
        Path pdf = write(CheckedEvents.event(), options(null, "en", false));
        assertThat(flat(ReadBack.pages(pdf))).doesNotContain("Consistency checks", CheckedEvents.CONTRADICTION,
                "In the source:");
        try (PDDocument document = ReadBack.load(pdf)) {
            List<String> top = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> top.add(item.getTitle()));
            assertThat(top).containsExactly("Itinerary", "Cars");
        }
    }

    @Test
    void frenchLabelsAroundTheSourcesSentences() throws Exception {
        List<String> pages = ReadBack.pages(write(CheckedEvents.event(), options(null, "fr", true)));
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
        String stage1 = flat(ReadBack.pages(write(CheckedEvents.event(), options("1", "en", true))));
        assertThat(stage1).contains("Consistency checks",
                "The source's numbers agree with each other wherever they can be compared.")
                .doesNotContain(CheckedEvents.CONTRADICTION, "Contradictions");
        String stage2 = flat(ReadBack.pages(write(CheckedEvents.event(), options("2", "en", true))));
        assertThat(stage2).contains(CheckedEvents.CONTRADICTION, EXPLAINED);
    }

    @Test
    void findingsOfCategoriesLeftOutAreLeftOut() throws Exception {
        ExportOptions trucksOnly = new ExportOptions(Lists.immutable.of("trucks"), null, BulletinStatus.PROVISIONAL,
                null, ISSUED, ZoneId.of("UTC"), "en", true);
        assertThat(flat(ReadBack.pages(write(CheckedEvents.event(), trucksOnly))))
                .contains("Consistency checks").doesNotContain(CheckedEvents.CONTRADICTION);
    }

    @Test
    void manyFindingsRunOverPagesWholeUnderARepeatedHeader() throws Exception {
        int crews = 120;
        List<String> pages = ReadBack.pages(write(CheckedEvents.wrongGaps(crews), options(null, "en", true)));
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
        Path first = write(CheckedEvents.event(), options(null, "en", true));
        Path second = write(CheckedEvents.event(), options(null, "en", true));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        Path without = write(CheckedEvents.event(), options(null, "en", false));
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

    private static ExportOptions options(String stage, String language, boolean checks) {
        return new ExportOptions(Lists.immutable.empty(), stage, BulletinStatus.PROVISIONAL, 3, ISSUED,
                ZoneId.of("UTC"), language, checks);
    }

    private Path write(Event event, ExportOptions options) throws IOException, ExportException {
        Path target = dir.resolve("checked-" + (++written) + ".pdf");
        new PdfExporter().write(event, new ExportRequest(target, options, Maps.immutable.empty(), Diagnostics.collector()));
        return target;
    }
}
