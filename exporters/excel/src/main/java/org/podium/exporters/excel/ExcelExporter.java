package org.podium.exporters.excel;

import java.io.IOException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.podium.exporters.excel.internal.EventWorkbook;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;

/**
 * Writes a report as an Excel workbook for statisticians: sheets Event, Stages, Entries, Results
 * (one row per classification line), one standings sheet per category, Charts (the race charts'
 * numbers and native charts drawn from them, when there is something to draw), Penalties, Notes
 * and, when the options ask for checks, Checks (the consistency findings), each table with a frozen
 * header and an Excel table. The workbook shows everything in the report's scope; sheet names and headers are in
 * the report's language. Positions, race numbers, stages and distances are numbers, dates are
 * dates, times are durations formatted {@code [h]:mm:ss} with a milliseconds twin. Stateless; rows
 * are streamed, so large events are written in bounded memory.
 */
public final class ExcelExporter implements Exporter {

    private static final ExporterDescriptor DESCRIPTOR = ExporterDescriptor.builder("xlsx", "Excel workbook")
            .mediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .extensions("xlsx")
            .build();

    private final int maxRowsPerSheet;

    public ExcelExporter() {
        // ServiceLoader needs a public no-argument constructor.
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With fewer rows per sheet than Excel's 1 048 576, so tests can reach a continuation sheet. */
    ExcelExporter(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalArgumentException("a sheet holds a header and at least one row, and at most "
                    + SpreadsheetVersion.EXCEL2007.getMaxRows() + " rows: " + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    @Override
    public ExporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Writes the workbook to {@link ExportRequest#output()}, which stays open; the rows streamed out
     * of memory wait in the request's {@link ExportRequest#scratch() scratch} folder.
     */
    @Override
    public void write(Report report, ExportRequest request) throws ExportException, IOException {
        EventWorkbook.write(report, request.diagnostics(), request.output(), maxRowsPerSheet,
                request.scratch().orElse(null));
    }
}
