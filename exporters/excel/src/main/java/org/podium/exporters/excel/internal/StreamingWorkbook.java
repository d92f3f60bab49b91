package org.podium.exporters.excel.internal;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's streaming workbook, with inline strings, set for speed over size. Profiled on the
 * 7 000-crew, 15-stage event, more than half of the time was zlib: every sheet's XML was deflated
 * into a gzip scratch file, inflated again and deflated a second time into the workbook at the
 * default level. Scratch files are therefore plain XML (they live in the host's scratch folder
 * only while the workbook is written, and are deleted when it closes), and the workbook's entries
 * are deflated at {@link Deflater#BEST_SPEED}: the cells are the same, the file about a quarter
 * larger.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowsInMemory) {
        super(null, rowsInMemory, false, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
