package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.podium.model.Event;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.PluginOption;

/** Writes one text file saying what it was asked for, so tests can see what the app passed. */
public final class TextExporter implements Exporter {

    @Override
    public FormatDescriptor descriptor() {
        return FormatDescriptor.of("txt", "Plain text", "1.0", "text/plain", "txt")
                .withOptions(new PluginOption("greeting", "the first word", "hello"));
    }

    @Override
    public void write(Event event, ExportRequest request) throws IOException {
        Files.writeString(request.target(), describe(event, request), StandardCharsets.UTF_8);
    }

    static String describe(Event event, ExportRequest request) {
        var options = request.options();
        return request.pluginOptions().getIfAbsentValue("greeting", "hello") + "\n"
                + "name=" + event.name() + "\n"
                + "categories=" + options.categories().makeString(",") + "\n"
                + "stage=" + options.stageLabel() + "\n"
                + "status=" + options.status().id() + "\n"
                + "bulletin=" + options.bulletin() + "\n"
                + "issuedAt=" + options.issuedAt() + "\n"
                + "zone=" + options.zone() + "\n"
                + "lang=" + options.language() + "\n"
                + "checks=" + options.checks() + "\n";
    }
}
