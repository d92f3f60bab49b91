package org.podium.exporters.pdf;

import com.lowagie.text.DocumentException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.podium.exporters.pdf.internal.BulletinDocument;
import org.podium.exporters.pdf.internal.Paper;
import org.podium.model.Event;
import org.podium.spi.ExportException;
import org.podium.spi.ExportRequest;
import org.podium.spi.Exporter;
import org.podium.spi.FormatDescriptor;
import org.podium.spi.PluginOption;

/**
 * Writes an event as a PDF bulletin an official can sign: the itinerary, then per category each
 * stage's result and the general classification after it, and the final standings; with
 * {@code --stage}, the bulletin after that stage. Every name prints as the source spells it, in
 * embedded Liberation Sans; text those fonts cannot print is an {@link ExportException}. Stateless.
 */
public final class PdfExporter implements Exporter {

    private static final FormatDescriptor DESCRIPTOR =
            FormatDescriptor.of("pdf", "PDF bulletin", "0.1.0", "application/pdf", "pdf")
                    .withOptions(new PluginOption("paper", "page size, portrait: a4 or letter", "a4"));

    public PdfExporter() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void write(Event event, ExportRequest request) throws ExportException, IOException {
        Paper paper = Paper.fromOption(request.pluginOptions().getIfAbsentValue("paper", "a4"));
        // Every check runs before the target is created, so a refused export leaves no file.
        BulletinDocument.Prepared bulletin =
                BulletinDocument.prepare(event, request.options(), paper, request.diagnostics());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(request.target(),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            bulletin.writeTo(out);
        } catch (DocumentException e) {
            throw new ExportException("OpenPDF could not lay out the bulletin: " + e.getMessage(), e);
        }
    }
}
