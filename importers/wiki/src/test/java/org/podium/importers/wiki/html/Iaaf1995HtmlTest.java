package org.podium.importers.wiki.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.podium.importers.wiki.html.HtmlPages.rowsStarting;
import static org.podium.importers.wiki.html.HtmlPages.texts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.spi.Diagnostics;
import org.podium.spi.Severity;

/** The 1995 IAAF World Half Marathon Championships as rendered: medal images, sort keys, teams of three. */
class Iaaf1995HtmlTest {

    private static final String PAGE = "1995-iaaf-world-half-marathon-championships.html";
    private static WikiDocument document;
    private static Diagnostics.Collector diagnostics;

    @BeforeAll
    static void read() throws Exception {
        diagnostics = Diagnostics.collector();
        document = HtmlPages.read(PAGE, diagnostics);
    }

    @Test
    void readsTheTitleRowOfTheInfobox() {
        assertThat(document.title()).isEqualTo("1995 IAAF World Half Marathon Championships");
        assertThat(document.properties().collect(p -> tuple(p.key(), p.value()))).contains(
                tuple("Caption", "1995 IAAF World Half Marathon Championships"),
                tuple("Date", "October 1"),
                tuple("Location", "Montbéliard to Belfort, Franche-Comté, France"),
                tuple("Athletes participating", "243"));
        assertThat(diagnostics.has(Severity.WARNING)).isFalse();
    }

    @Test
    void findsTheMedalSummaryAndFourResultsTables() {
        assertThat(document.grids().collect(g -> tuple(g.sectionPath().makeString(" › "), g.describeHeaders(),
                g.rows().size()))).containsExactly(
                        tuple("Medallists", "Event | Gold | Gold | Silver | Silver | Bronze | Bronze", 6),
                        tuple("Race Results › Men's", "Rank | Athlete | Nationality | Time | Notes", 147),
                        tuple("Race Results › Women's", "Rank | Athlete | Nationality | Time | Notes", 96),
                        tuple("Team Results › Men's", "Rank | Country | Team | Time", 32),
                        tuple("Team Results › Women's", "Rank | Country | Team | Time", 20));
    }

    @Test
    void keepsTheMedalSummarysSectionRowsAsRowsOfCopies() {
        Grid medals = document.grids().getFirst();
        Grid.GridRow individual = medals.rows().getFirst();
        assertThat(individual.cells().collect(Cell::text).distinct()).containsExactly("Individual");
        assertThat(individual.cells().collect(Cell::span).subList(1, 7)).containsOnly(Cell.Span.FROM_LEFT);
        assertThat(texts(medals.rows().get(1))).containsExactly("Men", "KEN Moses Tanui", "1:01:45", "KEN Paul Yego",
                "1:01:46", "KEN Charles Tangus", "1:01:50");
        assertThat(texts(medals.rows().get(3)).distinct()).containsExactly("Team");
    }

    @Test
    void readsTheMensRaceWithMedalImagesAsRanksAndDnfRows() {
        Grid men = document.grids().get(1);
        Grid.GridRow tanui = men.rows().getFirst();
        assertThat(texts(tanui)).as("the hidden sort key '1 !' is dropped, the medal's alt '1' kept")
                .containsExactly("1", "Moses Tanui", "Kenya", "1:01:45", "");
        assertThat(tanui.cell(2).lines()).containsExactly(new Cell.Line("Kenya", "Kenya"));
        assertThat(texts(men.rows().get(2))).containsExactly("3", "Charles Tangus", "Kenya", "1:01:50", "");
        assertThat(texts(men.rows().get(139))).containsExactly("140", "Edouard Exant", "Haiti", "1:28:36", "");
        assertThat(rowsStarting(men, "—")).hasSize(7);
        assertThat(rowsStarting(men, "—").collect(r -> r.cell(3).text())).containsOnly("DNF");
        assertThat(texts(rowsStarting(men, "—").getFirst()))
                .containsExactly("—", "Kamal Kohil", "Algeria", "DNF", "");
    }

    @Test
    void readsTheWomensRace() {
        Grid women = document.grids().get(2);
        assertThat(texts(women.rows().getFirst())).containsExactly("1", "Valentina Yegorova", "Russia", "1:09:58", "");
        assertThat(women.rows().getFirst().cell(2).lines().getOnly().nation()).isEqualTo("Russia");
        assertThat(rowsStarting(women, "—")).hasSize(8);
        assertThat(women.rows().size() - rowsStarting(women, "—").size()).isEqualTo(88);
    }

    @Test
    void readsTeamsOfThreeRunnersAsLines() {
        Grid men = document.grids().get(3);
        Grid.GridRow kenya = men.rows().getFirst();
        assertThat(texts(kenya)).containsExactly("1", "Kenya", "Moses Tanui Paul Yego Charles Tangus", "3:05:21");
        assertThat(kenya.cell(2).lines()).containsExactly(new Cell.Line(null, "Moses Tanui"),
                new Cell.Line(null, "Paul Yego"), new Cell.Line(null, "Charles Tangus"));
        assertThat(rowsStarting(men, "—")).hasSize(3);
        assertThat(rowsStarting(men, "—").collect(r -> r.cell(3).text())).containsOnly("DNF");

        Grid women = document.grids().get(4);
        assertThat(women.rows().getFirst().cell(2).lines().collect(Cell.Line::text))
                .containsExactly("Cristina Pomacu", "Anuţa Cătună", "Elena Fidatof");
        assertThat(texts(women.rows().getFirst())).containsExactly("1", "Romania",
                "Cristina Pomacu Anuţa Cătună Elena Fidatof", "3:31:29");
    }
}
