package org.podium.exporters.excel.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.podium.model.SourcePosition;
import org.podium.model.Times;
import org.podium.spi.Diagnostic;

/**
 * One table of data written row by row: a bold, frozen header, then the rows, then an Excel table
 * with its autofilter over them. When a sheet is full the table continues on a numbered sheet
 * ({@code Results (2)}) with the header repeated.
 *
 * <p>The workbook streams: rows leave memory once written, so the column widths are computed here
 * from what was written instead of by POI's auto-size, which sees only the rows still in memory.
 */
final class TableSheet {

    /** Excel shows at most 32 767 characters in a cell and refuses longer text. */
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Width in characters: room for the autofilter's button beside a header, and an upper bound. */
    private static final int FILTER_BUTTON = 3;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 80;
    private static final String TABLE_STYLE = "TableStyleLight9";
    /** A spreadsheet time is a fraction of a day. */
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private final WorkbookParts parts;
    private final String baseName;
    private final List<String> header;

    private SXSSFSheet sheet;
    private int sheetNumber;
    private int nextRow;
    private int[] widths;

    TableSheet(WorkbookParts parts, String baseName, List<String> header) {
        this.parts = parts;
        this.baseName = baseName;
        this.header = uniqueColumnNames(header);
        openSheet();
    }

    void append(RowValues values) {
        List<RowValues.Value> cells = values.values();
        if (cells.size() != header.size()) {
            // A mismatch between a sheet's header and its rows is a bug here, not bad data.
            throw new IllegalStateException(baseName + " has " + header.size() + " columns but a row has "
                    + cells.size());
        }
        if (nextRow >= parts.maxRowsPerSheet()) {
            closeSheet();
            openSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int column = 0; column < cells.size(); column++) {
            write(row, column, cells.get(column));
        }
    }

    /** Sizes the columns and lays the table over the rows of the last sheet. */
    void finish() {
        closeSheet();
    }

    private void openSheet() {
        sheetNumber++;
        String wanted = sheetNumber == 1 ? baseName : continuationName(baseName, sheetNumber);
        sheet = parts.workbook().createSheet(parts.names().sheetName(wanted));
        widths = new int[header.size()];
        Row row = sheet.createRow(0);
        for (int column = 0; column < header.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(header.get(column));
            cell.setCellStyle(parts.styles().header);
            widths[column] = header.get(column).length() + FILTER_BUTTON;
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private static String continuationName(String base, int number) {
        String suffix = " (" + number + ")";
        int room = SheetNames.MAX_SHEET_NAME - suffix.length();
        return (base.length() <= room ? base : base.substring(0, room).strip()) + suffix;
    }

    private void closeSheet() {
        for (int column = 0; column < widths.length; column++) {
            int characters = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[column] + 1));
            sheet.setColumnWidth(column, characters * 256);
        }
        if (nextRow > 1) {
            addTable();
        }
    }

    /**
     * The table is made on the underlying XSSF sheet, which streaming keeps and writes out. That
     * sheet holds no cells (they are streamed), so POI cannot read the column names from the
     * header row: they are set here, equal to the header cells as Excel requires.
     */
    private void addTable() {
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(nextRow - 1, header.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = parts.workbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).createTable(area);
        String name = parts.names().tableName(sheet.getSheetName());
        table.setName(name);
        table.setDisplayName(name);
        List<XSSFTableColumn> columns = table.getColumns();
        for (int column = 0; column < columns.size(); column++) {
            columns.get(column).setName(header.get(column));
        }
        CTTable definition = table.getCTTable();
        String reference = area.formatAsString();
        if (!definition.isSetAutoFilter()) {
            definition.addNewAutoFilter();
        }
        definition.getAutoFilter().setRef(reference);
        CTTableStyleInfo style = definition.isSetTableStyleInfo()
                ? definition.getTableStyleInfo() : definition.addNewTableStyleInfo();
        style.setName(TABLE_STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    private void write(Row row, int column, RowValues.Value value) {
        if (value instanceof RowValues.Blank) {
            return;
        }
        Cell cell = row.createCell(column);
        int shown;
        if (value instanceof RowValues.Text text) {
            // setCellValue(String) always makes a string cell: text that begins with = + - @ is never a formula.
            cell.setCellValue(fitted(text.text()));
            cell.setCellStyle(parts.styles().plain);
            shown = longestLine(text.text());
        } else if (value instanceof RowValues.WholeNumber number) {
            cell.setCellValue(number.number());
            cell.setCellStyle(parts.styles().integer);
            shown = Long.toString(number.number()).length();
        } else if (value instanceof RowValues.Decimal number) {
            cell.setCellValue(number.number().doubleValue());
            cell.setCellStyle(parts.styles().plain);
            shown = number.number().toPlainString().length();
        } else if (value instanceof RowValues.Day day) {
            cell.setCellValue(day.date());
            cell.setCellStyle(parts.styles().date);
            shown = CellStyles.DATE_FORMAT.length();
        } else if (value instanceof RowValues.DayTime dayTime) {
            cell.setCellValue(dayTime.dateTime());
            cell.setCellStyle(parts.styles().dateTime);
            shown = CellStyles.DATE_TIME_FORMAT.length();
        } else if (value instanceof RowValues.Elapsed elapsed) {
            long millis = elapsed.duration().toMillis();
            cell.setCellValue(millis / MILLIS_PER_DAY);
            boolean withMillis = millis % 1000 != 0;
            cell.setCellStyle(withMillis ? parts.styles().durationMillis : parts.styles().duration);
            // [h]:mm:ss, and .000 when there are milliseconds: the hours' digits and seven or eleven more.
            shown = hoursAndClockWidth(elapsed.duration()) + (withMillis ? 4 : 0);
        } else if (value instanceof RowValues.Millis millis) {
            cell.setCellValue(millis.millis());
            cell.setCellStyle(parts.styles().integer);
            shown = Long.toString(millis.millis()).length();
        } else if (value instanceof RowValues.Flag flag) {
            cell.setCellValue(flag.flag());
            cell.setCellStyle(parts.styles().plain);
            shown = Boolean.toString(flag.flag()).length();
        } else {
            throw new IllegalStateException("no cell for " + value);
        }
        widths[column] = Math.max(widths[column], shown);
    }

    private String fitted(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        parts.diagnostics().report(Diagnostic.warning(SourcePosition.UNKNOWN, "a text of " + text.length()
                + " characters in sheet '" + sheet.getSheetName() + "' was cut to Excel's limit of "
                + MAX_CELL_TEXT + " characters"));
        int end = Character.isHighSurrogate(text.charAt(MAX_CELL_TEXT - 1)) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
        return text.substring(0, end);
    }

    /**
     * The length of {@code Times.format} of the duration without its fraction, {@code 48:00:59},
     * counted rather than formatted: it ran for every time cell.
     */
    static int hoursAndClockWidth(Duration duration) {
        if (duration.isNegative()) {
            // Times.format refuses it, as before.
            return Times.format(duration).length();
        }
        long hours = duration.toHours();
        int digits = 1;
        for (long rest = hours / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits + ":mm:ss".length();
    }

    private static int longestLine(String text) {
        if (text.indexOf('\n') < 0) {
            return text.codePointCount(0, text.length());
        }
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }

    /** Excel wants the column names of one table distinct without regard to case. */
    private static List<String> uniqueColumnNames(List<String> names) {
        Set<String> taken = new HashSet<>();
        List<String> unique = new ArrayList<>(names.size());
        for (String name : names) {
            String candidate = name;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = name + " " + n;
            }
            unique.add(candidate);
        }
        return unique;
    }
}
