package org.podium.exporters.excel;

import java.io.IOException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.podium.exporters.excel.internal.EventWorkbook;
import org.podium.model.Event;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;

/**
 * Writes an event as an Excel workbook for statisticians: sheets Event, Stages, Entries, Results
 * (one row per classification line), one standings sheet per category, Penalties, Notes and, when
 * the options ask for checks, Checks (the consistency findings), each with a frozen header and an
 * Excel table. Positions, race numbers, stages and distances are
 * numbers, dates are dates, times are durations formatted {@code [h]:mm:ss} with a milliseconds
 * twin. Stateless; rows are streamed, so large events are written in bounded memory.
 */
public final class ExcelExporter implements Exporter {

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("xlsx", "Excel workbook", "0.1.0",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

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
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Creates {@link ExportRequest#target()} and writes the workbook; nothing is created when the event is refused. */
    @Override
    public void write(Event event, ExportRequest request) throws ExportException, IOException {
        EventWorkbook.write(event, request.options(), request.diagnostics(), request.target(), maxRowsPerSheet);
    }
}
