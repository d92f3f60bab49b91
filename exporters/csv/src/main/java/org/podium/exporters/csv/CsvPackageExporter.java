package org.podium.exporters.csv;

import java.io.IOException;
import org.podium.exporters.csv.internal.PackageWriter;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.ExportException;
import org.podium.spi.ExportOptions;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.OutputKind;

/**
 * Writes an event as Podium's CSV data package: a folder holding {@code datapackage.json} and one
 * CSV per table of {@link org.podium.datapackage.DataPackageSchema} ({@code data-package.md}).
 * Stateless: every call builds its own working objects.
 */
public final class CsvPackageExporter implements Exporter {

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor
            .of("csv", "CSV data package (Frictionless)", "0.1.0", "application/vnd.datapackage+json", "csv")
            .withOutputKind(OutputKind.FOLDER);

    public CsvPackageExporter() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Creates the folder {@link ExportRequest#target()} and writes the package into it. The package
     * always holds the whole event, because it exists to be read back into an equal one: the
     * category and stage filters are reported as ignored rather than applied.
     */
    @Override
    public void write(Event event, ExportRequest request) throws ExportException, IOException {
        ExportOptions options = request.options();
        if (!options.categories().isEmpty() || options.stageLabel() != null) {
            request.diagnostics().report(Diagnostic.info(SourcePosition.UNKNOWN,
                    "the csv data package holds the whole event; the category and stage filters do not apply to it"));
        }
        new PackageWriter(event).writeTo(request.target());
    }
}
