package org.podium.app.testplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.podium.model.Category;
import org.podium.model.Stage;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;
import org.podium.spi.PluginOption;

/** Writes one text file saying what it was handed, so tests can see what the app passed. */
public final class TextExporter implements Exporter {

    static final PluginOption<String> GREETING = PluginOption.text("greeting", "the first word", "hello");

    @Override
    public ExporterDescriptor descriptor() {
        return ExporterDescriptor.builder("txt", "Plain text").mediaType("text/plain").extensions("txt")
                .option(GREETING).build();
    }

    @Override
    public void write(Report report, ExportRequest request) throws IOException {
        request.output().write((request.options().get(GREETING) + "\n" + describe(report))
                .getBytes(StandardCharsets.UTF_8));
    }

    static String describe(Report report) {
        DocumentOptions options = report.options();
        return "name=" + report.event().name() + "\n"
                + "categories=" + report.categories().collect(Category::id).makeString(",") + "\n"
                + "stage=" + report.asOfStage().map(Stage::label).orElse(null) + "\n"
                + "status=" + options.status().id() + "\n"
                + "bulletin=" + options.bulletin() + "\n"
                + "issuedAt=" + options.issuedAt() + "\n"
                + "zone=" + options.zone() + "\n"
                + "lang=" + options.language() + "\n"
                + "checks=" + options.checks() + "\n"
                + "charts=" + options.charts() + "\n";
    }
}
