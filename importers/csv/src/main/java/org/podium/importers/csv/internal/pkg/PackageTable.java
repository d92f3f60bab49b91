package org.podium.importers.csv.internal.pkg;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.datapackage.Column;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.importers.csv.internal.CsvGrid;
import org.podium.importers.csv.internal.CsvSyntaxException;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.importers.csv.internal.TextDecoder;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;
import org.podium.spi.ImportException;

/**
 * One file of the data package, its columns found by header name (the package's columns have
 * unique names; readers ignore the ones they do not know). Every accessor turns a cell into a
 * value in the package's formats, or reports the cell with file, line and column and gives null.
 */
final class PackageTable {

    private static final Pattern TIME = Pattern.compile(DataPackageSchema.TIME_PATTERN);
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String fileName;
    private final Map<String, Integer> columns;
    private final ImmutableList<SheetRow> rows;
    private final Diagnostics diagnostics;

    private PackageTable(String fileName, Map<String, Integer> columns, ImmutableList<SheetRow> rows,
            Diagnostics diagnostics) {
        this.fileName = fileName;
        this.columns = columns;
        this.rows = rows;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the table's file from {@code folder}.
     *
     * @throws ImportException when the file has no header or lacks a column of the schema
     */
    static PackageTable read(Path folder, Table table, Diagnostics diagnostics) throws ImportException, IOException {
        String fileName = table.fileName();
        String text = TextDecoder.decode(Files.readAllBytes(folder.resolve(fileName)), fileName, diagnostics);
        CsvGrid grid;
        try {
            grid = CsvGrid.parse(text, ',', 1);
        } catch (CsvSyntaxException e) {
            throw new ImportException(SourcePosition.of(fileName, e.lastGoodLine(), 0), e.getMessage());
        }
        if (grid.rows().isEmpty()) {
            throw new ImportException(SourcePosition.of(fileName, 1, 0),
                    "the file is empty; the data package writes a header row in every table");
        }
        SheetRow header = grid.rows().getFirst();
        Map<String, Integer> columns = new HashMap<>();
        header.cells().forEachWithIndex((name, index) -> columns.putIfAbsent(TextDecoder.withoutBom(name).strip(), index));
        for (Column column : table.columns()) {
            if (!columns.containsKey(column.name()) && !DataPackageSchema.ADDED_COLUMNS.contains(column.name())) {
                throw new ImportException(SourcePosition.of(fileName, header.line(), 0),
                        "the column '" + column.name() + "' is missing; " + fileName + " needs "
                                + table.header().reject(DataPackageSchema.ADDED_COLUMNS::contains).makeString(", "));
            }
        }
        return new PackageTable(fileName, columns, grid.rows().drop(1), diagnostics);
    }

    String fileName() {
        return fileName;
    }

    ImmutableList<SheetRow> rows() {
        return rows;
    }

    SourcePosition at(SheetRow row) {
        return SourcePosition.of(fileName, row.line(), 0);
    }

    SourcePosition at(SheetRow row, String column) {
        return SourcePosition.of(fileName, row.line(), columns.getOrDefault(column, -1) + 1);
    }

    /** The cell as written, or null when it is empty (a missing value). */
    String text(SheetRow row, String column) {
        String cell = raw(row, column);
        return cell.isEmpty() ? null : cell;
    }

    Integer integer(SheetRow row, String column) {
        String cell = raw(row, column);
        if (cell.isEmpty()) {
            return null;
        }
        if (INTEGER.matcher(cell).matches()) {
            try {
                return Integer.valueOf(cell);
            } catch (NumberFormatException tooLarge) {
                return unreadable(row, column, cell, "a whole number");
            }
        }
        return unreadable(row, column, cell, "a whole number");
    }

    BigDecimal number(SheetRow row, String column) {
        String cell = raw(row, column);
        if (cell.isEmpty()) {
            return null;
        }
        return NUMBER.matcher(cell).matches() ? new BigDecimal(cell) : unreadable(row, column, cell, "a decimal number like 404 or 30.3");
    }

    LocalDate date(SheetRow row, String column) {
        String cell = raw(row, column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            return unreadable(row, column, cell, "a date YYYY-MM-DD");
        }
    }

    /**
     * A flag; an unreadable one is reported and read as {@code fallback}, since a flag cannot be
     * missing. A column the package predates ({@link DataPackageSchema#ADDED_COLUMNS}) reads as {@code fallback}.
     */
    boolean flag(SheetRow row, String column, boolean fallback) {
        if (!columns.containsKey(column)) {
            return fallback;
        }
        String cell = raw(row, column);
        if (cell.equals("true") || cell.equals("false")) {
            return cell.equals("true");
        }
        diagnostics.report(Diagnostic.error(at(row, column), "cannot read '" + cell + "' in column " + column
                + " as true or false; read as " + fallback));
        return fallback;
    }

    /**
     * A time {@code H:MM:SS[.mmm]}. Its {@code _ms} twin is only a convenience for other tools, so
     * the time column wins; a twin that disagrees is reported.
     */
    Duration time(SheetRow row, String column) {
        String cell = raw(row, column);
        Duration time = cell.isEmpty() ? null : parseTime(cell);
        if (!cell.isEmpty() && time == null) {
            return unreadable(row, column, cell, "a time H:MM:SS or H:MM:SS.mmm");
        }
        String twinColumn = column + "_ms";
        String twin = columns.containsKey(twinColumn) ? raw(row, twinColumn) : "";
        if (time != null && !twin.isEmpty() && !twin.equals(Long.toString(time.toMillis()))) {
            diagnostics.report(Diagnostic.warning(at(row, twinColumn), twinColumn + " is " + twin + " but " + column
                    + " is " + cell + " (" + time.toMillis() + " ms); " + column + " is used"));
        }
        return time;
    }

    private static Duration parseTime(String cell) {
        if (!TIME.matcher(cell).matches()) {
            return null;
        }
        String[] clock = cell.split(":");
        String[] seconds = clock[2].split("\\.");
        long millis = seconds.length > 1 ? Long.parseLong((seconds[1] + "00").substring(0, 3)) : 0;
        try {
            Duration time = Duration.ofHours(Long.parseLong(clock[0]))
                    .plusMinutes(Long.parseLong(clock[1]))
                    .plusSeconds(Long.parseLong(seconds[0]))
                    .plusMillis(millis);
            // Every time has its milliseconds twin: one whose milliseconds no long holds is no time.
            time.toMillis();
            return time;
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            return null;
        }
    }

    private String raw(SheetRow row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** Reports the cell and gives null: the row is kept with this value missing. */
    <T> T unreadable(SheetRow row, String column, String cell, String expected) {
        diagnostics.report(Diagnostic.error(at(row, column), "cannot read '" + cell + "' in column " + column
                + " as " + expected + "; the row is kept without it"));
        return null;
    }
}
