package org.podium.exporters.pdf;

import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

class PdfExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new PdfExporter();
    }
}
