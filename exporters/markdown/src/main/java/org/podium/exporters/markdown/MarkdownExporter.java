package org.podium.exporters.markdown;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.podium.exporters.markdown.internal.EventDocument;
import org.podium.model.Event;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;

/**
 * Writes an event as one GitHub-flavoured Markdown document: facts, itinerary, and per category
 * each stage's result and general classification, then the final standings. Stateless.
 */
public final class MarkdownExporter implements Exporter {

    private static final FormatDescriptor DESCRIPTOR =
            FormatDescriptor.of("md", "Markdown (GitHub-flavoured)", "0.1.0", "text/markdown", "md");

    public MarkdownExporter() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Event event, ExportRequest request) throws ExportException, IOException {
        // The whole document is built before the target is created, so a refused export leaves no file.
        String document = EventDocument.render(event, request.options(), request.diagnostics());
        try (Writer writer = Files.newBufferedWriter(request.target(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writer.write(document);
        }
    }
}
