package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.podium.model.Event;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.PluginOption;

/** Writes half its output, then fails: as a plugin would ({@code mode=export}) or with a bug ({@code mode=bug}). */
public final class FailingExporter implements Exporter {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("broken", "Always fails", "1.0", "text/plain", "bad")
                .withOptions(new PluginOption("mode", "export or bug", "export"));
    }

    @Override
    public void write(Event event, ExportRequest request) throws ExportException, IOException {
        Files.writeString(request.target(), "half a bulletin", StandardCharsets.UTF_8);
        if (request.pluginOptions().getIfAbsentValue("mode", "export").equals("bug")) {
            throw new IllegalStateException("a plugin bug");
        }
        throw new ExportException("the fonts cannot print this name");
    }
}
