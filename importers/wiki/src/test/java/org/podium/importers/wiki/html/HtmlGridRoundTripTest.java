package org.podium.importers.wiki.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.html.HtmlReader;
import org.podium.spi.Diagnostics;

/** A grid written as HTML, in any of the ways pages write tables, reads back to the same grid. */
class HtmlGridRoundTripTest {

    @Property(tries = 300)
    void aGridWrittenAsHtmlReadsBackToItself(@ForAll Random random,
            @ForAll @IntRange(min = 1, max = 6) int width,
            @ForAll @IntRange(min = 1, max = 3) int headerLevels,
            @ForAll @IntRange(min = 1, max = 7) int bodyRows) throws Exception {
        ArbitraryHtmlGrids.Table table = new ArbitraryHtmlGrids(random).table(width, headerLevels, bodyRows);
        String html = new HtmlGridWriter(random).write(table);
        Diagnostics.Collector diagnostics = Diagnostics.collector();

        WikiDocument document = new HtmlReader("random.html", diagnostics).read(html);

        Grid expected = table.expectedGrid();
        assertThat(document.grids()).as(html).hasSize(1);
        Grid read = document.grids().getOnly();
        assertThat(read.sectionPath()).as(html).isEqualTo(expected.sectionPath());
        assertThat(read.caption()).as(html).isEqualTo(expected.caption());
        assertThat(read.columns()).as(html).isEqualTo(expected.columns());
        assertThat(read.rows()).as(html).hasSize(expected.rows().size());
        for (int r = 0; r < expected.rows().size(); r++) {
            assertThat(read.rows().get(r).cells()).as("row %d of %s", r, html)
                    .isEqualTo(expected.rows().get(r).cells());
        }
        assertThat(read.notes().collect(Grid.NoteLine::text)).as(html)
                .isEqualTo(expected.notes().collect(Grid.NoteLine::text));
        assertThat(diagnostics.all()).as(html).isEmpty();
        if (table.title() != null) {
            assertThat(document.title()).isEqualTo(table.title());
        }
    }
}
