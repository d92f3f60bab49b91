package org.podium.exporters.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podium.launcher.SafeExport;
import org.podium.model.Event;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.report.Scope;
import org.podium.spi.Diagnostics;
import org.podium.spi.PluginOptions;

/**
 * Writing a workbook in a test as the host writes it ({@link SafeExport}: a temporary file moved
 * into place), and finding things in it when read back with POI.
 */
final class Workbooks {

    static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

    private Workbooks() {
    }

    static DocumentOptions defaults() {
        return DocumentOptions.defaults(ISSUED_AT);
    }

    /** The report of the whole event with the default options. */
    static Report report(Event event) {
        return Report.of(event, defaults());
    }

    /** The report of a scope: categories (empty for all) and a stage (null for the whole event). */
    static Report report(Event event, DocumentOptions options, List<String> categories, String stage)
            throws Exception {
        return Report.builder(event, options).scope(Scope.of(categories, stage)).build();
    }

    static Path write(ExcelExporter exporter, Report report, Path target, Diagnostics diagnostics) throws Exception {
        SafeExport.write(exporter, "test", report, PluginOptions.defaults(exporter.descriptor().options()),
                diagnostics, target);
        return target;
    }

    static Path write(Report report, Path target) throws Exception {
        return write(new ExcelExporter(), report, target, Diagnostics.collector());
    }

    static Path write(Event event, Path target) throws Exception {
        return write(report(event), target);
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The sheet names in workbook order. */
    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The header cells of a sheet, as text. */
    static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            names.add(cell.getStringCellValue());
        }
        return names;
    }

    static int column(Sheet sheet, String name) {
        int index = header(sheet).indexOf(name);
        if (index < 0) {
            throw new AssertionError("sheet '" + sheet.getSheetName() + "' has no column '" + name + "': "
                    + header(sheet));
        }
        return index;
    }

    /** The data rows (header left out) whose cell in {@code column} is the string {@code value}. */
    static List<Row> rowsWhere(Sheet sheet, String column, String value) {
        int index = column(sheet, column);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(index);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                rows.add(row);
            }
        }
        return rows;
    }

    static Cell cell(Row row, String column) {
        return row.getCell(column(row.getSheet(), column));
    }

    /** A spreadsheet time: the duration as a fraction of a day. */
    static double days(int hours, int minutes, int seconds) {
        return (hours * 3600 + minutes * 60 + seconds) / 86400.0;
    }
}
