package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.wikitext.WikitextReader;
import org.podium.spi.Diagnostics;
import org.podium.spi.Severity;

/** A random grid written as wikitext reads back to the same grid. */
class WikitextGridRoundTripTest {

    @Property(tries = 400)
    void aGridWrittenAsWikitextReadsBackToItself(@ForAll Random random) throws Exception {
        ArbitraryGrids.Table table = new ArbitraryGrids(random).table();
        String wikitext = new WikitextTableWriter(random).write(table);
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        WikiDocument document = new WikitextReader("random.wikitext", diagnostics).read("==Results==\n" + wikitext);

        assertThat(document.grids()).as(wikitext).hasSize(1);
        Grid grid = document.grids().getOnly();
        assertThat(grid.caption()).as(wikitext).isEqualTo(table.expectedCaption());
        assertThat(grid.columns().collect(path -> path.castToList())).as(wikitext).isEqualTo(table.columns());
        assertThat(grid.rows()).as(wikitext).hasSameSizeAs(table.expected());
        for (int r = 0; r < table.expected().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                ArbitraryGrids.ExpectedCell want = table.expected().get(r).get(c);
                Cell got = grid.rows().get(r).cell(c);
                assertThat(new ArbitraryGrids.ExpectedCell(got.text(), got.span(), got.header()))
                        .as("row %d column %d of%n%s", r + 1, c + 1, wikitext).isEqualTo(want);
            }
        }
        assertThat(diagnostics.all()).as(wikitext).noneMatch(d -> d.severity() != Severity.INFO);
    }

    /** Markup in any order, closed or not: the reader says what it could not read, it never fails. */
    @Property(tries = 400)
    void brokenWikitextIsReadWithoutFailing(@ForAll Random random) throws Exception {
        List<String> pieces = List.of("{|", "|}", "|-", "|+", "!", "!!", "||", "|", "{{", "}}", "[[", "]]", "<ref>",
                "</ref>", "<ref name=a/>", "<nowiki>", "</nowiki>", "<!--", "-->", "\n", "\n", "\n", "rowspan=0 |",
                "colspan=99999 |", "rowspan=x |", "'''", "''", "==", "===", ";", "*", "Meoni", "6:12", "{{flagicon|",
                "{{Ref|1}}", "{{Note|1}}", "<br>", "<s>", "&#", "&amp;", "{{Infobox|name=", "<references>", " ");
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(120);
        for (int i = 0; i < length; i++) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        WikiDocument document = new WikitextReader("broken.wikitext", diagnostics).read(text.toString());

        assertThat(document.title()).isNotNull();
        for (Grid grid : document.grids()) {
            assertThat(grid.rows()).allSatisfy(row -> assertThat(row.cells()).hasSameSizeAs(grid.columns()));
        }
        assertThat(diagnostics.all()).allSatisfy(d -> assertThat(d.position().file()).isEqualTo("broken.wikitext"));
    }
}
