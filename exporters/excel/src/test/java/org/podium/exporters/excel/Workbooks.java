package org.podium.exporters.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.collections.api.factory.Maps;
import org.podium.model.Event;
import org.podium.spi.Diagnostics;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;

/** Writing a workbook in a test and finding things in it when read back with POI. */
final class Workbooks {

    static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2002-01-13T18:00:00Z");

    private Workbooks() {
    }

    static ExportOptions defaults() {
        return ExportOptions.defaults(ISSUED_AT);
    }

    static Path write(ExcelExporter exporter, Event event, ExportOptions options, Path target,
            Diagnostics diagnostics) throws Exception {
        exporter.write(event, new ExportRequest(target, options, Maps.immutable.empty(), diagnostics));
        return target;
    }

    static Path write(Event event, Path target) throws Exception {
        return write(new ExcelExporter(), event, defaults(), target, Diagnostics.collector());
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
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
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(value)) {
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
