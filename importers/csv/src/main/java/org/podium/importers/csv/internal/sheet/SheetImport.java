package org.podium.importers.csv.internal.sheet;

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
 * from the first records, the kind from the headers and rows, and the kind's reader builds the
 * event. Says on the diagnostics which kind it found and what each column was taken to mean.
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
        return read(text, tabSeparatedFile, null);
    }

    /**
     * @param looksLike what the file looks like ({@code ContentSniffer}), for the message when its
     *                  first line is not a header at all; null when unknown
     */
    public Event read(String text, boolean tabSeparatedFile, String looksLike) throws ImportException {
        return read(new String[] {text}, tabSeparatedFile, looksLike);
    }

    /**
     * Reads a file's text and lets go of it once its records are read: {@code text} holds it
     * alone, and is emptied. A large sheet's text is as large as its rows, and the classifications
     * are built after.
     */
    public Event read(String[] text, boolean tabSeparatedFile, String looksLike) throws ImportException {
        // The sheet alone holds the rows from here, so a reader can let them go once it has read them.
        KindChooser.Choice[] choice = new KindChooser.Choice[1];
        Sheet sheet = sheet(text, tabSeparatedFile, looksLike, choice);
        return switch (choice[0].kind()) {
            case TIMING_SHEET -> new TimingSheetReader(sheet).read();
            case STANDINGS -> new StandingsReader(sheet).read();
            case ITINERARY -> new ItineraryReader(sheet).read();
        };
    }

    /** The sheet; {@code choice[0]} its kind. */
    private Sheet sheet(String[] text, boolean tabSeparatedFile, String looksLike, KindChooser.Choice[] chosen)
            throws ImportException {
        Table table = table(fileName, text, tabSeparatedFile, looksLike);
        Preamble preamble = table.preamble();
        char delimiter = table.delimiter();
        SheetRow header = table.header();
        ImmutableList<String> headers = table.headers();
        ImmutableList<SheetRow> rows = table.rows();
        KindChooser.Choice choice = KindChooser.choose(headers, rows);
        if (choice == null) {
            throw new ImportException(SourcePosition.of(fileName, header.line(), 0), notATable(headers, delimiter,
                    preamble.headerLine(), looksLike, rows));
        }
        if (rows.isEmpty()) {
            // A sheet exported before any result came in: empty documents would look like a race nobody finished.
            throw new ImportException(SourcePosition.of(fileName, header.line(), 0), "the header of "
                    + choice.kind().description() + " is here, but no row under it: nothing to convert");
        }
        chosen[0] = choice;
        report(fileName, diagnostics, choice.kind().description(), ", fields separated by "
                + Delimiters.describe(delimiter) + (choice.setAside() == null ? "" : " (" + choice.setAside() + ")"),
                choice.kind(), choice.layout(), header.line(), rows);
        Facts facts = Facts.read(preamble, fileName, eventName, diagnostics);
        Sheet sheet = new Sheet(fileName, choice.layout(), header.line(), rows, diagnostics, facts);
        reportWidths(sheet, headers.size());
        return sheet;
    }

    /** A file's preamble, delimiter and records. */
    record Table(Preamble preamble, char delimiter, CsvGrid grid) {

        SheetRow header() {
            return grid.rows().getFirst();
        }

        ImmutableList<String> headers() {
            return Lists.immutable.ofAll(header().cells());
        }

        /** The records under the header, blank ones left out. */
        ImmutableList<SheetRow> rows() {
            return grid.rows().drop(1).reject(SheetRow::isBlank);
        }
    }

    /**
     * A file's records; the text is dropped from {@code holder} and no frame keeps it once they are read.
     *
     * @throws ImportException when the file has no header row, or its quoting is broken
     */
    static Table table(String fileName, String[] holder, boolean tabSeparatedFile, String looksLike)
            throws ImportException {
        String text = holder[0];
        holder[0] = null;
        Preamble preamble = Preamble.of(text);
        if (preamble.headerLine().isBlank()) {
            throw new ImportException(SourcePosition.of(fileName, preamble.firstLine(), 0),
                    "no header row: the file holds only comments or nothing");
        }
        char delimiter = Delimiters.detect(text, preamble.tableStart(), tabSeparatedFile);
        try {
            return new Table(preamble, delimiter, CsvGrid.parse(text, preamble.tableStart(), delimiter,
                    preamble.firstLine()));
        } catch (CsvSyntaxException e) {
            String otherFormat = otherFormat(looksLike);
            throw new ImportException(SourcePosition.of(fileName, e.lastGoodLine(), 0), otherFormat == null
                    ? e.getMessage() : "this file looks like " + otherFormat + ", not a table of fields separated by "
                            + Delimiters.known());
        }
    }

    /**
     * Why no kind fits, with the headers as read and the delimiter that split them (a wrong
     * delimiter shows at once), and each kind tried; a file that is not a table at all (HTML,
     * wikitext) is named for what it is instead.
     */
    private static String notATable(ImmutableList<String> headers, char delimiter, String headerLine, String looksLike,
            ImmutableList<SheetRow> rows) {
        String otherFormat = otherFormat(looksLike);
        String line = headerLine.strip();
        String shown = "'" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "'";
        if (headers.size() == 1) {
            String split = Delimiters.noneIn(headerLine) ? "none of " + Delimiters.known() + " separates its fields"
                    : "its fields are separated by none of " + Delimiters.known() + " consistently";
            if (otherFormat != null) {
                return "this file looks like " + otherFormat + ", not a table of fields separated by "
                        + Delimiters.known() + ": its first line " + shown + " is one single column";
            }
            return "not a table Podium knows (its first line " + shown + " is one single column: " + split
                    + "; save the table as CSV with one of them). Tried: "
                    + KindChooser.attempt(headers, rows).describe();
        }
        return "not a table Podium knows (" + (otherFormat == null ? "" : "the file looks like " + otherFormat + "; ")
                + headers.size() + " columns separated by " + Delimiters.describe(delimiter) + ": "
                + headers.collect(h -> "'" + h.strip() + "'").makeString(", ") + "). Tried: "
                + KindChooser.attempt(headers, rows).describe();
    }

    /** What the file looks like when that is something other than a table or plain text (HTML, wikitext), else null. */
    private static String otherFormat(String looksLike) {
        return looksLike == null || looksLike.startsWith("a table") || looksLike.startsWith("plain text")
                || looksLike.startsWith("UTF-") ? null : looksLike;
    }

    /**
     * What the file was read as, and every column's meaning: the reader's guesses are visible, never
     * silent. An empty column without a header (a spreadsheet's trailing separators) has nothing to say.
     *
     * @param description what the file is ({@code a timing sheet (one row per crew per stage)})
     * @param details     said after it: the delimiter, a kind set aside
     * @param kind        the sheet's kind, for what it keeps of each column; null for a race folder's file
     */
    static void report(String fileName, Diagnostics diagnostics, String description, String details, SheetKind kind,
            Layout layout, int line, ImmutableList<SheetRow> rows) {
        diagnostics.report(Diagnostic.info(SourcePosition.of(fileName, line, 0), "read as " + description + details));
        for (int column = 0; column < layout.headers().size(); column++) {
            Meaning meaning = layout.meanings().get(column);
            SourcePosition at = SourcePosition.of(fileName, line, column + 1);
            String header = "'" + layout.header(column) + "'";
            if (meaning == null) {
                int index = column;
                if (layout.header(column).isEmpty() && rows.allSatisfy(row -> row.cell(index).isBlank())) {
                    continue;
                }
                if (layout.header(column).isEmpty() && layout.headers().size() > 1) {
                    diagnostics.report(Diagnostic.warning(at, "column " + (column + 1) + " has no header; its values"
                            + " are not imported"));
                } else {
                    diagnostics.report(Diagnostic.warning(at, "column " + header + " is not one Podium reads in "
                            + description + "; its values are not imported"));
                }
            } else if (notKept(kind, meaning) != null) {
                diagnostics.report(Diagnostic.warning(at, "column " + header + " taken as " + meaning.label()
                        + ", not imported: " + notKept(kind, meaning)));
            } else {
                diagnostics.report(Diagnostic.info(at, "column " + header + " taken as " + meaning.label()
                        + aside(kind, meaning)));
            }
        }
    }

    /** Why a column read is not imported in this kind, or null when it is. */
    private static String notKept(SheetKind kind, Meaning meaning) {
        if (kind != SheetKind.TIMING_SHEET) {
            return null;
        }
        return switch (meaning) {
            case POINTS, LAPS, GRID, CLASS_POSITION -> "a timing sheet's classifications are computed from its times,"
                    + " and its rows are one crew's stage each, where " + meaning.label() + " has no place";
            default -> null;
        };
    }

    private static String aside(SheetKind kind, Meaning meaning) {
        if (kind == SheetKind.TIMING_SHEET && (meaning == Meaning.POSITION || meaning == Meaning.GAP)) {
            return ", not read: Podium computes positions and gaps from the times";
        }
        return switch (meaning) {
            case START_TIME -> " (a time of day, never a result)";
            case STAGE_NAME, WINNER_TIME, LEADER -> "; the model has no field for it, so each stage's is kept in a note"
                    + " beside the itinerary";
            default -> "";
        };
    }

    static void reportWidths(Sheet sheet, int width) {
        for (SheetRow row : sheet.rows) {
            if (row.cells().size() > width) {
                ImmutableList<String> extra = row.cells().drop(width).reject(String::isBlank);
                if (!extra.isEmpty()) {
                    sheet.diagnostics.report(Diagnostic.warning(sheet.at(row, width), "this row has more fields than the"
                            + " header; " + extra.makeString(", ") + " not imported"));
                }
            }
        }
    }
}
