package org.podium.exporters.excel.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a workbook uses, made once: a workbook holds at most 64 000 styles, so
 * never one per cell.
 */
final class CellStyles {

    /** Hours past 24 keep counting, so 48:00:59 shows as 48:00:59 and not 00:00:59. */
    static final String DURATION_FORMAT = "[h]:mm:ss";
    static final String DURATION_MILLIS_FORMAT = "[h]:mm:ss.000";
    /** ISO dates, whatever the reader's locale. */
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String INTEGER_FORMAT = "0";

    /**
     * The workbook's default style (index 0, written as no {@code s} attribute), set on every cell
     * that has no other: a cell without a style makes POI look up its column's style, a tree
     * lookup per cell written.
     */
    final CellStyle plain;
    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle duration;
    final CellStyle durationMillis;
    final CellStyle integer;

    CellStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        plain = workbook.getCellStyleAt(0);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = withFormat(workbook, formats, DATE_FORMAT);
        dateTime = withFormat(workbook, formats, DATE_TIME_FORMAT);
        duration = withFormat(workbook, formats, DURATION_FORMAT);
        durationMillis = withFormat(workbook, formats, DURATION_MILLIS_FORMAT);
        integer = withFormat(workbook, formats, INTEGER_FORMAT);
    }

    private static CellStyle withFormat(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
