package org.podium.importers.wiki.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.podium.importers.wiki.html.HtmlPages.rowsStarting;
import static org.podium.importers.wiki.html.HtmlPages.texts;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** The 2008 Malaysian motorcycle Grand Prix as Wikipedia rendered it: three classes, positions in {@code <th>}. */
class MotoGp2008HtmlTest {

    private static final String PAGE = "2008-malaysian-motorcycle-grand-prix.html";
    private static WikiDocument document;
    private static Diagnostics.Collector diagnostics;

    @BeforeAll
    static void read() throws Exception {
        diagnostics = Diagnostics.collector();
        document = HtmlPages.read(PAGE, diagnostics);
    }

    @Test
    void readsTheInfoboxWithEachClassesEntriesApart() {
        assertThat(document.title()).isEqualTo("2008 Malaysian Grand Prix");
        assertThat(document.properties().collect(p -> tuple(p.key(), p.value()))).contains(
                tuple("Date", "19 October 2008"),
                tuple("Location", "Sepang International Circuit"),
                tuple("Course", "Permanent racing facility 5.548 km (3.447 mi)"),
                tuple("MotoGP › Pole position › Rider", "Dani Pedrosa"),
                tuple("MotoGP › Pole position › Time", "2:01.548"),
                tuple("MotoGP › Podium › First", "Valentino Rossi"),
                tuple("250 cc › Podium › First", "Álvaro Bautista"),
                tuple("125 cc › Fastest lap › Rider", "Sandro Cortese"));
        assertThat(document.prose().getOnly()).startsWith("The 2008 Malaysian motorcycle Grand Prix was the"
                + " penultimate round of the 2008 MotoGP Championship.");
    }

    @Test
    void findsTheThreeClassificationsAndSkipsTheSuccessionBox() {
        assertThat(document.grids().collect(g -> tuple(g.sectionPath().makeString(" › "), g.rows().size())))
                .containsExactly(tuple("MotoGP classification", 19), tuple("250cc classification", 22),
                        tuple("125cc classification", 35));
        assertThat(document.grids().collect(Grid::describeHeaders)).containsOnly(
                "Pos | No | Rider | Manufacturer | Laps | Time | Grid | Points");
        assertThat(diagnostics.all().collect(Diagnostic::describe)).containsExactly(PAGE
                + ":985:1: info: this table is a succession box (previous and next events), not results; skipped");
    }

    @Test
    void readsTheMotoGpClassification() {
        Grid motoGp = document.grids().get(0);
        Grid.GridRow rossi = motoGp.rows().getFirst();
        assertThat(texts(rossi)).containsExactly("1", "46", "Valentino Rossi", "Yamaha", "21", "43:06.007", "2", "25");
        assertThat(rossi.cell(0).header()).as("Pos is a <th> cell").isTrue();
        assertThat(rossi.cell(1).header()).isFalse();
        assertThat(rossi.cell(2).lines()).containsExactly(new Cell.Line("Italy", "Valentino Rossi"));
        assertThat(rossi.position().describe()).isEqualTo(PAGE + ":193:1");
        assertThat(rossi.cell(5).position().describe()).isEqualTo(PAGE + ":199:1");
        assertThat(texts(motoGp.rows().get(1))).containsExactly("2", "2", "Dani Pedrosa", "Honda", "21", "+4.008", "1",
                "20");
        assertThat(motoGp.rows().get(1).cell(2).lines().getOnly().nation()).isEqualTo("Spain");
        assertThat(texts(motoGp.rows().get(16))).containsExactly("17", "9", "Nobuatsu Aoki", "Suzuki", "21",
                "+1:48.363", "18", "");
        assertThat(rowsStarting(motoGp, "Ret").collect(HtmlPages::texts)).containsExactly(
                Lists.immutable.of("Ret", "48", "Jorge Lorenzo", "Yamaha", "12",
                        "Accident", "3", ""),
                Lists.immutable.of("Ret", "52", "James Toseland", "Yamaha", "2",
                        "Accident", "12", ""));
        assertThat(rowsStarting(motoGp, "Ret").getLast().cell(2).lines().getOnly().nation())
                .isEqualTo("United Kingdom");
        assertThat(motoGp.rows().allSatisfy(r -> r.cell(0).header())).isTrue();
    }

    @Test
    void readsThe250ccClassification() {
        Grid quarterLitre = document.grids().get(1);
        assertThat(texts(quarterLitre.rows().getFirst())).containsExactly("1", "19", "Álvaro Bautista", "Aprilia",
                "20", "42:56.428", "2", "25");
        assertThat(rowsStarting(quarterLitre, "Ret")).hasSize(4);
        assertThat(texts(quarterLitre.rows().getLast())).containsExactly("Ret", "55", "Héctor Faubel", "Aprilia", "4",
                "Accident", "10", "");
        assertThat(rowsStarting(quarterLitre, "Ret").collect(r -> r.cell(5).text())).contains("Retirement");
    }

    @Test
    void reads125ccWithRetirementsNonStartersAndANonQualifier() {
        Grid lightweight = document.grids().get(2);
        assertThat(texts(lightweight.rows().getFirst())).containsExactly("1", "1", "Gábor Talmácsi", "Aprilia", "19",
                "43:00.716", "2", "25");
        assertThat(lightweight.rows().getFirst().cell(2).lines().getOnly().nation()).isEqualTo("Hungary");
        assertThat(texts(lightweight.rows().get(21))).containsExactly("22", "95", "Robert Muresan", "Aprilia", "18",
                "+1 Lap", "31", "");
        assertThat(rowsStarting(lightweight, "Ret")).hasSize(10);
        assertThat(rowsStarting(lightweight, "DNS").collect(r -> tuple(r.cell(2).text(), r.cell(4).text(),
                r.cell(5).text(), r.cell(6).text())))
                .containsExactly(tuple("Efren Vazquez", "", "Not started", "16"),
                        tuple("Cyril Carrillo", "", "Not started", "26"));
        Grid.GridRow marquez = rowsStarting(lightweight, "DNQ").getOnly();
        assertThat(texts(marquez)).containsExactly("DNQ", "93", "Marc Márquez", "KTM", "", "", "", "");
        assertThat(marquez.cells().collect(Cell::span)).containsOnly(Cell.Span.OWN);
    }
}
