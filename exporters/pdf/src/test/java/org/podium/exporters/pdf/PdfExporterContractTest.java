package org.podium.exporters.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.podium.model.Entry;
import org.podium.model.Event;
import org.podium.model.Person;
import org.podium.report.DocumentOptions;
import org.podium.report.Report;
import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

class PdfExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new PdfExporter();
    }

    /** A bulletin's text as PDFBox reads it, page by page: the issue-time contract compares it. */
    @Override
    public Optional<String> textOf(Path document) throws IOException {
        return Optional.of(ReadBack.text(document));
    }

    /** A truck crew whose name is in Arabic script, which the bulletin's fonts cannot print. */
    @Override
    public List<Report> reportsItRefuses() {
        Event base = sampleEvent();
        Entry unprintable = new Entry("trucks-500", "trucks", 500,
                Lists.immutable.of(new Person("محمد بن سليم", "QAT")), "Kamaz", null, null);
        Event event = new Event(base.name(), base.edition(), base.startDate(), base.finishDate(), base.description(),
                base.source(), base.properties(), base.categories(), base.stages(), base.entries().newWith(unprintable),
                base.classifications(), base.penalties(), base.awardedTimes(), base.notes());
        return List.of(Report.of(event, DocumentOptions.defaults(ISSUED_AT)));
    }
}
