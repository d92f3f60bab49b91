package org.podium.exporters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Note;
import org.podium.model.Person;
import org.podium.report.BulletinStatus;
import org.podium.report.DocumentOptions;

/**
 * Long names stay inside their columns and on the page: every cell wraps within its column when
 * even the smallest size is too wide, and a word longer than its column is broken. Read back with
 * PDFBox, glyph by glyph: none outside the page's margins, none over another. The crews are the
 * 2002 Dakar cars (Wikipedia, CC BY-SA) with their names and teams made long.
 */
class PdfLongTextTest {

    /** A 62-character entrant: an ordinary long team name, no hostile input. */
    static final String LONG_ENTRANT = "Team Nippon Oil Mitsubishi Ralliart – Équipe Officielle Europe";
    /** A name of 60 characters, as some crews' full names are. */
    static final String LONG_NAME = "Kenjiro Shinozuka-Delli-Zotti de Mitsubishi Ralliart Nippon";
    /** About 3 000 characters. */
    static final String THOUSANDS = ("Kenjiro Shinozuka ".repeat(170)).strip();
    /** One word of 320 characters, wider than any column. */
    static final String UNBROKEN = "Fontenay".repeat(40);
    static final String LONG_MAKE = "Mitsubishi" + "Pajero".repeat(20);
    static final String LONG_EVENT = "2002 Arras–Madrid–Dakar Rally ".repeat(12).strip();

    @TempDir
    Path dir;

    @Test
    void longNamesWrapInsideTheirColumnsAndNothingRunsOffThePageOrOverAnotherColumn() throws Exception {
        Path pdf = Bulletins.write(Bulletins.report(longEvent(), options(), List.of(), null),
                dir.resolve("long.pdf"));

        try (PDDocument document = ReadBack.load(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = glyphs(document, page);
                PDRectangle box = document.getPage(page - 1).getMediaBox();
                for (TextPosition glyph : glyphs) {
                    assertThat(glyph.getXDirAdj()).as("page %d: '%s' left of the margin", page, glyph.getUnicode())
                            .isGreaterThanOrEqualTo(40f - 1f);
                    assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
                            .as("page %d: '%s' right of the margin", page, glyph.getUnicode())
                            .isLessThanOrEqualTo(box.getWidth() - 40f + 1f);
                }
                assertNoGlyphOverAnother(page, glyphs);
            }
        }
        String flat = streamText(pdf);
        assertThat(flat).contains(THOUSANDS.replace(" ", ""), UNBROKEN, LONG_MAKE, LONG_ENTRANT.replace(" ", ""));
        // The names that fit still read whole, on one line.
        assertThat(ReadBack.lines(pdf)).anyMatch(line -> line.contains("Hiroshi Masuoka JPN"))
                .anyMatch(line -> line.contains("Jutta Kleinschmidt DEU"));
        // The page frame keeps the event's name to its line, cut with "…".
        assertThat(ReadBack.pages(pdf).get(0).lines().findFirst().orElseThrow())
                .startsWith("2002 Arras–Madrid–Dakar Rally 2002").endsWith("… PROVISIONAL");
    }

    @Test
    void anOrdinaryLongEntrantWrapsInItsColumnRatherThanRunIntoTheTime() throws Exception {
        Event event = Dakar2002Cars.event().withClassifications(Dakar2002Cars.event().classifications());
        Event withTeam = replaceEntries(event, event.entries().collect(entry -> switch (entry.id()) {
            case "cars-201" -> new Entry(entry.id(), entry.categoryId(), entry.number(), entry.crew(),
                    "Mitsubishi Pajero Evolution MPR11 Super Production", LONG_ENTRANT,
                    "T1 Marathon Production Diesel Category");
            case "cars-210" -> new Entry(entry.id(), entry.categoryId(), entry.number(),
                    entry.crew().collect(p -> p.name().startsWith("Kenjiro") ? new Person(LONG_NAME, "JPN") : p),
                    entry.make(), entry.entrant(), null);
            default -> entry;
        }));
        Path pdf = Bulletins.write(Bulletins.report(withTeam, options(), List.of(), "7"), dir.resolve("team.pdf"));

        try (PDDocument document = ReadBack.load(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertNoGlyphOverAnother(page, glyphs(document, page));
            }
        }
        assertThat(streamText(pdf)).contains(LONG_ENTRANT.replace(" ", ""), "T1MarathonProductionDieselCategory",
                LONG_NAME.replace(" ", ""));
        assertThat(ReadBack.lines(pdf)).anyMatch(line -> line.contains("Hiroshi Masuoka JPN"));
    }

    /** Glyphs on one baseline follow each other; a text run into the next column would overlap it. */
    private static void assertNoGlyphOverAnother(int page, List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(g -> g.getUnicode().isBlank() || g.getWidthDirAdj() <= 0f);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        int start = 0;
        while (start < sorted.size()) {
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).getYDirAdj() - sorted.get(start).getYDirAdj() < 1f) {
                end++;
            }
            List<TextPosition> line = new ArrayList<>(sorted.subList(start, end));
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            for (int i = 1; i < line.size(); i++) {
                TextPosition before = line.get(i - 1);
                TextPosition glyph = line.get(i);
                assertThat(glyph.getXDirAdj())
                        .as("page %d: '%s' over '%s'", page, glyph.getUnicode(), before.getUnicode())
                        .isGreaterThanOrEqualTo(before.getXDirAdj() + before.getWidthDirAdj() * 0.5f);
            }
            start = end;
        }
    }

    /**
     * The text in the order it was drawn, without spaces or line breaks: a cell's lines are drawn
     * one after the other, so a wrapped name reads whole, where reading by position would mix in
     * the lines of the cells beside it.
     */
    private static String streamText(Path pdf) throws IOException {
        try (PDDocument document = ReadBack.load(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u200B]", "");
        }
    }

    private static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }

    /** The cars of the article, three of them with long names, a long make, entrant and event name. */
    private static Event longEvent() {
        Event event = Dakar2002Cars.event();
        ImmutableList<Entry> entries = event.entries().collect(entry -> switch (entry.id()) {
            case "cars-201" -> new Entry(entry.id(), "cars", entry.number(), entry.crew(), entry.make(), LONG_ENTRANT,
                    null);
            case "cars-210" -> new Entry(entry.id(), "cars", entry.number(),
                    entry.crew().collect(p -> p.name().startsWith("Kenjiro") ? new Person(THOUSANDS, "JPN") : p),
                    entry.make(), entry.entrant(), null);
            case "cars-207" -> new Entry(entry.id(), "cars", entry.number(),
                    entry.crew().collect(p -> p.name().startsWith("Jean-Pierre")
                            ? new Person("Jean-Pierre " + UNBROKEN, "FRA") : p),
                    LONG_MAKE, "Team" + "Mitsubishi".repeat(15), null);
            default -> entry;
        });
        Event named = new Event(LONG_EVENT, event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), entries,
                event.classifications(), event.penalties(), event.awardedTimes(),
                event.notes().collect(n -> new Note(n.id(), n.categoryId(), n.stageLabel(), n.table(),
                        n.text() + " " + UNBROKEN, n.source())));
        return named;
    }

    private static Event replaceEntries(Event event, ImmutableList<Entry> entries) {
        return new Event(event.name(), event.edition(), event.startDate(), event.finishDate(), event.description(),
                event.source(), event.properties(), event.categories(), event.stages(), entries,
                event.classifications(), event.penalties(), event.awardedTimes(), event.notes());
    }

    private static DocumentOptions options() {
        return DocumentOptions.builder(Bulletins.ISSUED).status(BulletinStatus.PROVISIONAL).bulletin(12)
                .zone(ZoneId.of("Europe/Paris")).language("en").checks(true).build();
    }
}
