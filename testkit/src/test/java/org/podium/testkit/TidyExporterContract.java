package org.podium.testkit;

import org.podium.spi.Exporter;

/** The contracts on {@link TidyExporter}; run by {@link ContractsBiteTest}, not on their own. */
public class TidyExporterContract implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new TidyExporter();
    }
}
