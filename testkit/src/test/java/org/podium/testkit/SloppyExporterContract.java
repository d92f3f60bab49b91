package org.podium.testkit;

import org.podium.spi.Exporter;

/** The contracts on {@link SloppyExporter}; run by {@link ContractsBiteTest}, not on their own (they fail). */
public class SloppyExporterContract implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new SloppyExporter();
    }
}
