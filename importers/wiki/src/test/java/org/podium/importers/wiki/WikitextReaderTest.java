package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Cell.Line;
import org.podium.importers.wiki.internal.Cell.Span;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.wikitext.WikitextReader;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.Severity;

/** The wikitext reader on small pieces of wikitext, one feature at a time. */
class WikitextReaderTest {

    private final Diagnostics.Collector diagnostics = Diagnostics.collector();

    private WikiDocument read(String wikitext) throws Exception {
        return new WikitextReader("test.wikitext", diagnostics).read(wikitext);
    }

    /** The one data cell of a one-column table whose cell is {@code content}. */
    private Cell cell(String content) throws Exception {
        return read("{|\n! H\n|-\n| " + content + "\n|}\n").grids().getOnly().rows().getOnly().cell(0);
    }

    // ---------------------------------------------------------------- cell text

    @Test
    void linksShowTheirLabelOrTarget() throws Exception {
        assertThat(cell("[[Ben Healy (cyclist)|Ben Healy]] and [[Stirling]]s").text()).isEqualTo("Ben Healy and Stirlings");
        assertThat(cell("[[Ben Healy (cyclist)|]]").text()).isEqualTo("Ben Healy");
        assertThat(cell("[[File:1rightarrow blue.svg|10px]] 1").text()).isEqualTo("1");
        assertThat(cell("x [[Category:Rallies]]").text()).isEqualTo("x");
        assertThat(cell("[https://example.org Official site] [https://example.org]").text()).isEqualTo("Official site");
    }

    @Test
    void boldItalicSmallAndEntitiesGo() throws Exception {
        assertThat(cell("'''{{Flagicon|PAR}} [[Joshua Dürksen]]'''").text()).isEqualTo("PAR Joshua Dürksen");
        assertThat(cell("''(1:32.045 on lap 23)''").text()).isEqualTo("(1:32.045 on lap 23)");
        assertThat(cell("<small>'''Note:'''</small> a&nbsp;b&#160;c &amp; d &lt;e&gt;").text()).isEqualTo("Note: a b c & d <e>");
        assertThat(cell("Men's ''''x''''").text()).isEqualTo("Men's 'x'");
        assertThat(cell("<span style=\"display:none\">0001</span>Visible").text()).isEqualTo("Visible");
    }

    @Test
    void lineBreaksSeparateTheCrewAndFlagsGiveEachOneANation() throws Exception {
        Cell crew = cell("{{flagicon|FRA}} [[Stéphane Peterhansel]]<br />{{flagicon|FRA}} [[Jean-Paul Cottret]]");
        assertThat(crew.text()).isEqualTo("FRA Stéphane Peterhansel FRA Jean-Paul Cottret");
        assertThat(crew.lines()).containsExactly(new Line("FRA", "Stéphane Peterhansel"), new Line("FRA", "Jean-Paul Cottret"));
        assertThat(cell("A<br>B<br/>C").lines()).containsExactly(new Line(null, "A"), new Line(null, "B"), new Line(null, "C"));
        assertThat(cell("{{flagicon|FRA}} A {{flagicon|ESP}} B").lines())
                .as("a flag starts a person of its own").containsExactly(new Line("FRA", "A"), new Line("ESP", "B"));
        assertThat(cell("Nelson Piquet {{flagicon|BRA}}").lines()).as("a flag after the name")
                .containsExactly(new Line("BRA", "Nelson Piquet"));
    }

    @Test
    void everySpellingOfAFlagIsANationality() throws Exception {
        assertThat(cell("{{Flag icon|NOR}} [[Martinius Stenshorne]]").lines()).containsExactly(new Line("NOR", "Martinius Stenshorne"));
        assertThat(cell("{{flagicon|GER|empire}} X").lines()).containsExactly(new Line("GER", "X"));
        assertThat(cell("{{flag|France}}").lines()).containsExactly(new Line("France", "France"));
        assertThat(cell("{{flag|France}}").text()).isEqualTo("France");
        assertThat(cell("{{flagu|Norway}}").text()).isEqualTo("Norway");
        assertThat(cell("Representing {{POL}}").lines()).containsExactly(new Line(null, "Representing"), new Line("POL", "POL"));
        assertThat(cell("{{FlagUCIRoad|SLO}}").lines()).containsExactly(new Line("SLO", "SLO"));
        assertThat(cell("{{flagUCIRoad|AFG||2}}").text()).isEqualTo("AFG (2)");
        Cell fused = cell("{{flagUCIRoadathlete|[[Remco Evenepoel]]|BEL}}");
        assertThat(fused.text()).isEqualTo("BEL Remco Evenepoel");
        assertThat(fused.lines()).containsExactly(new Line("BEL", "Remco Evenepoel"));
        assertThat(cell("{{flagIOCathlete|[[Usain Bolt]]|JAM|2008 Summer}}").text()).isEqualTo("JAM Usain Bolt");
    }

    @Test
    void formattingTemplatesKeepTheirText() throws Exception {
        assertThat(cell("{{nowrap|Jean-Louis Schlesser}}").text()).isEqualTo("Jean-Louis Schlesser");
        assertThat(cell("{{sort|Meoni|Fabrizio Meoni}}").text()).isEqualTo("Fabrizio Meoni");
        assertThat(cell("{{sort|12}}").text()).isEqualTo("12");
        assertThat(cell("{{sortname|Fabrizio|Meoni}}").text()).isEqualTo("Fabrizio Meoni");
        assertThat(cell("{{dts|2002|01|13}}").text()).isEqualTo("13 January 2002");
        assertThat(cell("{{dts|2002|Jan|13|format=mdy}}").text()).isEqualTo("Jan 13, 2002");
        assertThat(cell("{{dts|28 December 2001}}").text()).isEqualTo("28 December 2001");
        assertThat(cell("{{abbr|Ret|Retired}}").text()).isEqualTo("Ret");
        assertThat(cell("{{Tooltip|Pos.|Position}}").text()).isEqualTo("Pos.");
        assertThat(cell("{{ill|Šimon Vaníček|fr}}").text()).isEqualTo("Šimon Vaníček");
        assertThat(cell("{{hs|78}}").text()).as("a sort key, hidden on the page").isEmpty();
        assertThat(cell("{{convert|47.8|km|mi}}").text()).isEqualTo("47.8 km");
        assertThat(cell("a{{!}}b").text()).isEqualTo("a|b");
    }

    @Test
    void medalTemplatesAreRanks() throws Exception {
        assertThat(cell("{{gold01}}").text()).isEqualTo("1");
        assertThat(cell("{{Gold1}}").text()).isEqualTo("1");
        assertThat(cell("{{silver02}}").text()).isEqualTo("2");
        assertThat(cell("{{Silver2}}").text()).isEqualTo("2");
        assertThat(cell("{{bronze03}}").text()).isEqualTo("3");
        assertThat(cell("{{Bronze3}}").text()).isEqualTo("3");
    }

    @Test
    void struckTextIsKeptAndMarked() throws Exception {
        Cell landis = cell("<s>{{flagicon|USA}} [[Floyd Landis]]</s>");
        assertThat(landis.struck()).isTrue();
        assertThat(landis.text()).isEqualTo("USA Floyd Landis");
        assertThat(cell("Floyd Landis").struck()).isFalse();
    }

    @Test
    void anUnknownTemplateIsKeptAsItsTextAndSaid() throws Exception {
        WikiDocument doc = read("{|\n! H\n|-\n| {{Some race template|x|Kept text}}\n|-\n| {{Some race template|y|Again}}\n"
                + "|-\n| {{Lonely}}\n|}\n");
        assertThat(doc.grids().getOnly().rows().collect(r -> r.cell(0).text())).containsExactly("Kept text", "Again", "Lonely");
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.position().describe()).isEqualTo("test.wikitext:4:3");
            assertThat(d.message()).contains("{{Some race template}}", "'Kept text'", "1 more place");
        });
        assertThat(diagnostics.all().collect(Diagnostic::message)).anyMatch(m -> m.contains("{{Lonely}}"));
    }

    // ---------------------------------------------------------------- footnotes

    @Test
    void aRefIsAFootnoteOfItsCellAndANoteOfItsTable() throws Exception {
        Grid grid = read("{|\n! Rank<ref>{{cite web|title=Final results|website=Tissot Timing|url=https://x}}</ref>\n"
                + "|-\n| 1<ref name=a>Shared note.</ref>\n|-\n| 2<ref name=a/>\n|-\n| 3<ref name=\"b\" />\n|}\n"
                + "<references><ref name=\"b\">Defined below.</ref></references>\n").grids().getOnly();
        assertThat(grid.columns().getOnly()).containsExactly("Rank");
        assertThat(grid.rows().collect(r -> r.cell(0).text())).containsExactly("1", "2", "3");
        assertThat(grid.rows().get(1).cell(0).footnotes()).containsExactly("Shared note.");
        assertThat(grid.rows().get(2).cell(0).footnotes()).containsExactly("Defined below.");
        assertThat(grid.notes().collect(Grid.NoteLine::text))
                .containsExactly("Final results (Tissot Timing)", "Shared note.", "Defined below.");
        assertThat(grid.notes().getLast().position().describe()).isEqualTo("test.wikitext:10:13");
    }

    @Test
    void aRefMarkPointsToItsNoteLine() throws Exception {
        Grid grid = read("==Race==\n{|\n! Time\n|-\n| +19.443{{Ref|3|1}}\n|}\n'''Notes:'''\n"
                + "*{{Note|3|1}} – [[Sebastián Montoya]] received a penalty.\n").grids().getOnly();
        Cell time = grid.rows().getOnly().cell(0);
        assertThat(time.text()).isEqualTo("+19.443");
        assertThat(time.footnotes()).containsExactly("Sebastián Montoya received a penalty.");
        assertThat(grid.notes().collect(Grid.NoteLine::text)).containsExactly("Sebastián Montoya received a penalty.");
    }

    // ---------------------------------------------------------------- tables

    @Test
    void attributesAreReadQuotedOrNotAndNeverKeptAsText() throws Exception {
        Grid grid = read("{| class=\"wikitable\"\n! scope=\"col\" | A !! B\n! C\n|-\n| align=\"center\" |7\n"
                + "| nowrap=\"\" |x\n|align=left| y\n|}\n").grids().getOnly();
        assertThat(grid.columns().collect(p -> p.getOnly())).containsExactly("A", "B", "C");
        assertThat(grid.rows().getOnly().cells().collect(Cell::text)).containsExactly("7", "x", "y");
        assertThat(grid.rows().getOnly().cell(0).position().describe()).isEqualTo("test.wikitext:5:19");
    }

    @Test
    void textBeforeASinglePipeIsAttributesAndTheReaderSaysSo() throws Exception {
        Grid grid = read("{|\n! A !! B\n|-\n| 1 | 28 December\n|}\n").grids().getOnly();
        assertThat(grid.rows().getOnly().cell(0).text()).isEqualTo("28 December");
        assertThat(diagnostics.all()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("'1'", "write '||'");
        });
    }

    @Test
    void rowspanAndColspanFillTheSlotsTheyCover() throws Exception {
        Grid grid = read("{|\n! rowspan=2 | Stage !! colspan=2 | Result\n|-\n! Pos !! Time\n|-\n"
                + "| rowspan=2 | 1 || 1 || 6:12\n|-\n| 2 || 6:17\n|-\n| 2 || colspan=2 | ''Liaison only''\n|}\n")
                .grids().getOnly();
        assertThat(grid.columns().collect(p -> p.makeString(" › "))).containsExactly("Stage", "Result › Pos", "Result › Time");
        assertThat(grid.rows().get(1).cell(0).text()).isEqualTo("1");
        assertThat(grid.rows().get(1).cell(0).span()).isEqualTo(Span.FROM_ABOVE);
        assertThat(grid.rows().get(2).cells().collect(Cell::span)).containsExactly(Span.OWN, Span.OWN, Span.FROM_LEFT);
        assertThat(grid.rows().get(2).cell(2).text()).isEqualTo("Liaison only");
    }

    @Test
    void aTableInACellIsATableOfItsOwn() throws Exception {
        WikiDocument doc = read("{|\n! Outer !! Other\n|-\n| before\n{|\n! Inner\n|-\n| deep\n|}\nafter\n| right\n|}\n");
        assertThat(doc.grids()).hasSize(2);
        Grid outer = doc.grids().get(0);
        Grid inner = doc.grids().get(1);
        assertThat(outer.rows().getOnly().cells().collect(Cell::text)).containsExactly("before after", "right");
        assertThat(inner.columns().getOnly()).containsExactly("Inner");
        assertThat(inner.rows().getOnly().cell(0).text()).isEqualTo("deep");
        assertThat(diagnostics.all().collect(Diagnostic::message)).anyMatch(m -> m.contains("read as a table of its own"));
    }

    @Test
    void commentsColumnTemplatesAndAClosingOnTheSameLineAreReadThrough() throws Exception {
        WikiDocument doc = read("==Standings==\n{{col-start}}\n{{col-2}}\n<!-- a comment\n| not a cell -->\n"
                + "{| class=\"wikitable\"\n! A <!-- hidden --> !! B\n|-\n| 1 || 2\n|}{{col-2}}\n;Teams\n{|\n! C\n|-\n| 3\n|}\n"
                + "{{col-end}}\n");
        assertThat(doc.grids()).hasSize(2);
        assertThat(doc.grids().get(0).columns().collect(p -> p.getOnly())).containsExactly("A", "B");
        assertThat(doc.grids().get(1).caption()).isEqualTo("Teams");
        assertThat(doc.grids().get(1).rows().getOnly().cell(0).text()).isEqualTo("3");
        assertThat(doc.looseNotes()).isEmpty();
    }

    @Test
    void aCaptionAndAFullWidthTitleRow() throws Exception {
        Grid grid = read("{|\n|+ Motorcycles\n! colspan=2 | Final standings\n|-\n! Pos !! Rider\n|-\n| 1 || Meoni\n|}\n")
                .grids().getOnly();
        assertThat(grid.caption()).isEqualTo("Motorcycles");
        assertThat(grid.columns().collect(p -> p.makeString(" › ")))
                .containsExactly("Final standings › Pos", "Final standings › Rider");
    }

    @Test
    void aTableWithoutHeaderCellsHasNumberedColumnsAndAWarning() throws Exception {
        Grid grid = read("{|\n| 1 || Meoni\n|}\n").grids().getOnly();
        assertThat(grid.columns().collect(p -> p.getOnly())).containsExactly("column 1", "column 2");
        assertThat(diagnostics.all()).anyMatch(d -> d.severity() == Severity.WARNING && d.message().contains("no header row"));
    }

    // ---------------------------------------------------------------- the document

    @Test
    void theInfoboxIsThePropertiesAndTheLeadIsTheProse() throws Exception {
        WikiDocument doc = read("{{Short description|Rally raid}}\n{{Use dmy dates|date=May 2020}}\n{{Infobox rally\n"
                + "| name = 2002 Arras–Madrid–Dakar Rally\n| previous_round = [[2001 Dakar Rally]]\n| image = \n"
                + "| winner = {{flagicon|ITA}} Fabrizio Meoni<br />KTM\n}}\n"
                + "The '''2002 Dakar Rally''' was the 24th<ref>Source.</ref> running.\n\nSecond paragraph.\n"
                + "==Stages==\nText in a section.\n");
        assertThat(doc.title()).isEqualTo("2002 Arras–Madrid–Dakar Rally");
        assertThat(doc.properties().collect(p -> p.key() + "=" + p.value())).containsExactly(
                "Caption=2002 Dakar Rally", "Previous Round=2001 Dakar Rally", "Winner=ITA Fabrizio Meoni, KTM");
        assertThat(doc.prose()).containsExactly("The 2002 Dakar Rally was the 24th running.", "Second paragraph.");
        assertThat(doc.looseNotes().collect(Grid.NoteLine::text)).containsExactly("Text in a section.");
    }

    @Test
    void theTitleIsTheBoldPhraseOrTheFileNameWhenNoInfoboxNamesIt() throws Exception {
        assertThat(read("'''Ewelina Sętowska-Dryk''' (born 1980) is a runner.\n").title()).isEqualTo("Ewelina Sętowska-Dryk");
        assertThat(read("A page.\n{|\n! A\n|-\n| 1\n|}\n").title()).isEqualTo("test");
        assertThat(diagnostics.all().collect(Diagnostic::message)).anyMatch(m -> m.contains("is the file name"));
    }

    @Test
    void headingsGiveEachTableItsSectionPath() throws Exception {
        WikiDocument doc = read("==Stage Results==\n===Motorcycles===\n{|\n! A\n|-\n| 1\n|}\n===Cars===\n{|\n! A\n|-\n| 2\n|}\n"
                + "==Final standings==\n{|\n! A\n|-\n| 3\n|}\n==References==\n{{reflist}}\n* Not a note.\n");
        assertThat(doc.grids().collect(g -> g.sectionPath().makeString(" › ")))
                .containsExactly("Stage Results › Motorcycles", "Stage Results › Cars", "Final standings");
        assertThat(doc.grids().getLast().notes()).isEmpty();
        assertThat(doc.grids().get(1).rows().getOnly().position().describe()).isEqualTo("test.wikitext:12:1");
    }

    @Test
    void anUnclosedTableIsReadToTheEndAndSaid() throws Exception {
        Grid grid = read("{|\n! A\n|-\n| 1\n").grids().getOnly();
        assertThat(grid.rows().getOnly().cell(0).text()).isEqualTo("1");
        assertThat(diagnostics.all()).anyMatch(d -> d.severity() == Severity.WARNING && d.message().contains("never closed"));
    }
}
