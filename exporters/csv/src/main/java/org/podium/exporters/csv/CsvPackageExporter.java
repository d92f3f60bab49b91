package org.podium.exporters.csv;

import java.io.IOException;
import org.podium.exporters.csv.internal.PackageWriter;
import org.podium.report.Report;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;

/**
 * Writes a report's event as Podium's CSV data package: {@code datapackage.json} and one CSV per
 * table of {@link org.podium.datapackage.DataPackageSchema} ({@code data-package.md}), into the
 * folder the host gives. Stateless: every call builds its own working objects.
 */
public final class CsvPackageExporter implements Exporter {

    private static final ExporterDescriptor DESCRIPTOR = ExporterDescriptor
            .builder("csv", "CSV data package (Frictionless)")
            .mediaType("application/vnd.datapackage+json")
            .extensions("csv")
            .folder()
            .build();

    public CsvPackageExporter() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public ExporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Writes the package of {@link Report#event()}, the event as known in the run's scope, into
     * {@link ExportRequest#folder()}. Like every format, the package holds the scope and nothing
     * else: after stage 7 it holds what was known after stage 7, and reads back to exactly that
     * event. Every row is canonical data, so the labels and the findings play no part. Cells are
     * exact, and say so in {@code datapackage.json}; with the report's
     * {@link org.podium.report.DocumentOptions#spreadsheetSafe() spreadsheetSafe}, a value a
     * spreadsheet would run as a formula gets a leading {@code '}, and the descriptor says that.
     */
    @Override
    public void write(Report report, ExportRequest request) throws ExportException, IOException {
        new PackageWriter(report).writeInto(request.folder());
    }
}
