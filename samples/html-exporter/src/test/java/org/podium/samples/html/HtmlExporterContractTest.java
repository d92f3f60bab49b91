package org.podium.samples.html;

import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

/**
 * Podium's contract tests come with the interface: found by ServiceLoader, describes itself, writes
 * exactly its target, the same bytes whatever the machine, every option's every value, every sample
 * event, every scope in every language. What the page says is {@link HtmlPageTest}'s.
 */
class HtmlExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new HtmlExporter();
    }
}
