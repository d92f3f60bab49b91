package org.podium.testkit;

import java.util.List;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Exporter;

/** The contracts on {@link TidyExporter}; run by {@link ContractsBiteTest}, not on their own. */
public class TidyExporterContract implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new TidyExporter();
    }

    @Override
    public List<Report> reportsItRefuses() {
        return List.of(Report.of(sampleEvent(), DocumentOptions.builder(ISSUED_AT).bulletin(1000).build()));
    }
}
