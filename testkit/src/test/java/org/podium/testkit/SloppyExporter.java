package org.podium.testkit;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.podium.model.Stage;
import org.podium.report.Report;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;

/**
 * An exporter written carelessly, as issue 13 found one passing every contract: it prints the
 * machine's date, formats a number in the machine's locale, fails on a report as of a stage, takes
 * the stages run so far from the issue time instead of the report's scope, and writes through a
 * {@code PrintWriter}, which swallows a full disk. Not listed in a service file either. The
 * contracts must catch each of these.
 */
public final class SloppyExporter implements Exporter {

    @Override
    public ExporterDescriptor descriptor() {
        return ExporterDescriptor.builder("sloppy", "Sloppy text").mediaType("text/plain").extensions("txt").build();
    }

    @Override
    public void write(Report report, ExportRequest request) {
        String stage = report.asOfStage().map(Stage::label).orElse(null);
        if (stage != null) {
            String missing = null;
            stage = missing.trim();
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(request.output(), StandardCharsets.UTF_8));
        out.println(report.event().name());
        out.println("printed " + LocalDate.now());
        out.println("penalties " + String.format("%.1f", report.event().penalties().size() / 2.0));
        LocalDate issued = report.options().issuedAt().toLocalDate();
        for (Stage run : report.event().stages()) {
            if (run.date() != null && !run.date().isAfter(issued)) {
                out.println("stage " + run.ordinal() + " " + run.date());
            }
        }
        for (int i = 0; i < 2000; i++) {
            out.println("a line to fill the disk " + i);
        }
        out.flush();
    }
}
