package org.podium.exporters.markdown;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.podium.exporters.markdown.internal.EventDocument;
import org.podium.report.Report;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.ExporterDescriptor;

/**
 * Writes a report as one GitHub-flavoured Markdown document in UTF-8: facts, itinerary, and per
 * category each stage's result and general classification, then the final standings; after a
 * stage, the bulletin of that stage. Words in the report's language. Stateless.
 *
 * <p>Unless the report's options turn the charts off, a "Race charts" section follows the
 * categories, as in the PDF bulletin: per category, the positions, the gaps to the leader and the
 * stage wins by make (a bulletin after a stage: the gaps up to it), each an SVG picture written
 * beside the document through {@link ExportRequest#companions()} ({@code NAME-bikes-gaps.svg}) and
 * linked from it. A host that gives no companions gets the document without that section: it
 * cannot link to pictures that are nowhere.
 */
public final class MarkdownExporter implements Exporter {

    private static final ExporterDescriptor DESCRIPTOR = ExporterDescriptor.builder("md", "Markdown (GitHub-flavoured)")
            .mediaType("text/markdown")
            .extensions("md")
            .build();

    public MarkdownExporter() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public ExporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Report report, ExportRequest request) throws IOException {
        // The host owns the stream: flush what the writer holds, never close it.
        Writer writer = new OutputStreamWriter(request.output(), StandardCharsets.UTF_8);
        EventDocument.write(report, writer, request.diagnostics(), request.companions().orElse(null));
        writer.flush();
    }
}
