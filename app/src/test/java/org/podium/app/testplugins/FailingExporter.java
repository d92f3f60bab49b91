package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.PluginOption;

/** Writes half its output, then fails: as a plugin would ({@code mode=export}) or with a bug ({@code mode=bug}). */
public final class FailingExporter implements Exporter {

    static final PluginOption<String> MODE = PluginOption.choice("mode", "how it fails", "export", "export", "bug");

    @Override
    public ExporterDescriptor descriptor() {
        return ExporterDescriptor.builder("broken", "Always fails").mediaType("text/plain").extensions("bad")
                .option(MODE).build();
    }

    @Override
    public void write(Report report, ExportRequest request) throws ExportException, IOException {
        request.output().write("half a bulletin".getBytes(StandardCharsets.UTF_8));
        if (request.options().get(MODE).equals("bug")) {
            throw new IllegalStateException("a plugin bug");
        }
        throw new ExportException("the fonts cannot print this name");
    }
}
