package org.podium.exporters.markdown;

import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

class MarkdownExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new MarkdownExporter();
    }
}
