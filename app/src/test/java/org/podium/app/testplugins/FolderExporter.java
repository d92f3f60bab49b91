package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.podium.report.Report;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;

/** Writes a folder, like the data package. */
public final class FolderExporter implements Exporter {

    @Override
    public ExporterDescriptor descriptor() {
        return ExporterDescriptor.builder("dir", "A folder").mediaType("inode/directory").folder().build();
    }

    @Override
    public void write(Report report, ExportRequest request) throws IOException {
        Files.writeString(request.folder().resolve("index.txt"), TextExporter.describe(report), StandardCharsets.UTF_8);
    }
}
