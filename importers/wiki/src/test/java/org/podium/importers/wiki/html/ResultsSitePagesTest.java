package org.podium.importers.wiki.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.podium.importers.wiki.html.HtmlPages.texts;

import org.junit.jupiter.api.Test;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** Results pages as small sites publish them, tried as a new user would: what the grids make of them. */
class ResultsSitePagesTest {

    @Test
    void aPlainTableWithABoldFirstRowAndFlagImages() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        WikiDocument document = HtmlPages.read("results-plain-table.html", diagnostics);

        assertThat(document.title()).isEqualTo("Rallye des Collines 2024 - Classement final");
        assertThat(document.prose()).containsExactly(
                "Classement final scratch, après 8 épreuves spéciales (112,40 km).");
        Grid grid = document.grids().getOnly();
        assertThat(grid.describeHeaders()).isEqualTo("Pos. | N° | Équipage | Voiture | Groupe | Temps | Écart");
        assertThat(grid.rows()).hasSize(4);
        Grid.GridRow winner = grid.rows().getFirst();
        assertThat(texts(winner)).containsExactly("1", "7", "FRA Jean-Luc Delorme FRA Sophie Marchand",
                "Škoda Fabia RS Rally2", "RC2", "1h 12' 45.3\"", "");
        assertThat(grid.rows().get(1).cell(2).lines()).containsExactly(new Cell.Line("BEL", "Pieter Van den Broeck"),
                new Cell.Line("FRA", "Léa Fontaine"));
        assertThat(grid.rows().get(2).cell(2).lines().getLast()).isEqualTo(new Cell.Line("ESP", "Nuria Ortega & co."));
        assertThat(texts(grid.rows().get(2)).subList(5, 7)).containsExactly("1h 15' 40.0\"", "+ 2' 54.7");
        Grid.GridRow retired = grid.rows().getLast();
        assertThat(retired.cells().collect(c -> tuple(c.text(), c.span())).subList(5, 7)).containsExactly(
                tuple("abandon (ES 5, moteur)", Cell.Span.OWN), tuple("abandon (ES 5, moteur)", Cell.Span.FROM_LEFT));
        assertThat(grid.notes().collect(Grid.NoteLine::text)).containsExactly(
                "Résultats officiels. Dernière mise à jour : 14/04/2024 18:32.");
        assertThat(diagnostics.all().collect(Diagnostic::describe)).containsExactly("results-plain-table.html:11:1:"
                + " info: this table has no <th> header cells; its first row (Pos. | N° | Équipage | Voiture | Groupe"
                + " | Temps | Écart) is read as the header because it is in bold and holds names, not values");
    }

    @Test
    void twoClassTablesUnderH3HeadingsWithoutTheSitesMenu() throws Exception {
        Diagnostics.Collector diagnostics = Diagnostics.collector();
        WikiDocument document = HtmlPages.read("results-two-classes.html", diagnostics);

        assertThat(document.title()).as("the page's heading, not the <title> with the site's name")
                .isEqualTo("Enduro des Crêtes 2024 — Results");
        assertThat(document.prose()).containsExactly("Day 2, 14 April 2024. Three special tests, 2 laps each.");
        assertThat(document.looseNotes()).as("the menu and the footer are not notes").isEmpty();
        assertThat(document.grids().collect(g -> tuple(g.sectionPath().makeString(" › "), g.rows().size(),
                g.position().describe()))).containsExactly(
                        tuple("Class E1", 4, "results-two-classes.html:17:3"),
                        tuple("Class E2", 3, "results-two-classes.html:30:3"));
        Grid e1 = document.grids().get(0);
        assertThat(e1.describeHeaders()).isEqualTo("Pos | Bib | Rider | Nat | Bike | Total | Gap");
        assertThat(texts(e1.rows().getFirst()))
                .containsExactly("1", "101", "Tom Ridley", "GBR", "Beta", "38:12.45", "");
        assertThat(texts(e1.rows().get(2))).containsExactly("3", "108", "Luca \"Lupo\" Bassi", "ITA", "TM",
                "39:05.90", "+53.45");
        assertThat(texts(e1.rows().getLast())).containsExactly("DNF", "112", "Jonas Weiß", "GER", "KTM", "DNF", "");
        assertThat(e1.rows().getLast().cell(2).position().describe()).isEqualTo("results-two-classes.html:25:35");

        Grid e2 = document.grids().get(1);
        Grid.GridRow disqualified = e2.rows().getLast();
        assertThat(texts(disqualified))
                .containsExactly("DSQ", "209", "Pavel Novák", "CZE", "Husqvarna", "38:01.00", "");
        assertThat(disqualified.cells().collect(Cell::struck)).containsExactly(false, false, true, false, false, true,
                false);
        assertThat(e2.notes().collect(Grid.NoteLine::text)).containsExactly(
                "Pavel Novák was disqualified for outside assistance.");
        assertThat(diagnostics.all()).isEmpty();
    }
}
