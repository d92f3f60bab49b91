package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.podium.model.Event;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.OutputKind;

/** Writes a folder, like the data package. */
public final class FolderExporter implements Exporter {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("dir", "A folder", "1.0", "inode/directory").withOutputKind(OutputKind.FOLDER);
    }

    @Override
    public void write(Event event, ExportRequest request) throws IOException {
        Files.createDirectory(request.target());
        Files.writeString(request.target().resolve("index.txt"), TextExporter.describe(event, request),
                StandardCharsets.UTF_8);
    }
}
