package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.podium.importers.csv.internal.CsvGrid;
import org.podium.importers.csv.internal.CsvSyntaxException;

/** Cheap detection over a file's first bytes: is its first line after the comments a header of a known kind? */
public final class SheetDetection {

    private SheetDetection() {
    }

    public static boolean looksLikeKnownTable(String head) {
        Preamble preamble = Preamble.of(head);
        String headerLine = preamble.headerLine();
        if (headerLine.isBlank()) {
            return false;
        }
        try {
            CsvGrid grid = CsvGrid.parse(headerLine, Delimiters.detect(headerLine, false), 1);
            return !grid.rows().isEmpty()
                    && KindChooser.byHeaders(Lists.immutable.ofAll(grid.rows().getFirst().cells())).isPresent();
        } catch (CsvSyntaxException broken) {
            return false;
        }
    }
}
