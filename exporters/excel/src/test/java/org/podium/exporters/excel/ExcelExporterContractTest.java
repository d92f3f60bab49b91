package org.podium.exporters.excel;

import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

class ExcelExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new ExcelExporter();
    }
}
