package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.PluginOption;

/**
 * Writes half its output, then fails: as a plugin would ({@code mode=export}), with a bug
 * ({@code mode=bug}), as a full disk does ({@code mode=disk}), or as the JVM does when memory or
 * stack runs out ({@code mode=memory}, {@code mode=stack}).
 */
public final class FailingExporter implements Exporter {

    static final PluginOption<String> MODE = PluginOption.choice("mode", "how it fails", "export", "export", "bug",
            "disk", "memory", "stack");

    @Override
    public ExporterDescriptor descriptor() {
        return ExporterDescriptor.builder("broken", "Always fails").mediaType("text/plain").extensions("bad")
                .option(MODE).build();
    }

    @Override
    public void write(Report report, ExportRequest request) throws ExportException, IOException {
        request.output().write("half a bulletin".getBytes(StandardCharsets.UTF_8));
        switch (request.options().get(MODE)) {
            case "bug" -> throw new IllegalStateException("a plugin bug");
            case "disk" -> throw new IOException("No space left on device");
            case "memory" -> throw new OutOfMemoryError("Java heap space");
            case "stack" -> throw new StackOverflowError();
            default -> {
                // fails as a plugin would, below
            }
        }
        throw new ExportException("the fonts cannot print this name");
    }
}
