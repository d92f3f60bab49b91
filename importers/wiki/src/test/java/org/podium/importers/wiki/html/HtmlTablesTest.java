package org.podium.importers.wiki.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.podium.importers.wiki.html.HtmlPages.texts;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.html.HtmlReader;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** Golden cases of the HTML reader: spans, headers, cell markup, positions, the page around the tables. */
class HtmlTablesTest {

    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    private WikiDocument read(String html) throws Exception {
        return new HtmlReader("t.html", diagnostics).read(html);
    }

    private ImmutableList<String> messages() {
        return diagnostics.all().collect(Diagnostic::describe);
    }

    @Test
    void groupHeadersOverSubHeadersGivePaths() throws Exception {
        Grid grid = read("""
                <table>
                <tr><th rowspan="2">Stage</th><th colspan="2">Stage result</th><th colspan="2">General classification</th></tr>
                <tr><th>Pos</th><th>Time</th><th>Pos</th><th>Time</th></tr>
                <tr><td>1</td><td>1</td><td>6:12</td><td>1</td><td>6:12</td></tr>
                </table>""").grids().getOnly();
        assertThat(grid.columns()).containsExactly(Lists.immutable.of("Stage"),
                Lists.immutable.of("Stage result", "Pos"), Lists.immutable.of("Stage result", "Time"),
                Lists.immutable.of("General classification", "Pos"), Lists.immutable.of("General classification", "Time"));
        assertThat(grid.columnNames()).containsExactly("stage", "pos", "time", "pos", "time");
        assertThat(texts(grid.rows().getOnly())).containsExactly("1", "1", "6:12", "1", "6:12");
    }

    @Test
    void aCellSpanningRowsAndColumnsIsCopiedIntoEverySlot() throws Exception {
        Grid grid = read("""
                <table>
                <tr><th>A</th><th>B</th><th>C</th></tr>
                <tr><td rowspan="2" colspan="2">wide</td><td>x</td></tr>
                <tr><td>y</td></tr>
                <tr><td>p</td><td>q</td><td>r</td></tr>
                </table>""").grids().getOnly();
        assertThat(grid.rows().collect(HtmlPages::texts)).containsExactly(Lists.immutable.of("wide", "wide", "x"),
                Lists.immutable.of("wide", "wide", "y"), Lists.immutable.of("p", "q", "r"));
        assertThat(grid.rows().collect(r -> r.cells().collect(Cell::span))).containsExactly(
                Lists.immutable.of(Cell.Span.OWN, Cell.Span.FROM_LEFT, Cell.Span.OWN),
                Lists.immutable.of(Cell.Span.FROM_ABOVE, Cell.Span.FROM_ABOVE, Cell.Span.OWN),
                Lists.immutable.of(Cell.Span.OWN, Cell.Span.OWN, Cell.Span.OWN));
        assertThat(grid.rows().get(1).cell(1).position().describe()).isEqualTo("t.html:3:5");
        assertThat(grid.rows().get(1).cell(2).position().describe()).isEqualTo("t.html:4:5");
        assertThat(grid.rows().get(1).position().describe()).isEqualTo("t.html:4:1");
        assertThat(messages()).isEmpty();
    }

    @Test
    void aThAmongDataCellsIsADataCellMarkedAsHeader() throws Exception {
        Grid grid = read("""
                <table><tr><th>Pos</th><th>Rider</th></tr>
                <tr><th>1</th><td>Rossi</td></tr><tr><th>Ret</th><td>Lorenzo</td></tr></table>""").grids().getOnly();
        assertThat(grid.describeHeaders()).isEqualTo("Pos | Rider");
        assertThat(grid.rows().collect(r -> tuple(r.cell(0).text(), r.cell(0).header(), r.cell(1).header())))
                .containsExactly(tuple("1", true, false), tuple("Ret", true, false));
    }

    @Test
    void aFullWidthRowInTheBodyIsKeptAsARowOfCopies() throws Exception {
        Grid grid = read("""
                <table><tr><th>Event</th><th colspan="2">Gold</th></tr>
                <tr><td colspan="3"><b>Individual</b></td></tr>
                <tr><td>Men</td><td>Moses Tanui</td><td>1:01:45</td></tr></table>""").grids().getOnly();
        assertThat(grid.describeHeaders()).isEqualTo("Event | Gold | Gold");
        assertThat(grid.rows().getFirst().cells().collect(c -> tuple(c.text(), c.span()))).containsExactly(
                tuple("Individual", Cell.Span.OWN), tuple("Individual", Cell.Span.FROM_LEFT),
                tuple("Individual", Cell.Span.FROM_LEFT));
        assertThat(texts(grid.rows().getLast())).containsExactly("Men", "Moses Tanui", "1:01:45");
    }

    @Test
    void aTitleRowOverTheHeadersIsTheCaptionAndACaptionIsKept() throws Exception {
        WikiDocument document = read("""
                <table><tr><th colspan="2">Final standings (11–20)</th></tr><tr><th>Rank</th><th>Name</th></tr>
                <tr><td>11</td><td>Cunego</td></tr></table>
                <table><caption>Stage results<sup class="reference"><a href="#cite_note-a">[a]</a></sup></caption>
                <tr><th colspan="2">Winner</th></tr><tr><th>Name</th><th>Team</th></tr>
                <tr><td>Hushovd</td><td>Crédit Agricole</td></tr></table>""");
        Grid titled = document.grids().get(0);
        assertThat(titled.caption()).isEqualTo("Final standings (11–20)");
        assertThat(titled.describeHeaders()).isEqualTo("Rank | Name");
        Grid captioned = document.grids().get(1);
        assertThat(captioned.caption()).isEqualTo("Stage results");
        assertThat(captioned.describeHeaders()).as("with a caption, a spanning header is a group")
                .isEqualTo("Winner › Name | Winner › Team");
        assertThat(captioned.notes()).as("an unresolved footnote has no text to note").isEmpty();
    }

    @Test
    void spansThatDoNotFitAreReportedWithTheirPlace() throws Exception {
        Grid grid = read("""
                <table>
                <tr><th>A</th><th>B</th></tr>
                <tr><td rowspan="5">long</td><td colspan="x">1</td></tr>
                <tr><td>2</td></tr>
                <tr><td>3</td><td>extra</td></tr>
                </table>""").grids().getOnly();
        assertThat(grid.columns()).containsExactly(Lists.immutable.of("A"), Lists.immutable.of("B"),
                Lists.immutable.of("column 3"));
        assertThat(grid.rows().collect(HtmlPages::texts)).containsExactly(Lists.immutable.of("long", "1", ""),
                Lists.immutable.of("long", "2", ""), Lists.immutable.of("long", "3", "extra"));
        assertThat(messages()).containsExactly(
                "t.html:3:30: warning: colspan=\"x\" is not a number; the cell is read with colspan 1, as a browser"
                        + " shows it",
                "t.html:3:5: info: rowspan=5 reaches past the table's last row; the cell covers the 3 row(s) there are",
                "t.html:1:1: warning: rows of this table have 3 cells but its header names 2 columns; the others are"
                        + " named 'column 3'",
                "t.html:3:1: info: 2 row(s) of this table have fewer cells than its 3 columns (lines 3, 4); the missing"
                        + " cells are read as empty");
    }

    @Test
    void readsCellMarkupAsAPersonSeesIt() throws Exception {
        Grid grid = read("""
                <table><tr><th>Rank</th><th>Crew</th><th>Time</th><th>Team</th></tr>
                <tr><td><span style="display:none" class="sortkey">1 !</span><img alt="1" src="Gold_medal.svg"></td>
                <td><span class="flagicon"><img alt="FRA" src="x.png">&#160;</span>Stéphane&#160;Peterhansel<br />
                    <span class="flagicon"><a href="/wiki/France" title="FRA"><img alt="" src="y.png"></a></span>
                    Jean-Paul   Cottret</td>
                <td>89h&nbsp;39'&nbsp;30"<sup class="reference"><a href="#cite_note-t">[1]</a></sup></td>
                <td><abbr title="Mitsubishi Ralliart">MIT</abbr> <a href="/wiki/Team">Ralliart</a></td></tr>
                <tr><td>2</td>
                <td><span class="flagicon"><img alt="" src="//upload.wikimedia.org/x/Flag_of_the_United_States.svg/23px-Flag_of_the_United_States.svg.png"></span> Floyd Landis&#160;<span>(<abbr title="United States">USA</abbr>)</span> <span class="flagicon"><img alt="Spain" src="z.png"></span> Óscar Pereiro</td>
                <td><del>+0' 32"</del><sup><a href="#cite_note-t">[1]</a></sup></td>                <td style="text-decoration: line-through">Phonak</td></tr>
                </table>
                <ol class="references"><li id="cite_note-t"><span class="mw-cite-backlink">^</span>
                <span class="reference-text">Times from the organiser.</span></li></ol>""").grids().getOnly();
        Grid.GridRow first = grid.rows().getFirst();
        assertThat(texts(first)).containsExactly("1", "FRA Stéphane Peterhansel FRA Jean-Paul Cottret", "89h 39' 30\"",
                "MIT Ralliart");
        assertThat(first.cell(1).lines()).containsExactly(new Cell.Line("FRA", "Stéphane Peterhansel"),
                new Cell.Line("FRA", "Jean-Paul Cottret"));
        assertThat(first.cell(2).footnotes()).containsExactly("Times from the organiser.");
        assertThat(first.cell(3).lines()).as("an abbreviation without a flag is text").containsExactly(
                new Cell.Line(null, "MIT Ralliart"));
        Grid.GridRow second = grid.rows().getLast();
        assertThat(second.cell(1).lines()).as("a second flag on the line starts the next person").containsExactly(
                new Cell.Line("USA", "Floyd Landis"), new Cell.Line("Spain", "Óscar Pereiro"));
        assertThat(second.cell(1).text()).isEqualTo("USA Floyd Landis Óscar Pereiro");
        assertThat(second.cells().collect(Cell::struck)).containsExactly(false, false, true, true);
        assertThat(second.cell(2).footnotes()).as("a marker without the reference class, found by its link")
                .containsExactly("Times from the organiser.");
        assertThat(grid.notes().collect(Grid.NoteLine::text)).containsExactly("Times from the organiser.");
        assertThat(grid.notes().getOnly().position().describe()).isEqualTo("t.html:12:24");
    }

    @Test
    void readsTheFlagsNationFromTheFileNameWhenNothingElseGivesIt() throws Exception {
        Grid grid = read("""
                <table><tr><th>Nationality</th></tr><tr><td><span class="flagicon"><img alt="" src="//upload.wikimedia.org/\
                wikipedia/commons/thumb/f/f8/Flag_of_C%C3%B4te_d%27Ivoire.svg/23px-Flag_of_C%C3%B4te_d%27Ivoire.svg.png">\
                </span>&#160;<a href="/wiki/Ivory_Coast">Ivory Coast</a></td></tr></table>""").grids().getOnly();
        assertThat(grid.rows().getOnly().cell(0).lines())
                .containsExactly(new Cell.Line("Côte d'Ivoire", "Ivory Coast"));
        assertThat(grid.rows().getOnly().cell(0).text()).isEqualTo("Ivory Coast");
    }

    @Test
    void readsNestedTablesOnTheirOwnAndLooksThroughLayoutTables() throws Exception {
        WikiDocument document = read("""
                <h2>Results</h2>
                <table role="presentation"><tr><td>
                  <h3>Cars</h3>
                  <table><tr><th>Pos</th><th>Crew</th></tr><tr><td>1</td><td>Masuoka
                    <table><tr><th>Split</th></tr><tr><td>3:10</td></tr></table></td></tr></table>
                  <p>Masuoka won by 20 minutes.</p>
                </td><td>
                  <h3>Bikes</h3>
                  <table><tr><th>Pos</th><th>Rider</th></tr><tr><td>1</td><td>Meoni</td></tr></table>
                </td></tr></table>""");
        assertThat(document.grids().collect(g -> tuple(g.sectionPath().makeString(" › "), g.describeHeaders())))
                .containsExactly(tuple("Results › Cars", "Pos | Crew"), tuple("Results › Cars", "Split"),
                        tuple("Results › Bikes", "Pos | Rider"));
        Grid cars = document.grids().getFirst();
        assertThat(texts(cars.rows().getOnly())).as("the nested table's text is not the cell's")
                .containsExactly("1", "Masuoka");
        assertThat(cars.notes().collect(Grid.NoteLine::text)).containsExactly("Masuoka won by 20 minutes.");
        assertThat(document.grids().get(1).notes()).isEmpty();
    }

    @Test
    void headingsGiveTheSectionPathWithoutGaps() throws Exception {
        WikiDocument document = read("""
                <h1>Enduro 2024</h1><p>Two classes.</p>
                <h3>E1</h3><table><tr><th>Pos</th></tr><tr><td>1</td></tr></table>
                <h2><span class="mw-headline" id="Day_2">Day 2</span><span class="mw-editsection">[edit]</span></h2>
                <h4>E2</h4><table><tr><th>Pos</th></tr><tr><td>1</td></tr></table>
                <h3>E3</h3><table><tr><th>Pos</th></tr><tr><td>1</td></tr></table>""");
        assertThat(document.title()).isEqualTo("Enduro 2024");
        assertThat(document.prose()).containsExactly("Two classes.");
        assertThat(document.grids().collect(Grid::sectionPath)).containsExactly(Lists.immutable.of("E1"),
                Lists.immutable.of("Day 2", "E2"), Lists.immutable.of("Day 2", "E3"));
    }

    @Test
    void readsAnInfoboxAndSkipsNavigationBoxes() throws Exception {
        WikiDocument document = read("""
                <table class="infobox vevent"><caption><span class="summary">Rallye 2024</span></caption>
                <tr><th colspan="2">Race details</th></tr>
                <tr><th>Dates</th><td>12–14 April 2024</td></tr>
                <tr><td><b>Stages</b></td><td>8</td></tr>
                <tr><td colspan="2"><img alt="Map.png" src="map.png"></td></tr></table>
                <p>The <b>Rallye 2024</b> was the 40th edition.<sup class="reference"><a href="#n">[1]</a></sup></p>
                <table class="navbox"><tr><td><table><tr><th>Rallies</th></tr><tr><td>A</td></tr></table></td></tr></table>
                <table class="vertical-navbox"><tr><td>B</td></tr></table>""");
        assertThat(document.title()).isEqualTo("Rallye 2024");
        assertThat(document.properties().collect(p -> tuple(p.key(), p.value(), p.position().describe())))
                .containsExactly(tuple("Caption", "Rallye 2024", "t.html:1:31"),
                        tuple("Dates", "12–14 April 2024", "t.html:3:5"), tuple("Stages", "8", "t.html:4:5"));
        assertThat(document.prose()).containsExactly("The Rallye 2024 was the 40th edition.");
        assertThat(document.grids()).isEmpty();
        assertThat(messages()).containsExactly(
                "t.html:7:1: info: this table is a navigation box, not results; skipped",
                "t.html:8:1: info: this table is a navigation box, not results; skipped");
    }

    @Test
    void aTableWithoutThTakesItsFirstRowAsHeaderOnlyWhenItReadsAsOne() throws Exception {
        WikiDocument document = read("""
                <table><tr><td>Pos</td><td>Driver</td><td>Time</td></tr>
                <tr><td>1</td><td>Ogier</td><td>2:58:10.3</td></tr><tr><td>2</td><td>Evans</td><td>2:58:40.0</td></tr></table>
                <table><tr><td>Ogier</td><td>Toyota</td></tr><tr><td>Evans</td><td>Toyota</td></tr></table>""");
        assertThat(document.grids().get(0).describeHeaders()).isEqualTo("Pos | Driver | Time");
        assertThat(document.grids().get(0).rows()).hasSize(2);
        assertThat(document.grids().get(1).describeHeaders()).isEqualTo("column 1 | column 2");
        assertThat(document.grids().get(1).rows()).hasSize(2);
        assertThat(messages()).containsExactly(
                "t.html:1:8: info: this table has no <th> header cells; its first row (Pos | Driver | Time) is read as"
                        + " the header because it holds names over columns of numbers and times",
                "t.html:3:1: warning: this table has no header row (no <th> cells, and its first row reads as data);"
                        + " its columns are numbered instead of named");
    }

    @Test
    void aSavedWikipediaPageIsReadWithoutItsMenusAndFooter() throws Exception {
        WikiDocument document = read("""
                <!DOCTYPE html><html><head><title>2002 Dakar Rally - Wikipedia</title></head><body>
                <div id="mw-navigation"><h2>Navigation menu</h2><ul><li>Main page</li></ul>
                <table><tr><th>Tools</th></tr><tr><td>Print</td></tr></table></div>
                <div id="content"><h1 id="firstHeading">2002 Dakar Rally</h1>
                <div id="mw-content-text"><p>The 24th Dakar.</p><h2>Stages</h2>
                <table class="wikitable"><tr><th>Stage</th></tr><tr><td>1</td></tr></table></div></div>
                <div id="footer"><ul><li>This page was last edited on 1 May.</li></ul></div></body></html>""");
        assertThat(document.title()).isEqualTo("2002 Dakar Rally");
        assertThat(document.prose()).containsExactly("The 24th Dakar.");
        assertThat(document.grids().collect(Grid::describeHeaders)).containsExactly("Stage");
        assertThat(document.looseNotes()).isEmpty();
    }

    @Test
    void aPageWithoutTitleOrHeadingIsNamedAfterItsFile() throws Exception {
        WikiDocument document = new HtmlReader("results/day-2.final.htm", diagnostics)
                .read("<table><thead><tr><td>Pos</td></tr></thead><td>1</td></table>");
        assertThat(document.title()).isEqualTo("day-2.final");
        assertThat(document.grids().getOnly().describeHeaders()).as("a <thead> row names the columns").isEqualTo("Pos");
        assertThat(document.grids().getOnly().rows().getOnly().position().describe())
                .as("the row the parser inserted starts at its cell").isEqualTo("results/day-2.final.htm:1:44");
    }
}
