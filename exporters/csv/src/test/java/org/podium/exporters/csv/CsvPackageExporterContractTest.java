package org.podium.exporters.csv;

import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

class CsvPackageExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new CsvPackageExporter();
    }
}
