package org.podium.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.podium.model.Stage;
import org.podium.report.Report;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;

/**
 * An exporter written carelessly, as issue 13 found one passing every contract: it prints the
 * machine's date, formats a number in the machine's locale and fails on a report as of a stage.
 * Not listed in a service file either. The contracts must catch each of these.
 */
public final class SloppyExporter implements Exporter {

    @Override
    public ExporterDescriptor descriptor() {
        return ExporterDescriptor.builder("sloppy", "Sloppy text").mediaType("text/plain").extensions("txt").build();
    }

    @Override
    public void write(Report report, ExportRequest request) throws IOException {
        String stage = report.asOfStage().map(Stage::label).orElse(null);
        if (stage != null) {
            String missing = null;
            stage = missing.trim();
        }
        String text = report.event().name() + "\n"
                + "printed " + LocalDate.now() + "\n"
                + "penalties " + String.format("%.1f", report.event().penalties().size() / 2.0) + "\n";
        request.output().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
