package org.podium.exporters.excel.internal;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.podium.spi.Diagnostics;

/**
 * What every sheet of one workbook shares while it is written.
 *
 * @param workbook        the streaming workbook
 * @param styles          its cell styles
 * @param names           the sheet and table names taken so far
 * @param maxRowsPerSheet rows per sheet, header included, before a table continues on the next sheet
 * @param diagnostics     where problems go
 */
record WorkbookParts(SXSSFWorkbook workbook, CellStyles styles, SheetNames names, int maxRowsPerSheet,
        Diagnostics diagnostics) {
}
