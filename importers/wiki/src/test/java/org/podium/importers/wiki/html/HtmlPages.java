package org.podium.importers.wiki.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.wiki.internal.Cell;
import org.podium.importers.wiki.internal.Grid;
import org.podium.importers.wiki.internal.WikiDocument;
import org.podium.importers.wiki.internal.html.HtmlReader;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/** The HTML pages under {@code src/test/resources/html/}, read as the importer reads them. */
final class HtmlPages {

    private HtmlPages() {
    }

    static String text(String name) {
        try (InputStream in = HtmlPages.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WikiDocument read(String name, Diagnostics diagnostics) throws ImportException {
        return new HtmlReader(name, diagnostics).read(text(name));
    }

    /** A row's cell texts, as they read. */
    static ImmutableList<String> texts(Grid.GridRow row) {
        return row.cells().collect(Cell::text);
    }

    /** The rows of a grid whose first cell reads {@code text}. */
    static ImmutableList<Grid.GridRow> rowsStarting(Grid grid, String text) {
        return grid.rows().select(row -> row.cell(0).text().equals(text));
    }
}
