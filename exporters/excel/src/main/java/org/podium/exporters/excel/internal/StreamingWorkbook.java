package org.podium.exporters.excel.internal;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.podium.spi.BlockWriter;

/**
 * POI's streaming workbook, with inline strings, set for speed over size. Profiled on the
 * 7 000-crew, 15-stage event, more than half of the time was zlib: every sheet's XML was deflated
 * into a gzip scratch file, inflated again and deflated a second time into the workbook at the
 * default level. Scratch files are therefore plain XML (they live in the host's scratch folder
 * only while the workbook is written, and are deleted when it closes), and the workbook's entries
 * are deflated at {@link Deflater#BEST_SPEED}: the cells are the same, the file about a quarter
 * larger. The sheets' XML goes through a {@link BlockWriter}: POI writes every text a character
 * at a time, and its {@code BufferedWriter} took a lock for each, a fifth of the workbook's time.
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

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter(getSharedStringSource()) {
            // Deprecated in POI 5 without a replacement that keeps the scratch file (the one other
            // constructor writes to a stream and cannot read the sheet back); POI's version is pinned.
            @SuppressWarnings("deprecation")
            @Override
            public Writer createWriter(File file) throws IOException {
                return new BlockWriter(new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8));
            }
        };
    }
}
