package org.podium.importers.csv.internal.sheet;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.SourcePosition;
import org.podium.model.Times;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** One table being read: its rows, what each column means, and where to report. */
final class Sheet {

    final String fileName;
    final Layout layout;
    final int headerLine;
    /** The rows; empty once a reader has taken what it needs ({@link #dropRows}). */
    ImmutableList<SheetRow> rows;
    final Diagnostics diagnostics;
    final Facts facts;

    Sheet(String fileName, Layout layout, int headerLine, ImmutableList<SheetRow> rows,
            Diagnostics diagnostics, Facts facts) {
        this.fileName = fileName;
        this.layout = layout;
        this.headerLine = headerLine;
        this.rows = rows;
        this.diagnostics = diagnostics;
        this.facts = facts;
    }

    /**
     * Lets the rows go: a timing sheet's reader has everything it needs from them before the
     * classifications are computed, and a million rows are hundreds of megabytes.
     */
    void dropRows() {
        rows = org.eclipse.collections.api.factory.Lists.immutable.empty();
    }

    SourcePosition at(SheetRow row, int column) {
        return SourcePosition.of(fileName, row.line(), column + 1);
    }

    SourcePosition at(SheetRow row) {
        return at(row.line());
    }

    SourcePosition at(int line) {
        return SourcePosition.of(fileName, line, 0);
    }

    SourcePosition at(int line, int column) {
        return SourcePosition.of(fileName, line, column + 1);
    }

    SourcePosition header(int column) {
        return SourcePosition.of(fileName, headerLine, column + 1);
    }

    /** The first column of this meaning's cell, trimmed, or null when empty or absent. */
    String text(SheetRow row, Meaning meaning) {
        int column = layout.column(meaning);
        if (column < 0) {
            return null;
        }
        String cell = row.cell(column).strip();
        return cell.isEmpty() ? null : cell;
    }

    /** The row's category, else {@code defaultCategory} (said when the row's category cell is empty). */
    String category(SheetRow row, String defaultCategory) {
        int column = layout.column(Meaning.CATEGORY);
        String name = text(row, Meaning.CATEGORY);
        if (column >= 0 && name == null) {
            diagnostics.report(Diagnostic.warning(at(row, column), "no category on this row; taken as "
                    + defaultCategory));
        }
        return name == null ? defaultCategory : name;
    }

    /**
     * A penalty or a plain time under the column's reading: a time or a gap; anything else (an
     * unreadable cell, words, {@code s.t.}) is reported where it is and gives empty.
     */
    Optional<Duration> time(SheetRow row, int column, TimeReading reading) {
        if (column < 0) {
            return Optional.empty();
        }
        ResultCell cell = ResultCell.read(row.cell(column), reading);
        if (cell.hasDuration()) {
            return Optional.of(cell.duration());
        }
        if (cell.kind() != ResultCell.Kind.BLANK) {
            unreadable(row, column, cell);
        }
        return Optional.empty();
    }

    /** Reads a cell of a time or gap column; the caller decides what a non-time means there. */
    ResultCell cell(SheetRow row, int column, TimeReading reading) {
        return column < 0 ? ResultCell.BLANK : ResultCell.read(row.cell(column), reading);
    }

    /** A cell that is not a time where one is wanted: reported where it is; the row is kept. */
    void unreadable(SheetRow row, int column, ResultCell cell) {
        String why = Times.looksTooLong(cell.text()) ? ": it is out of range (Podium reads times up to 9999:59:59)"
                : " as a time (" + ResultCell.NOTATIONS + ")";
        diagnostics.report(Diagnostic.error(at(row, column), "cannot read '" + cell.text() + "' in "
                + layout.header(column) + why + "; the row is kept without it"));
    }

    /** A race number ({@code 12}, {@code #12}); an unreadable one is reported and gives null. */
    Integer number(SheetRow row) {
        String text = text(row, Meaning.NUMBER);
        if (text == null) {
            return null;
        }
        String digits = text.startsWith("#") ? text.substring(1).strip() : text;
        if (digits.length() <= 9 && Times.digits(digits, 0, digits.length())) {
            return Integer.valueOf(digits);
        }
        diagnostics.report(Diagnostic.error(at(row, layout.column(Meaning.NUMBER)), "cannot read '" + text
                + "' as a race number; the entry is kept without one"));
        return null;
    }
}
