package org.podium.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.podium.model.Category;
import org.podium.model.Stage;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;

/**
 * A small exporter that keeps the contracts: everything it writes comes from the report, it
 * writes a file beside its document (a companion, as a chart would be), and it refuses a bulletin
 * number its header has no room for.
 */
public final class TidyExporter implements Exporter {

    @Override
    public ExporterDescriptor descriptor() {
        return ExporterDescriptor.builder("tidy", "Tidy text").mediaType("text/plain").extensions("txt").build();
    }

    @Override
    public void write(Report report, ExportRequest request) throws IOException, ExportException {
        Integer bulletin = report.options().bulletin();
        if (bulletin != null && bulletin > 999) {
            throw new ExportException("bulletin " + bulletin + ": the header has room for three digits");
        }
        String text = report.event().name() + "\n"
                + "bulletin " + (bulletin == null ? "-" : bulletin) + ", issued " + report.options().issuedAt() + "\n"
                + "as of " + report.asOfStage().map(Stage::label).orElse("the end") + "\n"
                + "categories " + report.categories().collect(Category::id).makeString(",") + "\n"
                + "penalties " + String.format(Locale.ROOT, "%.1f", report.event().penalties().size() / 2.0) + "\n";
        // Its categories as a file beside the document, linked from it, as a chart would be.
        if (request.companions().isPresent()) {
            var companions = request.companions().get();
            try (java.io.OutputStream list = companions.create("categories.txt")) {
                list.write(report.categories().collect(Category::name).makeString("\n").getBytes(StandardCharsets.UTF_8));
            }
            text += "see " + companions.name("categories.txt") + "\n";
        }
        request.output().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
