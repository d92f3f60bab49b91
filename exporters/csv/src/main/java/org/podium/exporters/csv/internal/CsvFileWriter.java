package org.podium.exporters.csv.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.datapackage.Column;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;

/**
 * Writes one table of the package: UTF-8 without BOM, {@code ,} between fields, {@code \n} after
 * every record, a header row, and quotes only around a value that holds a comma, a quote or a line
 * break.
 *
 * <p>Commons CSV's {@code QuoteMode.MINIMAL} is not used here because it quotes more than that
 * rule: an empty first field, a value starting with a character up to {@code #} (a space, {@code !},
 * {@code #}, a tab) and a value ending in whitespace. Its heuristics have also changed between
 * releases, and the package's bytes must not move with a library upgrade. The rule is small enough
 * to own; Commons CSV reads the result back in the tests, as the importer will.
 */
public final class CsvFileWriter {

    private static final char DELIMITER = ',';
    private static final char QUOTE = '"';
    private static final String RECORD_SEPARATOR = "\n";

    private CsvFileWriter() {
    }

    /**
     * Creates {@code file} (it must not exist) and writes the table's header and rows.
     *
     * @throws IllegalArgumentException when a row's width is not the table's
     */
    public static void write(Path file, Table table, Iterable<Row> rows) throws IOException {
        ImmutableList<String> header = DataPackageSchema.expandedColumns(table).collect(Column::name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeRecord(out, header);
            for (Row row : rows) {
                ImmutableList<String> cells = row.cells();
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException(table.fileName() + " has " + header.size()
                            + " columns but a row has " + cells.size() + ": " + cells);
                }
                writeRecord(out, cells);
            }
        }
    }

    /** One record, with its line end. */
    static void writeRecord(Appendable out, ImmutableList<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(DELIMITER);
            }
            out.append(field(cells.get(i)));
        }
        out.append(RECORD_SEPARATOR);
    }

    /** The value as a field: as it is, or quoted with inner quotes doubled when it must be. */
    static String field(String value) {
        if (!needsQuotes(value)) {
            return value;
        }
        String doubled = value.replace(String.valueOf(QUOTE), String.valueOf(QUOTE) + QUOTE);
        return QUOTE + doubled + QUOTE;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == DELIMITER || c == QUOTE || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
