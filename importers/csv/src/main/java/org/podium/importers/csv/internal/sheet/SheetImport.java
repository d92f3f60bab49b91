package org.podium.importers.csv.internal.sheet;

import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.csv.internal.CsvGrid;
import org.podium.importers.csv.internal.CsvSyntaxException;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * One table file people keep: comments before the header give event facts, the delimiter comes
 * from the header line, the kind from the headers, and the kind's reader builds the event. Says on
 * the diagnostics which kind it found and what each column was taken to mean.
 */
public final class SheetImport {

    private final String fileName;
    private final String eventName;
    private final Diagnostics diagnostics;

    /**
     * @param fileName  the name positions use
     * @param eventName the event's name from the command line, or null
     */
    public SheetImport(String fileName, String eventName, Diagnostics diagnostics) {
        this.fileName = fileName;
        this.eventName = eventName;
        this.diagnostics = diagnostics;
    }

    /**
     * @param text              the file's text, BOM removed
     * @param tabSeparatedFile  whether the file's name says tab-separated
     * @throws ImportException when the file has no header Podium knows, or lacks a required column
     */
    public Event read(String text, boolean tabSeparatedFile) throws ImportException {
        Preamble preamble = Preamble.of(text);
        String headerLine = preamble.headerLine();
        if (headerLine.isBlank()) {
            throw new ImportException(SourcePosition.of(fileName, preamble.firstLine(), 0),
                    "no header row: the file holds only comments or nothing");
        }
        char delimiter = Delimiters.detect(headerLine, tabSeparatedFile);
        CsvGrid grid;
        try {
            grid = CsvGrid.parse(preamble.tableText(), delimiter, preamble.firstLine());
        } catch (CsvSyntaxException e) {
            throw new ImportException(SourcePosition.of(fileName, e.lastGoodLine(), 0), e.getMessage());
        }
        SheetRow header = grid.rows().getFirst();
        ImmutableList<String> headers = Lists.immutable.ofAll(header.cells());
        ImmutableList<SheetRow> rows = grid.rows().drop(1).reject(SheetRow::isBlank);
        Optional<SheetKind> kind = KindChooser.choose(headers, distinctStages(headers, rows));
        if (kind.isEmpty()) {
            throw new ImportException(SourcePosition.of(fileName, header.line(), 0), "not a table Podium knows: "
                    + KindChooser.whatIsMissing(headers));
        }
        Layout layout = Layout.of(headers, kind.get() == SheetKind.ITINERARY ? Meaning.ITINERARY_TABLE : Meaning.RESULT_TABLE);
        report(kind.get(), layout, delimiter, header.line());
        Facts facts = Facts.read(preamble, fileName, eventName, diagnostics);
        Sheet sheet = new Sheet(fileName, layout, header.line(), rows, diagnostics, facts);
        reportWidths(sheet, headers.size());
        return switch (kind.get()) {
            case TIMING_SHEET -> new TimingSheetReader(sheet).read();
            case STANDINGS -> new StandingsReader(sheet).read();
            case ITINERARY -> new ItineraryReader(sheet).read();
        };
    }

    private static int distinctStages(ImmutableList<String> headers, ImmutableList<SheetRow> rows) {
        int column = Layout.of(headers, Meaning.RESULT_TABLE).column(Meaning.STAGE);
        return column < 0 ? 0 : rows.collect(row -> row.cell(column).strip()).reject(String::isEmpty).toSet().size();
    }

    /** The kind, and every column's meaning: the reader's guesses are visible, never silent. */
    private void report(SheetKind kind, Layout layout, char delimiter, int line) {
        diagnostics.report(Diagnostic.info(SourcePosition.of(fileName, line, 0), "read as " + kind.description()
                + ", fields separated by " + Delimiters.describe(delimiter)));
        for (int column = 0; column < layout.headers().size(); column++) {
            Meaning meaning = layout.meanings().get(column);
            SourcePosition at = SourcePosition.of(fileName, line, column + 1);
            String header = "'" + layout.header(column) + "'";
            if (meaning == null) {
                diagnostics.report(Diagnostic.warning(at, "column " + header + " is not one Podium reads in "
                        + kind.description() + "; its values are not imported"));
            } else {
                diagnostics.report(Diagnostic.info(at, "column " + header + " taken as " + meaning.label()
                        + notUsed(kind, meaning)));
            }
        }
    }

    private static String notUsed(SheetKind kind, Meaning meaning) {
        if (kind == SheetKind.TIMING_SHEET && (meaning == Meaning.POSITION || meaning == Meaning.GAP)) {
            return ", not read: Podium computes positions and gaps from the times";
        }
        if (meaning == Meaning.POINTS) {
            return ", not imported: the model has no field for points (they never rank crews)";
        }
        return "";
    }

    private void reportWidths(Sheet sheet, int width) {
        for (SheetRow row : sheet.rows) {
            if (row.cells().size() > width) {
                ImmutableList<String> extra = row.cells().drop(width).reject(String::isBlank);
                if (!extra.isEmpty()) {
                    diagnostics.report(Diagnostic.warning(sheet.at(row, width), "this row has more fields than the"
                            + " header; " + extra.makeString(", ") + " not imported"));
                }
            }
        }
    }
}
