package org.podium.importers.wiki.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.podium.importers.wiki.html.HtmlPages.texts;

import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.Severity;

/** The 2006 Tour de France as Wikipedia rendered it: every value checked against the page by hand. */
class Tour2006HtmlTest {

    private static final String PAGE = "2006-tour-de-france.html";
    private static WikiDocument document;
    private static Diagnostics.Collector diagnostics;

    @BeforeAll
    static void read() throws Exception {
        diagnostics = Diagnostics.collector();
        document = HtmlPages.read(PAGE, diagnostics);
    }

    private static Grid grid(String lastSection, int index) {
        return document.grids().select(g -> g.sectionPath().notEmpty() && g.sectionPath().getLast().equals(lastSection))
                .get(index);
    }

    @Test
    void readsTheTitleInfoboxAndLead() {
        assertThat(document.title()).isEqualTo("2006 Tour de France");
        assertThat(document.titlePosition().describe()).isEqualTo(PAGE + ":3:1");
        assertThat(document.properties().collect(p -> tuple(p.key(), p.value()))).contains(
                tuple("Caption", "2006 Tour de France"),
                tuple("Dates", "July 1–July 23, 2006"),
                tuple("Stages", "21"),
                tuple("Distance", "3,657.1 km (2,272 mi)"),
                tuple("Winning time", "89h 40' 27\" (40.782 km/h or 25.341 mph)"),
                tuple("Winner", "Óscar Pereiro (Spain) (Caisse d'Epargne-Illes Balears)"),
                tuple("Team", "T-Mobile Team"));
        assertThat(document.properties().detect(p -> p.key().equals("Dates")).position().describe())
                .isEqualTo(PAGE + ":17:1");
        assertThat(document.prose()).hasSize(4);
        assertThat(document.prose().getFirst()).startsWith("The 2006 Tour de France was the 93rd Tour de France,")
                .endsWith("following the disqualification of apparent winner Floyd Landis.");
        assertThat(String.join(" ", document.prose())).as("footnote markers are not prose").doesNotContain("[1]");
    }

    @Test
    void findsEveryResultsTableAndSkipsTheBoxes() {
        assertThat(document.grids().collect(g -> tuple(g.sectionPath().makeString(" › "), g.caption())))
                .containsExactly(
                        tuple("Stages", "Stage results"),
                        tuple("Stages › Classification leadership", null),
                        tuple("Results › General classification", "Final general classification (1–10)"),
                        tuple("Results › General classification", "Final general classification (11–138)"),
                        tuple("Results › Points classification", null),
                        tuple("Results › Mountains classification", null),
                        tuple("Results › Young rider classification", null),
                        tuple("Results › Team classification", null),
                        tuple("Teams and riders › Pre-race favourites", null));
        assertThat(diagnostics.all().select(d -> d.message().contains("skipped")).collect(Diagnostic::describe))
                .containsExactly(
                        PAGE + ":1745:1: info: this table is a message box, not results; skipped",
                        PAGE + ":1757:1: info: this table is a navigation box, not results; skipped",
                        PAGE + ":1798:1: info: this table is a navigation box, not results; skipped",
                        PAGE + ":1997:1: info: this table is a navigation box, not results; skipped");
        assertThat(diagnostics.has(Severity.WARNING)).isFalse();
    }

    @Test
    void readsTheStageTableWithItsPrologueRestDaysAndTotal() {
        Grid stages = grid("Stages", 0);
        assertThat(stages.position().describe()).isEqualTo(PAGE + ":141:1");
        assertThat(stages.describeHeaders()).isEqualTo("Stage | Route | Distance | Type | Date");
        assertThat(stages.rows()).hasSize(24);
        Grid.GridRow prologue = stages.rows().getFirst();
        assertThat(texts(prologue)).containsExactly("P", "Strasbourg", "7.1 km", "Individual time trial",
                "Saturday, July 1");
        assertThat(prologue.position().describe()).isEqualTo(PAGE + ":150:1");
        assertThat(prologue.cell(2).position().describe()).isEqualTo(PAGE + ":153:1");
        assertThat(texts(stages.rows().get(19))).containsExactly("17", "Saint-Jean-de-Maurienne – Morzine",
                "200.5 km", "Mountain stage", "Thursday, July 20");

        Grid.GridRow restDay = stages.rows().get(9);
        assertThat(texts(restDay)).containsExactly("Rest day", "Rest day", "Rest day", "Rest day", "Monday, July 10");
        assertThat(restDay.cells().collect(Cell::span)).containsExactly(Cell.Span.OWN, Cell.Span.FROM_LEFT,
                Cell.Span.FROM_LEFT, Cell.Span.FROM_LEFT, Cell.Span.OWN);

        Grid.GridRow total = stages.rows().getLast();
        assertThat(texts(total)).containsExactly("Total", "Total", "3,639 km", "", "");
        assertThat(total.cells().collect(Cell::span)).containsExactly(Cell.Span.OWN, Cell.Span.FROM_LEFT,
                Cell.Span.OWN, Cell.Span.OWN, Cell.Span.FROM_LEFT);
        assertThat(stages.notes().collect(Grid.NoteLine::text)).as("the caption's footnotes [7] and [8]")
                .containsExactly("Source: \"93ème Tour de France 2006\" (in French). Memoire du cyclisme. Retrieved"
                        + " 15 August 2011.",
                        "Source: Zwegers, Arian. \"Tour de France GC Top Ten\". CVCC. Archived from the original on"
                        + " 2009-06-10. Retrieved 15 Aug 2011.");
    }

    @Test
    void resolvesTheLeadershipTablesRowspansFromTwoToSeventeen() {
        Grid leaders = grid("Classification leadership", 0);
        assertThat(leaders.columns().collect(ImmutableList::getLast)).containsExactly("Stage", "Winner",
                "General classification Yellow jersey", "Points classification Green jersey",
                "Mountains classification Polkadot jersey", "Young rider classification White jersey",
                "Team classification Jersey with yellow number", "Combativity award Jersey with red number");
        assertThat(leaders.rows()).hasSize(22);

        // rowspan="17": Robbie McEwen leads the points from stage 4 to stage 20.
        Cell mcEwen = leaders.rows().get(4).cell(3);
        assertThat(mcEwen.text()).isEqualTo("Robbie McEwen");
        assertThat(mcEwen.span()).isEqualTo(Cell.Span.OWN);
        for (int stage = 5; stage <= 20; stage++) {
            Cell copy = leaders.rows().get(stage).cell(3);
            assertThat(copy.text()).as("stage %d", stage).isEqualTo("Robbie McEwen");
            assertThat(copy.span()).isEqualTo(Cell.Span.FROM_ABOVE);
            assertThat(copy.position().describe()).isEqualTo(mcEwen.position().describe());
        }
        assertThat(leaders.rows().get(21).cell(3).span()).isEqualTo(Cell.Span.OWN);

        // rowspan="2": Benoît Vaugrenard is the best young rider after stages 1 and 2.
        assertThat(leaders.rows().get(1).cell(5)).extracting(Cell::text, Cell::span)
                .containsExactly("Benoît Vaugrenard", Cell.Span.OWN);
        assertThat(leaders.rows().get(2).cell(5)).extracting(Cell::text, Cell::span)
                .containsExactly("Benoît Vaugrenard", Cell.Span.FROM_ABOVE);
        assertThat(leaders.rows().get(3).cell(5).text()).isEqualTo("Markus Fothen");
        // rowspan="7": Discovery Channel leads the teams from the prologue to stage 6.
        assertThat(leaders.rows().collect(r -> r.cell(6).text()).subList(0, 8)).containsExactly("Discovery Channel",
                "Discovery Channel", "Discovery Channel", "Discovery Channel", "Discovery Channel", "Discovery Channel",
                "Discovery Channel", "T-Mobile Team");
    }

    @Test
    void readsWhatTheLeadershipTableStrikesThrough() {
        Grid leaders = grid("Classification leadership", 0);
        Grid.GridRow stage17 = leaders.rows().get(17);
        assertThat(stage17.cell(1).text()).as("Landis struck out, Sastre the winner").isEqualTo("Carlos Sastre");
        assertThat(stage17.cell(1).struck()).isFalse();
        assertThat(stage17.cell(7)).extracting(Cell::text, Cell::struck).containsExactly("Floyd Landis", true);
        assertThat(leaders.rows().get(1).cell(2)).extracting(Cell::text, Cell::struck)
                .containsExactly("George Hincapie", true);
        assertThat(diagnostics.all().collect(Diagnostic::describe)).contains(
                PAGE + ":448:1: info: 'Floyd Landis' is struck through beside text that is not; the cell is read as"
                        + " 'Carlos Sastre'",
                PAGE + ":471:1: info: 'Floyd Landis' is struck through beside text that is not; the cell is read as"
                        + " 'Óscar Pereiro'");

        Grid.GridRow last = leaders.rows().getLast();
        assertThat(texts(last)).containsExactly("Final", "", "Óscar Pereiro", "Robbie McEwen", "Michael Rasmussen",
                "Damiano Cunego", "T-Mobile Team", "David de la Fuente");
        assertThat(last.cells().allSatisfy(Cell::header)).as("the final row is written in <th>").isTrue();
        assertThat(leaders.notes().collect(Grid.NoteLine::text)).contains(
                "In stage 1, George Hincapie wore the green jersey.",
                "In stage 11, Juan Miguel Mercado wore the polka-dot jersey");
    }

    @Test
    void readsTheTopTenWithLandisDisqualifiedAndStruckThrough() {
        Grid top = grid("General classification", 0);
        assertThat(top.describeHeaders()).isEqualTo("Rank | Name | Team | Time");
        assertThat(top.rows()).hasSize(11);
        Grid.GridRow landis = top.rows().getFirst();
        assertThat(texts(landis)).containsExactly("DSQ", "USA Floyd Landis", "Phonak", "89h 39' 30\"");
        assertThat(landis.cell(1).struck()).isTrue();
        assertThat(landis.cell(1).lines()).containsExactly(new Cell.Line("USA", "Floyd Landis"));
        assertThat(landis.cell(3).struck()).as("his time is not struck").isFalse();
        assertThat(texts(top.rows().get(1))).containsExactly("1", "ESP Óscar Pereiro", "Caisse d'Epargne",
                "89h 40' 27\"");
        assertThat(top.rows().get(1).cell(1).lines()).containsExactly(new Cell.Line("ESP", "Óscar Pereiro"));
        assertThat(texts(top.rows().get(2))).containsExactly("2", "GER Andreas Klöden", "T-Mobile", "+0' 32\"");
        assertThat(texts(top.rows().getLast())).containsExactly("10", "LUX Fränk Schleck", "Team CSC", "+16' 49\"");
    }

    @Test
    void readsTheCollapsedLongTableUnderItsTitleRow() {
        Grid rest = grid("General classification", 1);
        assertThat(rest.caption()).isEqualTo("Final general classification (11–138)");
        assertThat(rest.columns()).as("the title row is the caption, not a group over the columns")
                .allSatisfy(path -> assertThat(path).hasSize(1));
        assertThat(rest.describeHeaders()).isEqualTo("Rank | Name | Team | Time");
        assertThat(rest.rows()).hasSize(128);
        assertThat(texts(rest.rows().getFirst())).containsExactly("11", "ITA Damiano Cunego", "Lampre", "+18' 22\"");
        assertThat(texts(rest.rows().getLast())).containsExactly("136", "BEL Wim Vansevenant", "Davitamon-Lotto",
                "+4h 01' 04\"");
        ImmutableList<Grid.GridRow> disqualified = HtmlPages.rowsStarting(rest, "DSQ");
        assertThat(disqualified.collect(r -> r.cell(1).text())).containsExactly("USA Levi Leipheimer",
                "USA George Hincapie", "USA David Zabriskie");
        assertThat(disqualified.allSatisfy(r -> r.cell(1).struck() && r.cell(2).struck() && r.cell(3).struck()))
                .isTrue();
        assertThat(disqualified.getFirst().cell(3).text()).isEqualTo("+18' 25\"");
    }

    @Test
    void readsTheOtherClassifications() {
        Grid points = grid("Points classification", 0);
        assertThat(points.describeHeaders()).isEqualTo("Rank | Rider | Team | Points");
        assertThat(texts(points.rows().getFirst())).containsExactly("1", "AUS Robbie McEwen", "Davitamon-Lotto", "288");

        Grid mountains = grid("Mountains classification", 0);
        assertThat(texts(mountains.rows().getFirst())).containsExactly("1", "DEN Michael Rasmussen", "Rabobank",
                "166");
        Grid.GridRow leipheimer = HtmlPages.rowsStarting(mountains, "DSQ").getOnly();
        assertThat(texts(leipheimer)).containsExactly("DSQ", "USA Levi Leipheimer", "Team Gerolsteiner", "66");
        assertThat(leipheimer.cell(1).struck()).isTrue();

        Grid young = grid("Young rider classification", 0);
        assertThat(young.rows().collect(r -> r.cell(3).text()).subList(0, 3)).containsExactly("89h 58' 49\"",
                "+ 38\"", "+ 1h 29' 12\"");

        Grid teams = grid("Team classification", 0);
        assertThat(texts(teams.rows().getFirst())).containsExactly("1", "T-Mobile Team", "269h 08' 46\"");
        assertThat(texts(teams.rows().getLast())).as("the footnote mark is plain text in the page")
                .containsExactly("10", "Phonak Hearing Systems", "+ 2h 49' 06\"*");
    }

    @Test
    void keepsAFootnoteOnItsCell() {
        Grid favourites = grid("Pre-race favourites", 0);
        Cell pereiro = favourites.rows().get(1).cell(2);
        assertThat(pereiro.text()).isEqualTo("10th 2005, \"Most combative\" 2005; 14th 2006 Dauphiné Libéré");
        assertThat(pereiro.footnotes()).containsExactly("Source: \"www.cyclingnews.com presents the 92nd Tour de"
                + " France\". Autobus.cyclingnews.com. Retrieved 2012-08-11.");
        assertThat(favourites.rows().get(1).cell(1).lines()).containsExactly(new Cell.Line("Spain", "Óscar Pereiro"));
        assertThat(favourites.notes().collect(Grid.NoteLine::text)).contains(pereiro.footnotes().getOnly());
    }
}
