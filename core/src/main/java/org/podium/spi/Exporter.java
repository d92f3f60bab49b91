package org.podium.spi;

import java.io.IOException;
import org.apiguardian.api.API;
import org.podium.report.Report;

/**
 * Writes a {@link Report} in one format. Found with {@link java.util.ServiceLoader}; a public
 * no-argument constructor, no state between calls.
 *
 * <p>The report holds the event as known in the run's scope, the lookups, the findings, the
 * document options and the labels; the exporter decides what part of it its document shows.
 * Everything printed comes from the report: never the clock, the default locale or zone.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Exporter {

    ExporterDescriptor descriptor();

    /**
     * Writes the document to {@link ExportRequest#output()} (a file exporter) or into
     * {@link ExportRequest#folder()} (a folder exporter). The same report and options give the
     * same bytes.
     *
     * @throws ExportException when the report cannot be written in this format (a name the fonts
     *                         cannot print); the host then deletes what was written
     * @throws IOException     when the output cannot be written
     */
    void write(Report report, ExportRequest request) throws ExportException, IOException;
}
