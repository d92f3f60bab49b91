package org.podium.importers.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.html.HtmlReader;
import org.podium.importers.wiki.internal.wikitext.WikitextReader;
import org.podium.spi.Diagnostics;

/**
 * One random grid written as MediaWiki wikitext and as HTML reads back, from each, to the same
 * grid: headers, every slot's text, where spans put copies, which cells are header cells. The
 * two readers feed one interpretation, so they must agree on everything it sees.
 */
class GridInBothFormatsTest {

    @Property(tries = 300)
    void theSameGridWrittenAsWikitextAndAsHtmlReadsBackTheSame(@ForAll Random random) throws Exception {
        ArbitraryGrids.Table table = new ArbitraryGrids(random).table();
        String wikitext = "==Results==\n" + new WikitextTableWriter(random).write(table);
        String html = "<h2>Results</h2>\n" + html(table);

        Grid fromWikitext = new WikitextReader("random.wikitext", Diagnostics.collector()).read(wikitext).grids()
                .getOnly();
        Grid fromHtml = new HtmlReader("random.html", Diagnostics.collector()).read(html).grids().getOnly();

        String both = wikitext + "\n----\n" + html;
        assertThat(fromHtml.columns()).as(both).isEqualTo(fromWikitext.columns());
        assertThat(fromHtml.columns().collect(path -> path.castToList()).castToList()).as(both)
                .isEqualTo(table.columns());
        assertThat(fromHtml.caption()).as(both).isEqualTo(fromWikitext.caption()).isEqualTo(table.expectedCaption());
        assertThat(fromHtml.sectionPath()).as(both).isEqualTo(fromWikitext.sectionPath());
        assertThat(slots(fromHtml)).as(both).isEqualTo(slots(fromWikitext)).isEqualTo(expected(table));
    }

    private static List<List<ArbitraryGrids.ExpectedCell>> slots(Grid grid) {
        return grid.rows().collect(row -> row.cells().collect(
                (Cell c) -> new ArbitraryGrids.ExpectedCell(c.text(), c.span(), c.header())).castToList()).castToList();
    }

    private static List<List<ArbitraryGrids.ExpectedCell>> expected(ArbitraryGrids.Table table) {
        return table.expected();
    }

    /** The table as a results site writes it: th header rows, spans as attributes, text escaped. */
    private static String html(ArbitraryGrids.Table table) {
        StringBuilder html = new StringBuilder("<table>\n");
        if (table.caption() != null) {
            html.append("<caption>").append(escape(table.caption())).append("</caption>\n");
        }
        for (List<ArbitraryGrids.WrittenCell> row : table.headerRows()) {
            row(html, row, true);
        }
        for (List<ArbitraryGrids.WrittenCell> row : table.dataRows()) {
            row(html, row, false);
        }
        return html.append("</table>\n").toString();
    }

    private static void row(StringBuilder html, List<ArbitraryGrids.WrittenCell> cells, boolean headerRow) {
        html.append("<tr>");
        for (ArbitraryGrids.WrittenCell cell : cells) {
            String tag = headerRow || cell.header() ? "th" : "td";
            html.append('<').append(tag);
            if (cell.rowspan() > 1) {
                html.append(" rowspan=\"").append(cell.rowspan()).append('"');
            }
            if (cell.colspan() > 1) {
                html.append(" colspan=\"").append(cell.colspan()).append('"');
            }
            html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
