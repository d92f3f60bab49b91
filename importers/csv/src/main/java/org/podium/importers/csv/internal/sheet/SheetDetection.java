package org.podium.importers.csv.internal.sheet;

import org.eclipse.collections.api.factory.Lists;
import org.podium.importers.csv.internal.CsvGrid;
import org.podium.importers.csv.internal.CsvSyntaxException;
import org.podium.importers.csv.internal.SheetRow;

/** Cheap detection over a file's first bytes, by content: is it a delimited table, and of a kind Podium knows? */
public final class SheetDetection {

    /** What the first bytes show. */
    public enum Verdict {
        /** Not a delimited table. */
        NOT_A_TABLE,
        /** Delimited records, but no header Podium knows. */
        SOME_TABLE,
        /** A header of a timing sheet, standings or an itinerary. */
        KNOWN_TABLE
    }

    private SheetDetection() {
    }

    /** @param head the first bytes as text (BOM removed); its last line may be cut short */
    public static Verdict examine(String head) {
        Preamble preamble = Preamble.of(head);
        String headerLine = preamble.headerLine();
        if (headerLine.isBlank() || headerLine.indexOf('\u0000') >= 0) {
            return Verdict.NOT_A_TABLE;
        }
        char delimiter = Delimiters.detect(head, preamble.tableStart(), false);
        try {
            CsvGrid grid = CsvGrid.parse(headerLine, delimiter, 1);
            if (grid.rows().isEmpty()) {
                return Verdict.NOT_A_TABLE;
            }
            SheetRow header = grid.rows().getFirst();
            if (KindChooser.knownByHeaders(Lists.immutable.ofAll(header.cells()))) {
                return Verdict.KNOWN_TABLE;
            }
            return header.cells().size() > 1 && Delimiters.splitsEvenly(head, preamble.tableStart(), delimiter)
                    ? Verdict.SOME_TABLE : Verdict.NOT_A_TABLE;
        } catch (CsvSyntaxException broken) {
            return Verdict.NOT_A_TABLE;
        }
    }
}
